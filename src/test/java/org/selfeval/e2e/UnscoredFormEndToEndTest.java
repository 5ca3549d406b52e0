package org.selfeval.e2e;

import org.selfeval.batch.SummaryWorkbook.Column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.cli.Cli;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md G through the command line: the 蔡甸 森林防火 sample (no 分值 / 得分 / 总分 anywhere), .xlsx drawn in
 * traditional characters from A1 and .xls moved to C5 with numbers stored as text; outputs reopened from disk.
 * Funds block: 资金来源 | 预算数(A) | 执行数(B) | 执行率(B/A), rows 一般预算内拨款 then 合计 — the 执行率 of 合计 is E8
 * (.xlsx) or G12 (.xls: four rows and two columns further).
 */
class UnscoredFormEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "24-蔡甸-森林防火-不评分";

    @TempDir
    Path dir;

    private static int cli(String... args) {
        return QuietCli.run(args);
    }

    /** The line a clerk reads on the terminal and in the hot folder's log: no 总分 for a form that has none. */
    @Test
    void theConsoleLine_saysNotScoredAndTheAchievedShare_noTotal() {
        String line = new org.selfeval.app.FileProcessor(org.selfeval.rules.RuleSettings.national(),
                org.selfeval.io.Limits.defaults()).check(Samples.DIR.resolve(NAME + ".xlsx")).describe();
        // 8 of the 10 judged rows achieved (by hand, below): 80%
        assertEquals("自评表 不评分（达成率 80%），错误 1，警告 3", line);
    }

    @ParameterizedTest
    @CsvSource({"xlsx, E8", "xls, G12"})
    void checkedNotScored_rateWritten_achievedShareReported(String ext, String rateCell) throws Exception {
        Path in = dir.resolve("in");
        Path input = Samples.copy(NAME, ext, in);
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");

        int status = cli("batch", in.toString(), "--out", out.toString(), "--report", report.toString(), "-q");
        assertEquals(1, status, "UNIT_MISMATCH on row 1 is an error finding");

        JsonNode form = JSON.readTree(report.toFile()).get("files").get(0).get("forms").get(0);
        assertFalse(form.get("scored").asBoolean());
        assertTrue(form.get("total").isNull());
        assertTrue(form.get("grade").isNull());
        assertTrue(form.get("weightTotal").isNull());
        // 执行率 = 63 / 63 = 1; the funds are not scored: weight 0, score null
        assertEquals(1.0, form.get("funds").get("rate").asDouble());
        assertEquals(0.0, form.get("funds").get("weight").asDouble());
        assertTrue(form.get("funds").get("score").isNull());
        // by hand (RULES.md §3/§4, w = 1): review, review, achieved (97 ≥ 95), partial (85/90 = 0.94),
        // achieved (100 ≥ 95), achieved (成本 63 ≤ 63), achieved (0起), achieved (是), achieved (0.5‰ < 0.9‰),
        // achieved (0人次), partial (88/90 = 0.98), achieved (95 ≥ 90) → 8 of the 10 judged rows: 0.8
        List<String> achievements = new ArrayList<>();
        for (JsonNode indicator : form.get("indicators")) {
            achievements.add(indicator.get("achievement").asText());
            assertTrue(indicator.get("score").isNull(), indicator.toString());
        }
        assertEquals(List.of("review", "review", "achieved", "partial", "achieved", "achieved", "achieved",
                "achieved", "achieved", "achieved", "partial", "achieved"), achievements);
        assertEquals(0.8, form.get("achievedShare").asDouble());
        for (JsonNode finding : form.get("findings")) {
            assertFalse(List.of("WEIGHT_MISSING", "WEIGHT_TOTAL_NOT_100", "CATEGORY_MISSING", "CATEGORY_WEIGHTS_UNUSUAL",
                    "FORM_NOT_FOUND", "SCORE_NEEDS_REVIEW").contains(finding.get("code").asText()), finding.toString());
        }

        try (Workbook wb = Samples.reopen(out.resolve(input.getFileName()))) {
            Sheet sheet = wb.getSheet("自评表");
            CellReference ref = new CellReference(rateCell);
            var rate = sheet.getRow(ref.getRow()).getCell(ref.getCol());
            assertEquals(CellType.NUMERIC, rate.getCellType());
            assertEquals(1.0, rate.getNumericCellValue());
            List<String> results = texts(wb.getSheet("校验结果"));
            assertTrue(results.contains("不评分（本表无分值、得分栏，只检查不评分）"), results.toString());
            assertTrue(results.contains("80%"), results.toString());
        }
        try (Workbook summary = Samples.reopen(out.resolve("汇总.xlsx"))) {
            Row row = summary.getSheet("汇总").getRow(1);
            assertEquals("不评分", row.getCell(Column.GRADE.index()).getStringCellValue());
            assertEquals(CellType.BLANK, row.getCell(Column.TOTAL.index(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .getCellType(), "no total");
            assertEquals("达成率", summary.getSheet("汇总").getRow(0).getCell(Column.ACHIEVED.index())
                    .getStringCellValue());
            assertEquals(0.8, row.getCell(Column.ACHIEVED.index()).getNumericCellValue());
        }
    }

    private static List<String> texts(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> texts.add(f.formatCellValue(cell))));
        return texts;
    }
}
