package org.selfeval.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.io.OpenedWorkbook;
import org.selfeval.io.WorkbookFiles;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;

/** RULES.md §8 on both formats: build a form, apply, save, reopen from disk and look. */
class ScoredWorkbookWriterTest {
    /** The test runs once on .xls and once on .xlsx, given the extension. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    @interface BothFormats {
    }

    @TempDir
    Path dir;

    private Path scoredCopy(String format, String rateFormat, List<FormResult> results) throws Exception {
        Path out = dir.resolve("out/自评表." + format);
        try (Workbook wb = FormFixture.build(format, rateFormat)) {
            ScoredWorkbookWriter.apply(wb, results);
            WorkbookFiles.saveAtomically(wb, out);
        }
        return out;
    }

    /** The fixture form with its standard result applied, saved, and reopened from disk. */
    private Workbook scoredFixture(String format) throws Exception {
        return reopen(scoredCopy(format, null, List.of(FormFixture.result())));
    }

    private static Workbook reopen(Path file) throws Exception {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static Cell cell(Sheet s, String a1) {
        CellReference ref = new CellReference(a1);
        Row row = s.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    private static Path reapply(Path scored, Path out, List<FormResult> results) throws Exception {
        try (OpenedWorkbook opened = WorkbookFiles.open(scored); Workbook wb = opened.workbook()) {
            ScoredWorkbookWriter.apply(wb, results);
            opened.saveAtomically(out);
        }
        return out;
    }

    @BothFormats
    void scores_writtenAsPlainNumbers_formulasGone_rule8(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            assertEquals(CellType.NUMERIC, cell(s, "E4").getCellType());
            assertEquals(0.78125, cell(s, "E4").getNumericCellValue(), 1e-12);
            assertEquals(CellType.NUMERIC, cell(s, "F4").getCellType());
            assertEquals(7.81, cell(s, "F4").getNumericCellValue(), 1e-12);
            assertEquals(9.6, cell(s, "F7").getNumericCellValue(), 1e-12);
            assertEquals(9.0, cell(s, "F8").getNumericCellValue(), 1e-12);
            assertEquals(0.0, cell(s, "F9").getNumericCellValue(), 1e-12);
            assertEquals(CellType.NUMERIC, cell(s, "F11").getCellType());
            assertEquals(26.41, cell(s, "F11").getNumericCellValue(), 1e-12);
        }
    }

    @BothFormats
    void rateCell_getsPercentFormat_keepingItsBorder_rule8(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            CellStyle style = cell(wb.getSheet(FormFixture.SHEET), "E4").getCellStyle();
            assertEquals("0.00%", style.getDataFormatString());
            assertEquals(BorderStyle.THIN, style.getBorderRight());
        }
    }

    @BothFormats
    void rateCell_keepsAnExistingPercentFormat_rule8(String format) throws Exception {
        Path out = scoredCopy(format, "0%", List.of(FormFixture.result()));
        try (Workbook wb = reopen(out)) {
            assertEquals("0%", cell(wb.getSheet(FormFixture.SHEET), "E4").getCellStyle().getDataFormatString());
        }
    }

