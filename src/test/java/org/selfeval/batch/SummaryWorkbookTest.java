package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileResult;
import org.selfeval.batch.SummaryWorkbook.Column;
import org.selfeval.batch.SummaryWorkbook.FindingColumn;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.testing.Results;
import org.selfeval.write.TextLayout;

class SummaryWorkbookTest {
    /** Every character a file name may hold on Linux that a URI may not, with spaces and Chinese. */
    static final String ODD_NAME = "报表 {1} | ^ \" \\ ` < > : 二 #%?[].xlsx";
    static final String LONG_MESSAGE = "分值合计为110，应为100。请按财预〔2020〕10号的指标体系调整各指标分值，"
            + "使产出、效益、满意度指标与预算执行率的分值合计为100分。";

    @TempDir
    Path dir;

    private Path write(List<FileResult> results) throws Exception {
        Path out = dir.resolve("out");
        Path target = out.resolve("汇总.xlsx");
        SummaryWorkbook.write(results, dir.resolve("in"), out, target);
        return target;
    }

    private List<FileResult> batch() {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        return List.of(
                Results.scored(in.resolve("县A/a.xlsx"), out.resolve("县A/a.xlsx"),
                        Results.inUnit(Results.form("自评表", "=HYPERLINK(\"http://x\")", "霍邱县总工会", 95.5, "优",
                                Results.error(FindingCode.WEIGHT_TOTAL_NOT_100, "G31", LONG_MESSAGE),
                                Finding.of(FindingCode.ACTUAL_NOT_QUANTIFIED, "F12", "未量化"),
                                Finding.of(FindingCode.ACTUAL_NOT_QUANTIFIED, "F13", "未量化")),
                                "元", 250_000, 200_000),
                        Results.form("自评表2", "困难职工送温暖", "霍邱县总工会", 70, "中")),
                Results.scored(in.resolve("县B/" + ODD_NAME), out.resolve("县B/" + ODD_NAME),
                        Results.inUnit(Results.form("表", "项目", "县财政局", 50, "差",
                                Finding.of(FindingCode.LOW_EXECUTION, "G7", "执行率偏低")), "亿元", 0.5, 0.25)),
                FileResult.failed(in.resolve("bad.xlsx"), "ENCRYPTED", "文件已加密，无法读取"));
    }

