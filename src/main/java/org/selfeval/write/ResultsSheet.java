package org.selfeval.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;
import org.selfeval.model.Severity;

/**
 * The sheet 校验结果 (RULES.md §8, docs/report.md). At the top a legend of the two fills the form sheets carry;
 * then per form a small table 工作表 / 项目名称 / 总分 / 等级 / 分值合计 (/ 达成率), each figure right beside its
 * label (a form that scores nothing shows 等级 不评分 and no total), and a table
 * 严重程度 | 单元格 | 问题类型 | 说明 | 代码 with every finding, errors first, then warnings, then notes (sheet order
 * within each). The severity is filled with the colour its cell carries on the form; each 单元格 is a link to that
 * cell; 说明 wraps and every row is as tall as its text. Printed A4 landscape, one page wide.
 *
 * <p>An existing 校验结果 sheet is replaced, so processing an output again gives one such sheet. Text from a form
 * is always written as a string, never as a formula.
 */
final class ResultsSheet {
    static final String NAME = WorkbookUtil.createSafeSheetName("校验结果");
    static final List<String> TABLE_HEADER = List.of("严重程度", "单元格", "问题类型", "说明", "代码");

    /** The columns of the findings table. */
    enum Column {
        SEVERITY, CELL, KIND, MESSAGE, CODE
    }

    /** Rows of the legend at the top of the sheet. */
    static final List<String> LEGEND = List.of(
            "有错误的单元格：必须改正后重新提交。",
            "有警告的单元格：请核对；确认无误的可以不改。",
            "标色单元格的批注写明了问题（鼠标停在单元格上即显示；打印时批注印在该表之后）。"
                    + "点击下表的单元格地址可跳到该单元格。");
    static final List<String> LEGEND_LABELS = List.of("浅红色", "浅黄色", "批注");

    /** Column widths in characters; set by hand because autoSizeColumn under-sizes CJK text. */
    private static final int[] WIDTHS = {9, 9, 22, 56, 26};
    /** A text beside a label spans the columns right of it. */
    private static final int VALUE_WIDTH = WIDTHS[1] + WIDTHS[2] + WIDTHS[3] + WIDTHS[4];

    private final Workbook wb;
    private final Sheet sheet;
    private final Map<CellPropertyType, Object> headerStyle;
    private final Map<CellPropertyType, Object> labelStyle;
    private final Map<CellPropertyType, Object> textStyle;
    private final Map<CellPropertyType, Object> numberStyle;
    private final Map<CellPropertyType, Object> linkStyle;
    private final Map<Severity, Map<CellPropertyType, Object>> severityStyle = new EnumMap<>(Severity.class);
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
        printSetup(sheet);
        int bold = font(true, IndexedColors.AUTOMATIC.getIndex(), Font.U_NONE).getIndex();
        textStyle = properties();
        textStyle.put(CellPropertyType.WRAP_TEXT, true);
        textStyle.put(CellPropertyType.VERTICAL_ALIGNMENT, VerticalAlignment.TOP);
        textStyle.put(CellPropertyType.BORDER_BOTTOM, BorderStyle.HAIR);
        headerStyle = new EnumMap<>(textStyle);
        headerStyle.put(CellPropertyType.FONT, bold);
        headerStyle.put(CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND);
        headerStyle.put(CellPropertyType.FILL_FOREGROUND_COLOR, IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.put(CellPropertyType.BORDER_BOTTOM, BorderStyle.THIN);
        headerStyle.put(CellPropertyType.ALIGNMENT, HorizontalAlignment.CENTER);
        labelStyle = new EnumMap<>(textStyle);
        labelStyle.put(CellPropertyType.FONT, bold);
        numberStyle = new EnumMap<>(textStyle);
        numberStyle.put(CellPropertyType.DATA_FORMAT, wb.createDataFormat().getFormat("0.00"));
        numberStyle.put(CellPropertyType.ALIGNMENT, HorizontalAlignment.CENTER);
        linkStyle = new EnumMap<>(textStyle);
        linkStyle.put(CellPropertyType.FONT, font(false, IndexedColors.BLUE.getIndex(), Font.U_SINGLE).getIndex());
        severityStyle.put(Severity.ERROR, withFill(textStyle, StylePurpose.ERROR_FILL));
        severityStyle.put(Severity.WARNING, withFill(textStyle, StylePurpose.WARNING_FILL));
        severityStyle.put(Severity.INFO, textStyle);
    }

    static void write(Workbook wb, List<FormResult> results, List<Finding> fileFindings, StyleCache styles) {
        ResultsSheet out = new ResultsSheet(wb, styles);
        if (results.isEmpty()) {
            out.text(out.row(), 0, "本工作簿中未找到项目支出绩效自评表。", out.textStyle);
            return;
        }
        out.legend();
        for (FormResult r : results) {
            out.block(r);
            out.next++;
        }
        if (!fileFindings.isEmpty()) {
            out.field("文件整体", "项目清单与自评表的核对");
            out.findingsTable(fileFindings, null);
        }
    }

