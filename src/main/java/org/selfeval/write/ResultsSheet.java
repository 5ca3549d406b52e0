package org.selfeval.write;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;

/**
 * The sheet 校验结果 (RULES.md §8): per form a block 工作表 / 项目名称 / 总分 / 等级 / 分值合计, then a table
 * 严重程度 | 代码 | 单元格 | 说明 with every finding. An existing 校验结果 sheet is replaced, so processing an
 * output again gives one such sheet. Text from a form is always written as a string, never as a formula.
 */
final class ResultsSheet {
    static final String NAME = WorkbookUtil.createSafeSheetName("校验结果");
    static final List<String> TABLE_HEADER = List.of("严重程度", "代码", "单元格", "说明");

    /** Column widths in characters; set by hand because autoSizeColumn under-sizes CJK text. */
    private static final int[] WIDTHS = {14, 30, 10, 90};

    private final Workbook wb;
    private final Sheet sheet;
    private final Map<CellPropertyType, Object> headerStyle;
    private final Map<CellPropertyType, Object> labelStyle;
    private final Map<CellPropertyType, Object> textStyle;
    private final Map<CellPropertyType, Object> scoreStyle;
    private final StyleCache styles;
    /**
     * The style each property map resolved to. Every cell of this sheet is new and starts with the workbook's
     * default style, so a map always resolves to the same style: looked up once, not once per cell.
     */
    private final Map<Map<CellPropertyType, Object>, CellStyle> resolved = new IdentityHashMap<>();
    private int next;

    private ResultsSheet(Workbook wb, StyleCache styles) {
        this.wb = wb;
        this.styles = styles;
        int old = wb.getSheetIndex(NAME);
        if (old >= 0) {
            wb.removeSheetAt(old);
        }
        this.sheet = wb.createSheet(NAME);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        // printed landscape, one page wide, so the 说明 column is not cut off
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true); // .xls: without it LibreOffice ignores fit-to-page
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int bold = boldFont().getIndex();
        headerStyle = new EnumMap<>(CellPropertyType.class);
        headerStyle.put(CellPropertyType.FONT, bold);
        headerStyle.put(CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND);
        headerStyle.put(CellPropertyType.FILL_FOREGROUND_COLOR, IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.put(CellPropertyType.BORDER_BOTTOM, BorderStyle.THIN);
        labelStyle = new EnumMap<>(CellPropertyType.class);
        labelStyle.put(CellPropertyType.FONT, bold);
        textStyle = new EnumMap<>(CellPropertyType.class);
        textStyle.put(CellPropertyType.WRAP_TEXT, true);
        textStyle.put(CellPropertyType.VERTICAL_ALIGNMENT, VerticalAlignment.TOP);
        scoreStyle = new EnumMap<>(CellPropertyType.class);
        scoreStyle.put(CellPropertyType.DATA_FORMAT, wb.createDataFormat().getFormat("0.00"));
    }

    static void write(Workbook wb, List<FormResult> results, List<Finding> fileFindings, StyleCache styles) {
        ResultsSheet out = new ResultsSheet(wb, styles);
        if (results.isEmpty()) {
            out.text(out.row(), 0, "本工作簿中未找到项目支出绩效自评表。", out.textStyle);
            return;
        }
        for (FormResult r : results) {
            out.block(r);
            out.next++;
        }
        if (!fileFindings.isEmpty()) {
            out.field("文件整体", "项目清单与自评表的核对");
            out.findingsTable(fileFindings);
        }
    }

    private void block(FormResult r) {
        field("工作表", r.form().sheet());
        var project = r.form().header() == null ? null : r.form().header().project();
        field("项目名称", project == null ? "" : project.text());
        if (r.scored()) {
            number("总分", r.total());
            field("等级", r.grade() == null ? "" : r.grade());
            number("分值合计", r.weightTotal());
        } else {
            field("等级", FormResult.UNSCORED_GRADE + "（本表无分值、得分栏，只检查不评分）");
        }
        if (r.achievedShare() != null) {
            field("达成率", Numbers.percent(r.achievedShare()));
        }
        findingsTable(r.findings());
    }

    /** The 严重程度 / 代码 / 单元格 / 说明 head and one row per finding. */
    private void findingsTable(List<Finding> findings) {
        Row header = row();
        for (int i = 0; i < TABLE_HEADER.size(); i++) {
            text(header, i, TABLE_HEADER.get(i), headerStyle);
        }
        if (findings.isEmpty()) {
            text(row(), 3, "未发现问题。", textStyle);
        }
        for (Finding f : findings) {
            Row row = row();
            text(row, 0, f.severity().label(), textStyle);
            text(row, 1, f.code().name(), textStyle);
            text(row, 2, f.cell(), textStyle);
            text(row, 3, f.message(), textStyle);
        }
    }

    private void field(String label, String value) {
        Row row = row();
        text(row, 0, label, labelStyle);
        text(row, 1, value, textStyle);
    }

    private void number(String label, double value) {
        Row row = row();
        text(row, 0, label, labelStyle);
        Cell cell = row.createCell(1);
        cell.setCellValue(value);
        style(cell, scoreStyle);
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void text(Row row, int col, String value, Map<CellPropertyType, Object> style) {
        Cell cell = row.createCell(col);
        String text = value == null ? "" : value;
        if (cell instanceof XSSFCell x && !text.isEmpty() && text.strip().equals(text) && xmlSafe(text)) {
            inline(x, text);
        } else {
            cell.setCellValue(text);
        }
        style(cell, style);
    }

    /** No control characters other than tab and line breaks: those POI escapes as _xHHHH_ on the usual path. */
    private static boolean xmlSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
        }
        return true;
    }

    /**
     * An .xlsx text cell written as an inline string ({@code <c t="inlineStr"><is><t>…</t></is></c>}), as the
     * streamed 汇总 sheets are: POI's shared-string table keys every new string by its serialised XML, which
     * cost more than the rest of the cell. Excel, WPS, LibreOffice and POI read it as the same text cell. Text
     * with leading or trailing white space still goes through setCellValue (that needs xml:space="preserve").
     */
    private static void inline(XSSFCell cell, String text) {
        CTCell ct = cell.getCTCell();
        ct.setT(STCellType.INLINE_STR);
        ct.addNewIs().setT(text);
    }

    private void style(Cell cell, Map<CellPropertyType, Object> properties) {
        CellStyle style = resolved.get(properties);
        if (style == null) {
            styles.apply(cell, properties);
            resolved.put(properties, cell.getCellStyle());
        } else {
            cell.setCellStyle(style);
        }
    }

    /** The default font made bold: reused when the workbook already has it, so re-runs add no fonts. */
    private Font boldFont() {
        Font base = wb.getFontAt(0);
        Font found = wb.findFont(true, base.getColor(), base.getFontHeight(), base.getFontName(), base.getItalic(),
                base.getStrikeout(), base.getTypeOffset(), base.getUnderline());
        if (found != null) {
            return found;
        }
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setColor(base.getColor());
        bold.setFontHeight(base.getFontHeight());
        bold.setFontName(base.getFontName());
        return bold;
    }
}