    @Test
    void unreadableFilesThenFormsWithErrors_first_andFilled_restInTheOrderAdded() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            XSSFSheet summary = wb.getSheet("汇总");
            assertEquals(4, summary.getLastRowNum());
            assertEquals(List.of("bad.xlsx", "县A/a.xlsx", "县B/" + ODD_NAME, "县A/a.xlsx"),
                    List.of(1, 2, 3, 4).stream().map(r -> string(summary, r, Column.FILE)).toList());
            assertEquals(List.of("无法读取", "已评分", "已评分", "已评分"),
                    List.of(1, 2, 3, 4).stream().map(r -> string(summary, r, Column.STATUS)).toList());
            assertEquals("自评表", string(summary, 2, Column.SHEET));
            assertEquals("自评表2", string(summary, 4, Column.SHEET));
            assertArrayEquals(SummaryWorkbook.ALARM_FILL, fill(summary, 1, Column.PROBLEMS));
            assertArrayEquals(SummaryWorkbook.ALARM_FILL, fill(summary, 2, Column.PROJECT));
            assertEquals(FillPatternType.NO_FILL,
                    summary.getRow(3).getCell(Column.PROJECT.index()).getCellStyle().getFillPattern());
            assertEquals("文件已加密，无法读取（ENCRYPTED）", string(summary, 1, Column.PROBLEMS));
        }
    }

    @Test
    void amountsIn万元_whateverTheFormsUnit() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            XSSFSheet summary = wb.getSheet("汇总");
            assertEquals("全年预算数（万元）", string(summary, 0, Column.ANNUAL));
            assertEquals("全年执行数（万元）", string(summary, 0, Column.EXECUTED));
            assertEquals(25.0, number(summary, 2, Column.ANNUAL), 1e-9);   // 250,000 元
            assertEquals(20.0, number(summary, 2, Column.EXECUTED), 1e-9);
            assertEquals(5000.0, number(summary, 3, Column.ANNUAL), 1e-9); // 0.5 亿元
            assertEquals(64.0, number(summary, 4, Column.ANNUAL), 1e-9);   // 万元 as filled
            assertEquals("#,##0.00", summary.getRow(2).getCell(Column.ANNUAL.index()).getCellStyle()
                    .getDataFormatString());
            assertEquals(0.8, number(summary, 2, Column.RATE), 1e-9);
            assertEquals("0.00%", summary.getRow(2).getCell(Column.RATE.index()).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void county_fromTheFirstFolderUnderTheBatchFolder_fileRelativeToIt() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            XSSFSheet summary = wb.getSheet("汇总");
            assertEquals(List.of("", "县A", "县B", "县A"),
                    List.of(1, 2, 3, 4).stream().map(r -> string(summary, r, Column.COUNTY)).toList());
            Sheet findings = wb.getSheet("问题清单");
            assertEquals("县A", findings.getRow(1).getCell(FindingColumn.COUNTY.index()).getStringCellValue());
            Sheet stats = wb.getSheet("统计");
            int county = rowStarting(stats, "按县/区");
            assertEquals("县A", stats.getRow(county + 1).getCell(0).getStringCellValue());
            assertEquals(2.0, stats.getRow(county + 1).getCell(1).getNumericCellValue());
            assertEquals(1.0, stats.getRow(county + 1).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void fileLink_relativeToTheSummary_opensTheScoredCopy_whateverItsName() throws Exception {
        Path out = dir.resolve("out");
        try (XSSFWorkbook wb = open(write(batch()))) {
            XSSFSheet summary = wb.getSheet("汇总");
            XSSFHyperlink odd = (XSSFHyperlink) summary.getRow(3).getCell(Column.LINK.index()).getHyperlink();
            URI base = out.toAbsolutePath().toUri();
            assertEquals(out.resolve("县B/" + ODD_NAME).toAbsolutePath(), Path.of(base.resolve(odd.getAddress())));
            assertEquals(out.resolve("县B/" + ODD_NAME).toAbsolutePath().toString(), odd.getTooltip());
            assertTrue(odd.getAddress().startsWith("县B/"), odd.getAddress()); // relative, Chinese kept
            XSSFHyperlink plain = (XSSFHyperlink) summary.getRow(2).getCell(Column.LINK.index()).getHyperlink();
            assertEquals("县A/a.xlsx", plain.getAddress());
            assertEquals("打开", summary.getRow(2).getCell(Column.LINK.index()).getStringCellValue());
            assertNull(summary.getRow(1).getCell(Column.LINK.index())); // nothing written, nothing to open
        }
    }

    @Test
    void relativeAddress_aColonInTheFirstSegmentIsNoScheme() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out")); // so its URI ends in /
        String address = SummaryWorkbook.relativeAddress(out, out.resolve("c:d e.xlsx"));
        assertEquals("c%3Ad%20e.xlsx", address);
        assertEquals(out.resolve("c:d e.xlsx").toAbsolutePath(), Path.of(out.toAbsolutePath().toUri().resolve(address)));
    }

    @Test
    void everyTextCellWraps_andEveryRowIsTallEnoughForIt_onAllThreeSheets() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            for (String name : List.of("汇总", "问题清单", "统计")) {
                Sheet sheet = wb.getSheet(name);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        int chars = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                        boolean fitsOnOneLine = TextLayout.cellLines(text, chars) == 1;
                        String where = name + "!" + cell.getAddress() + " " + text;
                        assertTrue(fitsOnOneLine || cell.getCellStyle().getWrapText(), "not wrapped: " + where);
                        assertTrue(row.getHeightInPoints() >= TextLayout.rowHeight(TextLayout.cellLines(text, chars)),
                                "row too low: " + where);
                    }
                }
            }
            Row main = wb.getSheet("汇总").getRow(2);
            assertTrue(main.getHeightInPoints() >= 3 * 15, "主要问题 of three lines: " + main.getHeightInPoints());
            assertTrue(string(wb.getSheet("汇总"), 2, Column.PROBLEMS)
                    .startsWith("G31 分值合计不为100：分值合计为110"));
            assertTrue(string(wb.getSheet("汇总"), 2, Column.PROBLEMS).contains("（WEIGHT_TOTAL_NOT_100）"));
        }
    }

    /**
     * Rows no taller than their text: a row whose texts all fit on one line is one line high, one whose longest
     * text wraps to three lines is three lines high. Column widths count only the text (the cell's margins come on
     * top, Microsoft's definition); a CJK character is 15 pixels of Excel's, a digit 7, {@code l} or {@code i} 3
     * (Latin counted 5 % wider, as LibreOffice draws it).
     */
    @Test
    void rowsAreAsTallAsTheirLongestText_noTaller() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        // 文件 is 20 digits wide (140 px): this name is 23 "half-width characters" but, with its narrow letters,
        // 114 px, one line
        String file = "县A/fill-list-file.xlsx";
        String twoLines = "一二三四五六七八九十".repeat(4); // 40: 说明 (44 wide, 308 px) holds 20 a line
        FileResult result = Results.scored(in.resolve(file), out.resolve(file),
                Results.form("自评表", "某项目", "县财政局", 95, "优",
                        Finding.of(FindingCode.WEIGHT_MISSING, "G21", "分值未填写"),
                        Finding.of(FindingCode.WEIGHT_MISSING, "G22", twoLines),
                        Finding.of(FindingCode.WEIGHT_MISSING, "G23", twoLines + "一")));
        try (XSSFWorkbook wb = open(write(List.of(result)))) {
            Sheet findings = wb.getSheet("问题清单");
            assertEquals(file, findings.getRow(1).getCell(FindingColumn.FILE.index()).getStringCellValue());
            assertEquals(TextLayout.rowHeight(1), findings.getRow(1).getHeightInPoints(), "one line: 18 pt");
            assertEquals(TextLayout.rowHeight(2), findings.getRow(2).getHeightInPoints(), "40 characters: 2 lines");
            assertEquals(TextLayout.rowHeight(3), findings.getRow(3).getHeightInPoints(),
                    "41 characters: the 41st on a third line");
            assertEquals(18f, TextLayout.rowHeight(1));
            assertEquals(48f, TextLayout.rowHeight(3));
        }
    }

    @Test
    void findingsList_projectDepartmentAndChineseKind_errorsFirst() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            Sheet findings = wb.getSheet("问题清单");
            assertEquals(4, findings.getLastRowNum());
            Row first = findings.getRow(1);
            assertEquals("县A/a.xlsx", first.getCell(FindingColumn.FILE.index()).getStringCellValue());
            assertEquals("=HYPERLINK(\"http://x\")", first.getCell(FindingColumn.PROJECT.index()).getStringCellValue());
            assertEquals("霍邱县总工会", first.getCell(FindingColumn.DEPARTMENT.index()).getStringCellValue());
            assertEquals("G31", first.getCell(FindingColumn.CELL.index()).getStringCellValue());
            assertEquals("错误", first.getCell(FindingColumn.SEVERITY.index()).getStringCellValue());
            assertEquals("分值合计不为100", first.getCell(FindingColumn.KIND.index()).getStringCellValue());
            assertEquals(LONG_MESSAGE, first.getCell(FindingColumn.MESSAGE.index()).getStringCellValue());
            assertEquals("WEIGHT_TOTAL_NOT_100", first.getCell(FindingColumn.CODE.index()).getStringCellValue());
            assertEquals("完成值未量化", findings.getRow(2).getCell(FindingColumn.KIND.index()).getStringCellValue());
        }
    }

    @Test
    void statistics_chineseKinds_mostFrequentFirst_gradesCharted() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            XSSFSheet stats = wb.getSheet("统计");
            assertEquals("优", stats.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1.0, stats.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(1.0, stats.getRow(3).getCell(1).getNumericCellValue()); // 中
            assertEquals(1.0, stats.getRow(6).getCell(1).getNumericCellValue()); // 无法读取的文件
            int kinds = rowStarting(stats, "按问题类型");
            assertEquals(List.of("完成值未量化", "2.0", "警告", "ACTUAL_NOT_QUANTIFIED"), texts(stats.getRow(kinds + 1)));
            assertEquals(List.of("分值合计不为100", "1.0", "错误", "WEIGHT_TOTAL_NOT_100"), texts(stats.getRow(kinds + 2)));
            assertEquals(1, stats.getDrawingPatriarch().getCharts().size());
        }
    }

    /** A finding about the file as a whole (a 项目清单 entry with no form) is listed and counted like a form's. */
    @Test
    void aFindingAboutTheWholeFile_isInTheListAndTheStatistics() throws Exception {
        Path in = dir.resolve("in");
        Finding list = Finding.of(FindingCode.LIST_FORM_MISMATCH, "表1!R3C2", "项目清单列有“农村公路养护”，但文档中没有它的自评表");
        FileResult word = new FileResult(in.resolve("县A/清单.docx"), dir.resolve("out/县A/清单.docx"),
                FileResult.Status.SCORED, null, List.of(Results.form("表2", "困难职工送温暖", "霍邱县总工会", 100, "优")),
                List.of(list), null);
        try (XSSFWorkbook wb = open(write(List.of(word)))) {
            Sheet findings = wb.getSheet("问题清单");
            assertEquals(1, findings.getLastRowNum());
            Row row = findings.getRow(1);
            assertEquals("县A/清单.docx", row.getCell(FindingColumn.FILE.index()).getStringCellValue());
            assertEquals(SummaryWorkbook.WHOLE_FILE, row.getCell(FindingColumn.SHEET.index()).getStringCellValue());
            assertEquals("表1!R3C2", row.getCell(FindingColumn.CELL.index()).getStringCellValue());
            assertEquals("项目清单与自评表不符", row.getCell(FindingColumn.KIND.index()).getStringCellValue());
            assertEquals("LIST_FORM_MISMATCH", row.getCell(FindingColumn.CODE.index()).getStringCellValue());
            XSSFSheet stats = wb.getSheet("统计");
            int kinds = rowStarting(stats, "按问题类型");
            assertEquals(List.of("项目清单与自评表不符", "1.0", "警告", "LIST_FORM_MISMATCH"), texts(stats.getRow(kinds + 1)));
        }
    }

    @Test
    void printsLandscapeOnePageWide_headerRepeated_rateAndGradeHighlighted_textStaysText() throws Exception {
        try (XSSFWorkbook wb = open(write(batch()))) {
            for (String name : List.of("汇总", "问题清单", "统计")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
                assertTrue(sheet.getFitToPage(), name);
            }
            XSSFSheet summary = wb.getSheet("汇总");
            assertEquals(0, summary.getRepeatingRows().getFirstRow());
            assertEquals(0, summary.getRepeatingRows().getLastRow());
            assertNotNull(summary.getPaneInformation());
            assertTrue(summary.getCTWorksheet().isSetAutoFilter());
            var cf = summary.getSheetConditionalFormatting();
            assertEquals(2, cf.getNumConditionalFormattings());
            assertTrue(cf.getConditionalFormattingAt(0).getRule(0).getFormula1().contains("<0.9"));
            assertEquals("\"差\"", cf.getConditionalFormattingAt(1).getRule(0).getFormula1());
            assertEquals("\"中\"", cf.getConditionalFormattingAt(1).getRule(1).getFormula1());
            // text from a form stays text, never a formula
            Cell project = summary.getRow(2).getCell(Column.PROJECT.index());
            assertEquals(CellType.STRING, project.getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", project.getStringCellValue());
        }
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("汇总.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String string(Sheet sheet, int row, Column column) {
        return sheet.getRow(row).getCell(column.index()).getStringCellValue();
    }

    private static double number(Sheet sheet, int row, Column column) {
        return sheet.getRow(row).getCell(column.index()).getNumericCellValue();
    }

    private static byte[] fill(XSSFSheet sheet, int row, Column column) {
        return ((XSSFCellStyle) sheet.getRow(row).getCell(column.index()).getCellStyle()).getFillForegroundXSSFColor()
                .getRGB();
    }

    private static int rowStarting(Sheet sheet, String prefix) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(prefix)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + prefix);
    }

    private static List<String> texts(Row row) {
        List<String> out = new java.util.ArrayList<>();
        for (Cell c : row) {
            out.add(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue())
                    : c.getStringCellValue());
        }
        return out;
    }
}