    /** What the fills on the form sheets mean, and where the reasons are. */
    private void legend() {
        List<Map<CellPropertyType, Object>> swatches = List.of(severityStyle.get(Severity.ERROR),
                severityStyle.get(Severity.WARNING), labelStyle);
        for (int i = 0; i < LEGEND.size(); i++) {
            Row row = row();
            text(row, 0, LEGEND_LABELS.get(i), swatches.get(i));
            text(row, 1, LEGEND.get(i), textStyle);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, WIDTHS.length - 1));
            row.setHeightInPoints(TextLayout.rowHeight(TextLayout.cellLines(LEGEND.get(i), VALUE_WIDTH)));
        }
        next++;
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
        findingsTable(r.findings(), r.form().sheet());
    }

    /**
     * The 严重程度 / 单元格 / 问题类型 / 说明 / 代码 head and one row per finding, errors first; each cell address a
     * link to that cell of {@code sheetName} (none when null: the addresses name their sheet).
     */
    private void findingsTable(List<Finding> findings, String sheetName) {
        Row header = row();
        for (int i = 0; i < TABLE_HEADER.size(); i++) {
            text(header, i, TABLE_HEADER.get(i), headerStyle);
        }
        fitHeight(header);
        if (findings.isEmpty()) {
            Row none = row();
            text(none, Column.MESSAGE.ordinal(), "未发现问题。", textStyle);
            fitHeight(none);
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity)); // stable: sheet order within a severity
        for (Finding f : sorted) {
            Row row = row();
            text(row, Column.SEVERITY.ordinal(), f.severity().label(), severityStyle.get(f.severity()));
            Cell at = text(row, Column.CELL.ordinal(), f.cell(), textStyle);
            Hyperlink link = sheetName == null ? null : link(sheetName, f.cell());
            if (link != null) {
                at.setHyperlink(link);
                style(at, linkStyle);
            }
            text(row, Column.KIND.ordinal(), f.code().chineseName(), textStyle);
            text(row, Column.MESSAGE.ordinal(), f.message(), textStyle);
            text(row, Column.CODE.ordinal(), f.code().name(), textStyle);
            fitHeight(row);
        }
    }

    /** A link to the cell on the form's sheet, or null when the address is not a cell of this workbook. */
    private Hyperlink link(String sheetName, String a1) {
        if (a1 == null || a1.isBlank() || !a1.matches("[A-Za-z]{1,3}[0-9]{1,7}")) {
            return null;
        }
        CellReference ref = new CellReference(a1);
        var version = wb.getSpreadsheetVersion();
        if (ref.getRow() > version.getLastRowIndex() || ref.getCol() > version.getLastColumnIndex()) {
            return null;
        }
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!" + ref.formatAsString(false));
        return link;
    }

    /** A label and its text, the text across the rest of the row, next to its label. */
    private void field(String label, String value) {
        Row row = row();
        text(row, 0, label, labelStyle);
        text(row, 1, value, textStyle);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, WIDTHS.length - 1));
        row.setHeightInPoints(TextLayout.rowHeight(TextLayout.cellLines(value, VALUE_WIDTH)));
    }

    /** A label and its figure, right beside it. */
    private void number(String label, double value) {
        Row row = row();
        text(row, 0, label, labelStyle);
        Cell cell = row.createCell(1);
        cell.setCellValue(value);
        style(cell, numberStyle);
        row.setHeightInPoints(TextLayout.rowHeight(1));
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    /** Gives the row the height its tallest text needs in its column. */
    private static void fitHeight(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                lines = Math.max(lines, TextLayout.cellLines(cell.getStringCellValue(), WIDTHS[cell.getColumnIndex()]));
            }
        }
        row.setHeightInPoints(TextLayout.rowHeight(lines));
    }

    private Cell text(Row row, int col, String value, Map<CellPropertyType, Object> style) {
        Cell cell = row.createCell(col);
        String text = value == null ? "" : value;
        if (cell instanceof XSSFCell x && !text.isEmpty() && text.strip().equals(text) && xmlSafe(text)) {
            inline(x, text);
        } else {
            cell.setCellValue(text);
        }
        style(cell, style);
        return cell;
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

    private static Map<CellPropertyType, Object> properties() {
        return new EnumMap<>(CellPropertyType.class);
    }

    private Map<CellPropertyType, Object> withFill(Map<CellPropertyType, Object> base, StylePurpose fill) {
        Map<CellPropertyType, Object> p = new EnumMap<>(base);
        p.putAll(fill.properties(wb));
        return p;
    }

    /** A4 landscape, one page wide, narrow margins. */
    private static void printSetup(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true); // .xls: without it LibreOffice ignores fit-to-page
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
    }

    /**
     * The default font with the given weight, colour and underline: reused when the workbook already has it, so
     * re-runs add no fonts.
     */
    private Font font(boolean bold, short colour, byte underline) {
        Font base = wb.getFontAt(0);
        short color = colour == IndexedColors.AUTOMATIC.getIndex() ? base.getColor() : colour;
        Font found = wb.findFont(bold, color, base.getFontHeight(), base.getFontName(), base.getItalic(),
                base.getStrikeout(), base.getTypeOffset(), underline);
        if (found != null) {
            return found;
        }
        Font font = wb.createFont();
        font.setBold(bold);
        font.setColor(color);
        font.setFontHeight(base.getFontHeight());
        font.setFontName(base.getFontName());
        font.setUnderline(underline);
        return font;
    }
}
