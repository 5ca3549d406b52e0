package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.Limits;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/**
 * RULES.md §10 for workbooks: a report sheet (running text) checked against the form, and the 项目清单 cover
 * sheet against the forms; the findings mark the report and cover cells and are listed in 校验结果. Both formats,
 * the scored copy reopened from disk.
 */
class WorkbookReportAndListTest {
    private static final String REPORT = "三、综合评价情况及评价结论：综合评价得分100分，评价等级良。本项目帮扶送温暖专项资金64万元，"
            + "全年执行64万元。";

    @TempDir
    Path dir;

    private final FileProcessor processor = new FileProcessor(RuleSettings.national(), Limits.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void seedWorkbook_listMatches_noFileFinding(String ext) {
        FileResult r = processor.check(Samples.DIR.resolve(Samples.SEED + "." + ext));
        assertEquals(List.of(), r.findings(), "the cover lists 困难职工帮扶送温暖项目自评表, the form is 困难职工送温暖");
        assertTrue(r.forms().get(0).findings().stream().noneMatch(f -> f.code().name().startsWith("REPORT_")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void reportSheetAndCoverList_checkedMarkedAndListed(String ext) throws Exception {
        Path input = dir.resolve("in/seed." + ext);
        Files.createDirectories(input.getParent());
        try (InputStream in = Files.newInputStream(Samples.DIR.resolve(Samples.SEED + "." + ext));
             Workbook wb = WorkbookFactory.create(in)) {
            Sheet report = wb.createSheet("自评报告");
            report.createRow(0).createCell(0).setCellValue("困难职工帮扶送温暖项目绩效评价报告");
            report.createRow(1).createCell(0).setCellValue(REPORT);
            Sheet cover = wb.getSheet("项目清单");
            Row extra = cover.createRow(cover.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("2");
            extra.createCell(1).setCellValue("职工医疗互助项目自评表");
            try (OutputStream out = Files.newOutputStream(input)) {
                wb.write(out);
            }
        }
        String listedCell = "项目清单!" + new CellReference(lastRow(input, "项目清单"), 1).formatAsString(false);
        Path output = dir.resolve("out/seed." + ext);

        FileResult r = processor.score(input, output);

        List<Finding> form = r.forms().get(0).findings();
        Finding total = only(form, FindingCode.REPORT_TOTAL_MISMATCH);
        assertEquals("自评报告!A2", total.cell());
        assertTrue(total.message().contains("综合评价得分100分，评价等级良。"), total.message());
        assertEquals("自评报告!A2", only(form, FindingCode.REPORT_GRADE_MISMATCH).cell());
        assertTrue(form.stream().noneMatch(f -> f.code() == FindingCode.REPORT_AMOUNT_MISMATCH), "64万元 matches");
        assertEquals(1, r.findings().size(), r.findings().toString());
        assertEquals(FindingCode.LIST_FORM_MISMATCH, r.findings().get(0).code());
        assertEquals(listedCell, r.findings().get(0).cell());

        try (InputStream in = Files.newInputStream(output); Workbook wb = WorkbookFactory.create(in)) {
            Cell reportCell = wb.getSheet("自评报告").getRow(1).getCell(0);
            assertNotNull(reportCell.getCellComment(), "the report cell is commented");
            assertTrue(reportCell.getCellComment().getString().getString().contains("REPORT_TOTAL_MISMATCH"));
            CellReference listed = new CellReference(listedCell);
            Cell listCell = wb.getSheet("项目清单").getRow(listed.getRow()).getCell(listed.getCol());
            assertTrue(listCell.getCellComment().getString().getString().contains("LIST_FORM_MISMATCH"));
            String results = text(wb.getSheet("校验结果"));
            assertTrue(results.contains("REPORT_GRADE_MISMATCH"), results);
            assertTrue(results.contains("LIST_FORM_MISMATCH") && results.contains(listedCell), results);
        }
    }

    private static int lastRow(Path file, String sheet) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return wb.getSheet(sheet).getLastRowNum();
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                sb.append(cell.toString()).append('|');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Finding only(List<Finding> findings, FindingCode code) {
        List<Finding> of = findings.stream().filter(f -> f.code() == code).toList();
        assertEquals(1, of.size(), code + " in " + findings);
        return of.get(0);
    }
}