    @BothFormats
    void untouchedCells_keepValuesStylesMergesAndPicture(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            Cell a1 = cell(s, "A1");
            assertEquals("项目名称", a1.getStringCellValue());
            assertTrue(wb.getFontAt(a1.getCellStyle().getFontIndex()).getBold());
            assertEquals(BorderStyle.THIN, a1.getCellStyle().getBorderBottom());
            assertEquals("总分", cell(s, "A11").getStringCellValue());
            assertEquals(1, s.getNumMergedRegions());
            assertEquals("A11:D11", s.getMergedRegion(0).formatAsString());
            assertEquals(64.0, cell(s, "B4").getNumericCellValue());
            // G8 shared its style with the flagged G9: it must not have been recoloured
            Cell g8 = cell(s, "G8");
            assertEquals("无", g8.getStringCellValue());
            assertEquals(FillPatternType.NO_FILL, g8.getCellStyle().getFillPattern());
            assertEquals(BorderStyle.THIN, g8.getCellStyle().getBorderRight());
            assertEquals(1, pictures(s));
        }
    }

    @BothFormats
    void newScoreCell_copiesItsNeighbourStyle(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            CellStyle f9 = cell(wb.getSheet(FormFixture.SHEET), "F9").getCellStyle();
            assertEquals(BorderStyle.THIN, f9.getBorderRight());
            assertEquals(BorderStyle.THIN, f9.getBorderBottom());
        }
    }

    @BothFormats
    void flaggedCells_errorAndWarningFills_infoNone_rule8(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            assertFill(cell(s, "G9"), IndexedColors.ROSE);
            assertFill(cell(s, "D9"), IndexedColors.ROSE);
            assertFill(cell(s, "E11"), IndexedColors.ROSE);
            assertFill(cell(s, "E4"), IndexedColors.LIGHT_YELLOW);
            assertFill(cell(s, "F8"), IndexedColors.LIGHT_YELLOW);
            assertEquals(FillPatternType.NO_FILL, cell(s, "D7").getCellStyle().getFillPattern());
            assertNotNull(cell(s, "D7").getCellComment());
            // the fill is laid over the cell's own style
            assertEquals(BorderStyle.THIN, cell(s, "G9").getCellStyle().getBorderRight());
        }
    }

    @BothFormats
    void comments_listFindings_sized_byAuthorSelfeval_rule8(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            Comment g9 = cell(s, "G9").getCellComment();
            assertEquals(CellComments.MARKER + "\n"
                    + "[错误] 未说明偏差原因：未达成目标，请填写偏差原因分析及改进措施。（DEVIATION_ANALYSIS_MISSING）\n"
                    + "[警告] 得分需人工复核：请复核该指标得分。（SCORE_NEEDS_REVIEW）", g9.getString().getString());
            assertEquals("selfeval", g9.getAuthor());
            ClientAnchor a = g9.getClientAnchor();
            assertTrue(a.getCol2() - a.getCol1() >= 3, "width in columns");
            assertTrue(a.getRow2() - a.getRow1() >= 4, "height in rows");
            assertTrue(cell(s, "D7").getCellComment().getString().getString()
                    .contains("[提示] 数值为约数：实际完成值“约480人”是约数，按480人计算。（APPROXIMATE_FIGURE）"));
        }
    }

    @BothFormats
    void unitsOwnComment_keptAboveOurs(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Comment f8 = cell(wb.getSheet(FormFixture.SHEET), "F8").getCellComment();
            assertEquals(FormFixture.UNIT_COMMENT + "\n" + CellComments.MARKER + "\n"
                    + "[警告] 得分已更正：单位自评得分8，按规则计算为9.00，已改写。（SELF_SCORE_CHANGED）", f8.getString().getString());
            assertEquals("张三", f8.getAuthor());
        }
    }

    @BothFormats
    void unitsVisibleComment_staysVisible_oursAreHidden(String format) throws Exception {
        Path out = dir.resolve("out/自评表." + format);
        try (Workbook wb = FormFixture.build(format, null)) {
            cell(wb.getSheet(FormFixture.SHEET), "F8").getCellComment().setVisible(true);
            ScoredWorkbookWriter.apply(wb, List.of(FormFixture.result()));
            WorkbookFiles.saveAtomically(wb, out);
        }
        try (Workbook wb = reopen(out)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            Comment f8 = cell(s, "F8").getCellComment();
            assertTrue(f8.getString().getString().startsWith(FormFixture.UNIT_COMMENT + "\n" + CellComments.MARKER));
            assertTrue(f8.isVisible(), "the unit showed its comment: it stays shown");
            assertFalse(cell(s, "G9").getCellComment().isVisible(), "ours appear on hover only");
        }
    }

    @BothFormats
    void resultsSheet_totalsBesideTheirLabels_everyFinding_errorsFirst_rule8(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Sheet r = wb.getSheet("校验结果");
            assertNotNull(r);
            int first = firstFindingRow(r);
            int block = ResultsSheet.LEGEND.size() + 1;
            assertEquals(List.of("工作表", "自评表"), texts(r.getRow(block), 2));
            assertEquals(List.of("项目名称", "困难职工送温暖"), texts(r.getRow(block + 1), 2));
            assertEquals("总分", r.getRow(block + 2).getCell(0).getStringCellValue());
            assertEquals(26.41, r.getRow(block + 2).getCell(1).getNumericCellValue(), 1e-12); // beside its label
            assertEquals(List.of("等级", "差"), texts(r.getRow(block + 3), 2));
            assertEquals("分值合计", r.getRow(block + 4).getCell(0).getStringCellValue());
            assertEquals(40.0, r.getRow(block + 4).getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(ResultsSheet.TABLE_HEADER, texts(r.getRow(first - 1), 5));
            CellStyle header = r.getRow(first - 1).getCell(0).getCellStyle();
            assertTrue(wb.getFontAt(header.getFontIndex()).getBold());
            assertEquals(FillPatternType.SOLID_FOREGROUND, header.getFillPattern());
            // errors first, then warnings, then notes; sheet order within each
            List<String> expected = List.of("D9", "G9", "E11", "E4", "F8", "G9", "D7");
            List<Finding> findings = FormFixture.findings();
            for (int i = 0; i < expected.size(); i++) {
                Row row = r.getRow(first + i);
                Finding f = findings.stream().filter(x -> x.cell().equals(row.getCell(1).getStringCellValue())
                        && x.code().name().equals(row.getCell(4).getStringCellValue())).findFirst().orElseThrow();
                assertEquals(expected.get(i), f.cell());
                assertEquals(List.of(f.severity().label(), f.cell(), f.code().chineseName(), f.message(),
                        f.code().name()), texts(row, 5));
            }
            assertEquals(first + expected.size() - 1, r.getLastRowNum());
            assertEquals("错误", r.getRow(first).getCell(0).getStringCellValue());
            assertEquals("提示", r.getRow(first + 6).getCell(0).getStringCellValue());
            assertEquals(56 * 256, r.getColumnWidth(3));
        }
    }

    @BothFormats
    void resultsSheet_legendOfTheTwoFills_severityColoured_cellsLinked_textWrappedInTallEnoughRows(String format)
            throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            Sheet r = wb.getSheet("校验结果");
            assertEquals("浅红色", r.getRow(0).getCell(0).getStringCellValue());
            assertFill(r.getRow(0).getCell(0), IndexedColors.ROSE);
            assertTrue(r.getRow(0).getCell(1).getStringCellValue().startsWith("有错误的单元格"));
            assertEquals("浅黄色", r.getRow(1).getCell(0).getStringCellValue());
            assertFill(r.getRow(1).getCell(0), IndexedColors.LIGHT_YELLOW);
            assertTrue(r.getRow(1).getCell(1).getStringCellValue().startsWith("有警告的单元格"));
            // the same fills as the cells on the form
            Sheet form = wb.getSheet(FormFixture.SHEET);
            assertFill(cell(form, "D9"), IndexedColors.ROSE);
            assertFill(cell(form, "E4"), IndexedColors.LIGHT_YELLOW);

            int first = firstFindingRow(r);
            assertFill(r.getRow(first).getCell(0), IndexedColors.ROSE);          // 错误
            assertFill(r.getRow(first + 3).getCell(0), IndexedColors.LIGHT_YELLOW); // 警告
            assertEquals(FillPatternType.NO_FILL, r.getRow(first + 6).getCell(0).getCellStyle().getFillPattern());
            Cell d9 = r.getRow(first).getCell(1);
            assertNotNull(d9.getHyperlink(), "the cell address links to the cell");
            assertEquals("'" + FormFixture.SHEET + "'!D9", d9.getHyperlink().getAddress());
            for (Row row : r) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && c.getColumnIndex() == 3) {
                        assertTrue(c.getCellStyle().getWrapText(), c.getAddress().toString());
                        int lines = TextLayout.cellLines(c.getStringCellValue(), 56);
                        assertTrue(row.getHeightInPoints() >= TextLayout.rowHeight(lines), c.getAddress().toString());
                    }
                }
            }
            assertTrue(r.getPrintSetup().getLandscape());
            assertEquals(1, r.getPrintSetup().getFitWidth());
            assertEquals(0, r.getPrintSetup().getFitHeight());
        }
    }

    @BothFormats
    void resultsSheet_aLongMessageWraps_andItsRowGrows(String format) throws Exception {
        String longText = "实际完成值“约480人”是约数，".repeat(8);
        Path out = scoredCopy(format, null, List.of(FormFixture.result(List.of(
                Finding.of(FindingCode.APPROXIMATE_FIGURE, "D7", longText)))));
        try (Workbook wb = reopen(out)) {
            Sheet r = wb.getSheet("校验结果");
            Row row = r.getRow(firstFindingRow(r));
            assertEquals(longText, row.getCell(3).getStringCellValue());
            assertTrue(row.getHeightInPoints() >= 4 * 15, "four lines at least: " + row.getHeightInPoints());
        }
    }

    @BothFormats
    void formSheet_printsItsCommentsAfterTheSheet(String format) throws Exception {
        try (Workbook wb = scoredFixture(format)) {
            assertEquals(org.apache.poi.ss.usermodel.PrintCellComments.AT_END,
                    PrintedComments.of(wb.getSheet(FormFixture.SHEET)));
        }
    }

    /** The row after 校验结果's first findings-table header. */
    static int firstFindingRow(Sheet results) {
        for (Row row : results) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("严重程度")) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no findings table");
    }

    @Test
    void xlsxResultsSheet_textsAreInlineStrings_exceptEdgeSpaces_andReadBackAsWritten() throws Exception {
        FormResult r = FormFixture.result(List.of(
                Finding.of(FindingCode.HEADER_FIELD_MISSING, "B2", "第一行\n第二行 <&> \"引号\""),
                Finding.of(FindingCode.HEADER_FIELD_MISSING, "B3", "  前后有空格  ")));
        Path out = scoredCopy("xlsx", null, List.of(r));
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFSheet results = wb.getSheet("校验结果");
            XSSFCell multiLine = results.getRow(firstFindingRow(results)).getCell(3);
            assertEquals(STCellType.INLINE_STR, multiLine.getCTCell().getT());
            assertEquals(CellType.STRING, multiLine.getCellType());
            assertEquals("第一行\n第二行 <&> \"引号\"", multiLine.getStringCellValue());
            XSSFCell spaced = results.getRow(firstFindingRow(results) + 1).getCell(3);
            assertEquals(STCellType.S, spaced.getCTCell().getT(), "edge spaces keep the shared string");
            assertEquals("  前后有空格  ", spaced.getStringCellValue());
            XSSFCell header = results.getRow(firstFindingRow(results) - 1).getCell(0);
            assertEquals(STCellType.INLINE_STR, header.getCTCell().getT());
            assertEquals("严重程度", header.getStringCellValue());
            assertTrue(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold());
            // the form's own sheet keeps its shared strings
            assertEquals(STCellType.S, firstTextCellType(wb.getSheet(FormFixture.SHEET)));
        }
    }

    @Test
    void xlsxResultsSheet_controlCharactersFromAFormStillGiveAValidFile() throws Exception {
        String withControl = "实际完成值“50\u0001人”无法识别";
        FormResult r = FormFixture.result(List.of(Finding.of(FindingCode.HEADER_FIELD_MISSING, "B2", withControl)));
        Path out = scoredCopy("xlsx", null, List.of(r));
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            XSSFCell message = wb.getSheet("校验结果").getRow(firstFindingRow(wb.getSheet("校验结果"))).getCell(3);
            assertEquals(STCellType.S, message.getCTCell().getT(), "escaped by POI, not written inline");
            // POI's shared-string path writes the control character as a placeholder; the rest is the text
            assertTrue(message.getStringCellValue().startsWith("实际完成值“50"), message.getStringCellValue());
            assertTrue(message.getStringCellValue().endsWith("人”无法识别"), message.getStringCellValue());
        }
    }

    @BothFormats
    void resultsSheetTexts_lineBreaksMarkupAndEdgeSpaces_readBackAsWritten(String format) throws Exception {
        List<String> texts = List.of("第一行\n第二行 <&> \"引号\"", "  前后有空格  ", "制表\t符");
        List<Finding> findings = new ArrayList<>();
        for (String text : texts) {
            findings.add(Finding.of(FindingCode.HEADER_FIELD_MISSING, "B2", text));
        }
        Path out = scoredCopy(format, null, List.of(FormFixture.result(findings)));
        try (Workbook wb = reopen(out)) {
            Sheet results = wb.getSheet("校验结果");
            for (int i = 0; i < texts.size(); i++) {
                Cell message = results.getRow(firstFindingRow(results) + i).getCell(3);
                assertEquals(CellType.STRING, message.getCellType());
                assertEquals(texts.get(i), message.getStringCellValue());
            }
        }
    }

    @Test
    void xlsResultsSheet_controlCharactersFromAForm_keptWhole() throws Exception {
        String withControl = "实际完成值“50\u0001人”无法识别";
        FormResult r = FormFixture.result(List.of(Finding.of(FindingCode.HEADER_FIELD_MISSING, "B2", withControl)));
        Path out = scoredCopy("xls", null, List.of(r));
        try (Workbook wb = reopen(out)) {
            assertEquals(withControl, wb.getSheet("校验结果").getRow(firstFindingRow(wb.getSheet("校验结果"))).getCell(3).getStringCellValue());
        }
    }

    /** The type of the form sheet's first text cell. */
    private static STCellType.Enum firstTextCellType(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    return ((XSSFCell) c).getCTCell().getT();
                }
            }
        }
        return null;
    }

    @BothFormats
    void formText_neverBecomesAFormula(String format) throws Exception {
        FormResult tricky = FormFixture.result(List.of(
                Finding.of(FindingCode.HEADER_FIELD_MISSING, "B2", "=SUM(A1:A3)")));
        Path out = scoredCopy(format, null, List.of(tricky));
        try (Workbook wb = reopen(out)) {
            Cell message = wb.getSheet("校验结果").getRow(firstFindingRow(wb.getSheet("校验结果"))).getCell(3);
            assertEquals(CellType.STRING, message.getCellType());
            assertEquals("=SUM(A1:A3)", message.getStringCellValue());
        }
    }

    @BothFormats
    void findingInsideMergedRegion_marksTopLeft_badAddressesOnlyListed(String format) throws Exception {
        FormResult r = FormFixture.result(List.of(
                Finding.of(FindingCode.FORM_NOT_FOUND, "C11", "总分行缺少得分列。"),
                Finding.of(FindingCode.FORM_NOT_FOUND, "", "工作簿中没有自评表。"),
                Finding.of(FindingCode.FORM_NOT_FOUND, "XFE1048577", "地址越界。")));
        Path out = scoredCopy(format, null, List.of(r));
        try (Workbook wb = reopen(out)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            assertTrue(cell(s, "A11").getCellComment().getString().getString().contains("总分行缺少得分列。"));
            assertFill(cell(s, "A11"), IndexedColors.ROSE);
            Cell c11 = cell(s, "C11");
            assertTrue(c11 == null || c11.getCellComment() == null, "the comment belongs on the top-left cell");
            assertEquals("地址越界。", wb.getSheet("校验结果").getRow(firstFindingRow(wb.getSheet("校验结果")) + 2).getCell(3).getStringCellValue());
        }
    }

    @BothFormats
    void applyingTwice_givesTheSameOutput_idempotent(String format) throws Exception {
        List<FormResult> results = List.of(FormFixture.result());
        Path once = scoredCopy(format, null, results);
        Path twice = reapply(once, dir.resolve("twice/自评表." + format), results);
        try (Workbook a = reopen(once); Workbook b = reopen(twice)) {
            assertEquals(a.getNumberOfSheets(), b.getNumberOfSheets());
            assertEquals(1, countSheets(b, "校验结果"));
            assertEquals(a.getNumCellStyles(), b.getNumCellStyles());
            assertEquals(a.getNumberOfFonts(), b.getNumberOfFonts());
            Sheet sa = a.getSheet(FormFixture.SHEET);
            Sheet sb = b.getSheet(FormFixture.SHEET);
            for (String at : List.of("E4", "F4", "F7", "F8", "F9", "F11")) {
                assertEquals(cell(sa, at).getNumericCellValue(), cell(sb, at).getNumericCellValue(), at);
            }
            for (String at : List.of("E4", "D7", "F8", "D9", "G9", "E11")) {
                String text = cell(sb, at).getCellComment().getString().getString();
                assertEquals(cell(sa, at).getCellComment().getString().getString(), text, at);
                assertEquals(text.indexOf(CellComments.MARKER), text.lastIndexOf(CellComments.MARKER), at);
                assertEquals(cell(sa, at).getCellStyle().getFillForegroundColor(),
                        cell(sb, at).getCellStyle().getFillForegroundColor(), at);
            }
            assertEquals(sa.getCellComments().size(), sb.getCellComments().size());
            assertEquals(a.getSheet("校验结果").getLastRowNum(), b.getSheet("校验结果").getLastRowNum());
            assertEquals(1, pictures(sb));
        }
    }

    @BothFormats
    void reprocessing_dropsOurStaleComments_keepsUnitsOwn(String format) throws Exception {
        Path once = scoredCopy(format, null, List.of(FormFixture.result()));
        List<Finding> fewer = new ArrayList<>(FormFixture.findings());
        fewer.removeIf(f -> f.cell().equals("D7") || f.cell().equals("F8"));
        Path again = reapply(once, dir.resolve("again/自评表." + format), List.of(FormFixture.result(fewer)));
        try (Workbook wb = reopen(again)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            assertNull(cell(s, "D7").getCellComment());
            Comment f8 = cell(s, "F8").getCellComment();
            assertEquals(FormFixture.UNIT_COMMENT, f8.getString().getString());
            assertFalse(f8.getString().getString().contains(CellComments.MARKER));
        }
    }

    @BothFormats
    void manyFlaggedCellsSharingAStyle_addOneStyle_notOneEach(String format) throws Exception {
        List<Finding> one = List.of(Finding.of(FindingCode.TARGET_MISSING, "C20", "年度指标值为空，请填写。"));
        List<Finding> many = new ArrayList<>();
        for (int row = 20; row < 220; row++) {
            many.add(Finding.of(FindingCode.TARGET_MISSING, "C" + row, "年度指标值为空，请填写。"));
        }
        int withOne;
        int withMany;
        try (Workbook wb = reopen(scoredCopy(format, null, List.of(FormFixture.result(one))))) {
            withOne = wb.getNumCellStyles();
        }
        try (Workbook wb = reopen(scoredCopy(format, null, List.of(FormFixture.result(many))))) {
            withMany = wb.getNumCellStyles();
            assertFill(cell(wb.getSheet(FormFixture.SHEET), "C219"), IndexedColors.ROSE);
        }
        assertEquals(withOne, withMany);
    }

    @Test
    void xlsxCellWithItsOwnRgbFill_getsTheErrorFill() throws Exception {
        Path out = dir.resolve("rgb.xlsx");
        try (XSSFWorkbook wb =
                     (XSSFWorkbook) FormFixture.build("xlsx", null)) {
            XSSFCellStyle own = wb.createCellStyle();
            own.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            own.setFillForegroundColor(new XSSFColor(new byte[]{0, (byte) 200, 0}));
            cell(wb.getSheet(FormFixture.SHEET), "G9").setCellStyle(own);
            ScoredWorkbookWriter.apply(wb, List.of(FormFixture.result()));
            WorkbookFiles.saveAtomically(wb, out);
        }
        try (Workbook wb = reopen(out)) {
            XSSFCellStyle style = (XSSFCellStyle)
                    cell(wb.getSheet(FormFixture.SHEET), "G9").getCellStyle();
            assertEquals(IndexedColors.ROSE.getIndex(), style.getFillForegroundColor());
            assertFalse(style.getFillForegroundXSSFColor().isRGB(), "an RGB colour would hide the indexed fill");
        }
    }

    @Test
    void xlsxFlaggedCell_keepsItsRgbBorders_andNamedStylesStayAsTheyWere() throws Exception {
        Path out = dir.resolve("borders.xlsx");
        byte[] blue = {0, 0, (byte) 200};
        String lastNamedStyle;
        int namedStyles;
        try (XSSFWorkbook wb = (XSSFWorkbook) FormFixture.build("xlsx", null)) {
            // a second named style (cellStyleXfs), as Excel files carry: XSSF's cloneStyleFrom would overwrite it
            var heading = org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf.Factory.newInstance();
            heading.setFontId(0);
            heading.setBorderId(0);
            heading.setFillId(0);
            heading.setNumFmtId(10);
            namedStyles = wb.getStylesSource().putCellStyleXf(heading);
            lastNamedStyle = heading.xmlText();
            XSSFCellStyle own = wb.createCellStyle();
            own.setBorderBottom(BorderStyle.THIN);
            own.setBottomBorderColor(new XSSFColor(blue));
            own.setBorderLeft(BorderStyle.DASHED);
            own.setLeftBorderColor(new XSSFColor(blue));
            Sheet s = wb.getSheet(FormFixture.SHEET);
            cell(s, "G9").setCellStyle(own); // flagged
            s.createRow(30).createCell(20).setCellStyle(own); // not flagged, shares the style
            ScoredWorkbookWriter.apply(wb, List.of(FormFixture.result()));
            WorkbookFiles.saveAtomically(wb, out);
        }
        try (XSSFWorkbook wb = (XSSFWorkbook) reopen(out)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            XSSFCellStyle flagged = (XSSFCellStyle) cell(s, "G9").getCellStyle();
            assertFill(cell(s, "G9"), IndexedColors.ROSE);
            assertEquals(BorderStyle.THIN, flagged.getBorderBottom());
            assertEquals(BorderStyle.DASHED, flagged.getBorderLeft());
            assertTrue(flagged.getBottomBorderXSSFColor().isRGB());
            assertArrayEquals(blue, flagged.getBottomBorderXSSFColor().getRGB());
            assertArrayEquals(blue, flagged.getLeftBorderXSSFColor().getRGB());
            XSSFCellStyle untouched = (XSSFCellStyle) s.getRow(30).getCell(20).getCellStyle();
            assertEquals(FillPatternType.NO_FILL, untouched.getFillPattern(), "the shared style changed in place");
            assertArrayEquals(blue, untouched.getBottomBorderXSSFColor().getRGB());
            assertEquals(namedStyles, wb.getStylesSource()._getStyleXfsSize());
            assertEquals(lastNamedStyle, wb.getStylesSource().getCellStyleXfAt(namedStyles - 1).xmlText());
        }
    }

    @BothFormats
    void flaggedCellWhoseRightNeighbourHasAComment_getsItsOwn_neighbourKeepsHis(String format) throws Exception {
        Path out = dir.resolve("neighbour." + format);
        List<Finding> findings = List.of(
                Finding.of(FindingCode.ACTUAL_MISSING, "E9", "实际完成值为空，请填写。"),
                Finding.of(FindingCode.APPROXIMATE_FIGURE, "D9", "实际完成值“约480人”是约数，按480人计算。"),
                Finding.of(FindingCode.APPROXIMATE_FIGURE, "C7", "年度指标值“约500人”是约数，按500人计算。"));
        try (Workbook wb = FormFixture.build(format, null)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            ClientAnchor at = wb.getCreationHelper().createClientAnchor();
            at.setCol1(4);
            at.setRow1(6);
            at.setCol2(6);
            at.setRow2(9);
            Comment unit = s.getDrawingPatriarch().createCellComment(at);
            unit.setString(wb.getCreationHelper().createRichTextString("李四:\n已核对"));
            unit.setAuthor("李四");
            (s.getRow(6).getCell(3) == null ? s.getRow(6).createCell(3) : s.getRow(6).getCell(3)).setCellComment(unit);
            ScoredWorkbookWriter.apply(wb, List.of(FormFixture.result(findings)));
            WorkbookFiles.saveAtomically(wb, out);
        }
        try (Workbook wb = reopen(out)) {
            Sheet s = wb.getSheet(FormFixture.SHEET);
            assertEquals("李四:\n已核对", cell(s, "D7").getCellComment().getString().getString());
            for (String at : List.of("C7", "D9", "E9")) {
                Comment c = cell(s, at).getCellComment();
                assertNotNull(c, at);
                assertTrue(c.getString().getString().startsWith(CellComments.MARKER), at);
                assertEquals(at, c.getAddress().formatAsString());
                assertTrue(c.getClientAnchor().getCol1() > cell(s, at).getColumnIndex(), "box right of " + at);
            }
            assertEquals(FormFixture.UNIT_COMMENT, cell(s, "F8").getCellComment().getString().getString());
            assertEquals(5, s.getCellComments().size()); // C7, D9, E9 ours; D7 and F8 the unit's
        }
    }

    private static void assertFill(Cell cell, IndexedColors colour) {
        CellStyle style = cell.getCellStyle();
        assertEquals(FillPatternType.SOLID_FOREGROUND, style.getFillPattern(), cell.getAddress().toString());
        assertEquals(colour.getIndex(), style.getFillForegroundColor(), cell.getAddress().toString());
    }

    private static List<String> texts(Row row, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(row.getCell(i).getStringCellValue());
        }
        return out;
    }

    private static int countSheets(Workbook wb, String name) {
        int n = 0;
        for (Sheet s : wb) {
            if (s.getSheetName().equals(name)) {
                n++;
            }
        }
        return n;
    }

    private static int pictures(Sheet s) {
        Drawing<?> drawing = s.getDrawingPatriarch();
        int n = 0;
        if (drawing != null) {
            for (Object shape : drawing) {
                if (shape instanceof Picture) {
                    n++;
                }
            }
        }
        return n;
    }

}
