package org.selfeval.write;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.Category;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/**
 * A small styled 自评表 built in code, and a hand-made FormResult for it.
 *
 * <pre>
 *   A1 项目名称 (bold, border)   B1 困难职工送温暖           H1.. a picture
 *   A4 年度资金总额  B4 64  C4 50  D4 10  E4 =C4/B4 (no percent format)  F4 =D4*E4
 *   rows 7-9: A 产出指标, B name, C target, D actual, E 分值, F 得分, G 偏差原因
 *     F7 10, F8 8 with the unit's comment (author 张三), F9 missing (E9 has a border)
 *   A11:D11 merged 总分   E11 40   F11 =SUM(F7:F9)
 * </pre>
 */
final class FormFixture {
    static final String SHEET = "自评表";
    static final String UNIT_COMMENT = "张三:\n单位自评：已完成";

    private FormFixture() {
    }

    static Workbook newWorkbook(String format) {
        return format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    static Workbook build(String format, String rateFormat) throws IOException {
        Workbook wb = newWorkbook(format);
        Sheet s = wb.createSheet(SHEET);
        CreationHelper helper = wb.getCreationHelper();
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle label = wb.createCellStyle();
        label.setFont(bold);
        label.setBorderBottom(BorderStyle.THIN);
        CellStyle boxed = wb.createCellStyle();
        boxed.setBorderBottom(BorderStyle.THIN);
        boxed.setBorderRight(BorderStyle.THIN);
        CellStyle rate = wb.createCellStyle();
        rate.cloneStyleFrom(boxed);
        if (rateFormat != null) {
            rate.setDataFormat(wb.createDataFormat().getFormat(rateFormat));
        }

        set(s, 0, 0, "项目名称", label);
        set(s, 0, 1, "困难职工送温暖", boxed);
        set(s, 3, 0, "年度资金总额", label);
        set(s, 3, 1, 64, boxed);
        set(s, 3, 2, 50, boxed);
        set(s, 3, 3, 10, boxed);
        formula(s, 3, 4, "C4/B4", rate);
        formula(s, 3, 5, "D4*E4", boxed);
        String[][] rows = {
            {"产出指标", "困难职工人数", "≥500人", "约480人", "10", "10", "无"},
            {"产出指标", "救助及时率", "100%", "90%", "10", "8", "无"},
            {"产出指标", "支出完成时间", "预算年度内", "", "10", null, ""},
        };
        for (int i = 0; i < rows.length; i++) {
            int r = 6 + i;
            for (int c = 0; c < rows[i].length; c++) {
                String v = rows[i][c];
                if (v == null) {
                    continue;
                }
                if (c == 4 || c == 5) {
                    set(s, r, c, Double.parseDouble(v), boxed);
                } else {
                    set(s, r, c, v, boxed);
                }
            }
        }
        set(s, 10, 0, "总分", label);
        s.addMergedRegion(new CellRangeAddress(10, 10, 0, 3));
        set(s, 10, 4, 40, boxed);
        formula(s, 10, 5, "SUM(F7:F9)", boxed);

        Drawing<?> drawing = s.createDrawingPatriarch();
        int pic = wb.addPicture(png(), Workbook.PICTURE_TYPE_PNG);
        ClientAnchor picAt = helper.createClientAnchor();
        picAt.setCol1(7);
        picAt.setRow1(0);
        picAt.setCol2(9);
        picAt.setRow2(3);
        drawing.createPicture(picAt, pic);

        ClientAnchor noteAt = helper.createClientAnchor();
        noteAt.setCol1(6);
        noteAt.setRow1(7);
        noteAt.setCol2(8);
        noteAt.setRow2(10);
        Comment unit = drawing.createCellComment(noteAt);
        unit.setString(helper.createRichTextString(UNIT_COMMENT));
        unit.setAuthor("张三");
        s.getRow(7).getCell(5).setCellComment(unit);
        return wb;
    }

    static FormResult result() {
        return result(findings());
    }

    static List<Finding> findings() {
        List<Finding> f = new ArrayList<>();
        f.add(Finding.of(FindingCode.LOW_EXECUTION, "E4", "执行率为78.13%，低于90%，请在偏差原因中说明。"));
        f.add(Finding.of(FindingCode.APPROXIMATE_FIGURE, "D7", "实际完成值“约480人”是约数，按480人计算。"));
        f.add(Finding.of(FindingCode.SELF_SCORE_CHANGED, "F8", "单位自评得分8，按规则计算为9.00，已改写。"));
        f.add(Finding.of(FindingCode.ACTUAL_MISSING, "D9", "实际完成值为空，请填写。"));
        f.add(Finding.of(FindingCode.DEVIATION_ANALYSIS_MISSING, "G9", "未达成目标，请填写偏差原因分析及改进措施。"));
        f.add(Finding.of(FindingCode.SCORE_NEEDS_REVIEW, "G9", "请复核该指标得分。"));
        f.add(Finding.of(FindingCode.WEIGHT_TOTAL_NOT_100, "E11", "分值合计为40，应为100。"));
        return f;
    }

    static FormResult result(List<Finding> findings) {
        Form.Header header = new Form.Header(null, CellValue.text(0, 1, "困难职工送温暖"),
                CellValue.blank(1, 1), CellValue.blank(2, 1), 2023);
        Form.FundsRow total = new Form.FundsRow("年度资金总额", 3, CellValue.text(3, 0, "年度资金总额"),
                CellValue.blank(3, 1), CellValue.number(3, 1, 64), CellValue.number(3, 2, 50),
                CellValue.number(3, 3, 10), new CellValue(3, 4, "78%", 0.78125, false, true),
                new CellValue(3, 5, "7.8125", 7.8125, false, true));
        Form.Funds funds = new Form.Funds("万元", total, null, null, null);
        List<Form.IndicatorRow> rows = List.of(indicator(6, "困难职工人数"), indicator(7, "救助及时率"),
                indicator(8, "支出完成时间"));
        Form.TotalRow totalRow = new Form.TotalRow(10, CellValue.text(10, 0, "总分"), CellValue.number(10, 4, 40),
                new CellValue(10, 5, "18", 18.0, false, true));
        Form form = new Form(SHEET, 0, header, funds, null, rows, totalRow, List.of());
        FormResult.FundsResult fundsResult = new FormResult.FundsResult(null, 64.0, 50.0, 10, 0.78125, 7.81, "E4", "F4");
        List<FormResult.IndicatorResult> indicators = List.of(
                new FormResult.IndicatorResult(rows.get(0), "at-least", 10.0, 10.0, 9.6, "F7"),
                new FormResult.IndicatorResult(rows.get(1), "at-least", 10.0, 8.0, 9.0, "F8"),
                new FormResult.IndicatorResult(rows.get(2), "qualitative", 10.0, null, 0, "F9"));
        return new FormResult(form, fundsResult, indicators, 40, 26.41, "差", findings);
    }

    private static Form.IndicatorRow indicator(int row, String name) {
        return new Form.IndicatorRow(row, CellValue.text(row, 0, "产出指标"), CellValue.text(row, 0, "产出指标"),
                CellValue.text(row, 1, name), CellValue.blank(row, 2), CellValue.blank(row, 3),
                CellValue.number(row, 4, 10), CellValue.blank(row, 5), CellValue.blank(row, 6), Category.OUTPUT);
    }

    private static void set(Sheet s, int r, int c, String v, CellStyle style) {
        cell(s, r, c, style).setCellValue(v);
    }

    private static void set(Sheet s, int r, int c, double v, CellStyle style) {
        cell(s, r, c, style).setCellValue(v);
    }

    private static void formula(Sheet s, int r, int c, String f, CellStyle style) {
        cell(s, r, c, style).setCellFormula(f);
    }

    private static Cell cell(Sheet s, int r, int c, CellStyle style) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellStyle(style);
        return cell;
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
