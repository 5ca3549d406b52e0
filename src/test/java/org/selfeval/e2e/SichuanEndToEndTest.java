package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md B through the command line: the 四川 0013zp sample (forms/28 completed; .xlsx as drawn, .xls moved with
 * numbers stored as text), scored by {@code score}; the scored copies reopened from disk. Places are taken from
 * report.json and from the 合计 label, since the .xls is moved.
 */
class SichuanEndToEndTest {
    private static final String NAME = "28-大英-安可替代-四川0013zp";

    /*
     * By hand, from LAYOUTS.md B (national rules, funds 10 from 权重):
     * funds 权重 10 × min(1, 3.36 / 3.36) = 10
     * ≥ | 13 | 台 → 13: 20; = | 100 | % → 100: 10; 定性 12月前 → 12月前完成: 10; ≤ | 3.36 | 万元 → 3.36: 10;
     * 定性 提高 → 有效提高: 30; ≥ | 90 | % → 95: 10 — each met, its full weight
     * total 10 + 20 + 10 + 10 + 10 + 30 + 10 = 100 (the 合计 printed 100 under 权重 and left 得分 empty): 优
     * 年初预算 0.00 → 调整后预算数 3.36 is a budget adjusted during the year, and the 原因 cell holds the template's
     * instruction: FUNDS_REASON_MISSING (error) and TEMPLATE_TEXT_LEFT (warning) on that cell.
     */
    private static final List<Double> SCORES = List.of(20.0, 10.0, 10.0, 10.0, 30.0, 10.0);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void scoresAsLayoutsSays_kindsNotGlued_reasonRequired_figuresWritten(String ext) throws Exception {
        Path input = Samples.copy(NAME, ext, dir.resolve("in"));
        JsonNode form = QuietCli.scoreFirstForm(input, dir);

        assertEquals("sichuan-0013zp", form.get("layout").asText());
        assertEquals("大英县司法局部门", form.get("department").asText());
        JsonNode funds = form.get("funds");
        assertEquals(10.0, funds.get("weight").asDouble());
        assertEquals(1.0, funds.get("rate").asDouble(), 1e-12);
        assertEquals(10.0, funds.get("score").asDouble());
        List<Double> scores = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        form.get("indicators").forEach(i -> {
            scores.add(i.get("score").asDouble());
            targets.add(i.get("target").asText());
        });
        assertEquals(SCORES, scores);
        assertEquals(List.of("≥13台", "=100%", "12月前", "≤3.36万元", "提高", "≥90%"), targets,
                "指标性质 | 指标值 | 度量单位 read as one value, 定性 kept out of it");
        assertEquals(100.0, form.get("weightTotal").asDouble());
        assertEquals(100.0, form.get("total").asDouble());
        assertEquals("优", form.get("grade").asText());

        List<String> codes = new ArrayList<>();
        form.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("cell").asText()));
        String reasonCell = cellOf(form, "FUNDS_REASON_MISSING");
        assertEquals(List.of("TEMPLATE_TEXT_LEFT@" + reasonCell, "FUNDS_REASON_MISSING@" + reasonCell), codes,
                "the sample follows the national split: nothing else to say");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("CATEGORY_")), codes.toString());

        try (Workbook wb = Samples.reopen(dir.resolve("out").resolve(NAME + "." + ext))) {
            Sheet sheet = wb.getSheet("自评表");
            CellReference fundsScore = new CellReference(funds.get("cell").asText());
            assertEquals(10.0, sheet.getRow(fundsScore.getRow()).getCell(fundsScore.getCol()).getNumericCellValue());
            Cell rate = sheet.getRow(fundsScore.getRow()).getCell(fundsScore.getCol() - 2); // 预算执行率 | 权重 | 得分
            assertEquals(1.0, rate.getNumericCellValue(), 1e-12);
            assertTrue(rate.getCellStyle().getDataFormatString().contains("%"));
            for (int i = 0; i < SCORES.size(); i++) {
                CellReference at = new CellReference(form.get("indicators").get(i).get("scoreCell").asText());
                assertEquals(SCORES.get(i), sheet.getRow(at.getRow()).getCell(at.getCol()).getNumericCellValue());
            }
            // the 合计 row's 得分, empty in the input, under the indicators' 得分 column
            int scoreColumn = new CellReference(form.get("indicators").get(0).get("scoreCell").asText()).getCol();
            Cell total = rowLabelled(sheet, "合计").getCell(scoreColumn);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(100.0, total.getNumericCellValue());
            CellReference reason = new CellReference(reasonCell);
            Cell reasonCellOnSheet = sheet.getRow(reason.getRow()).getCell(reason.getCol());
            assertNotNull(reasonCellOnSheet.getCellComment());
            assertTrue(reasonCellOnSheet.getCellComment().getString().getString().contains("年初预算0调整为3.36"));
        }
    }

    private static String cellOf(JsonNode form, String code) {
        for (JsonNode f : form.get("findings")) {
            if (f.get("code").asText().equals(code)) {
                return f.get("cell").asText();
            }
        }
        throw new AssertionError("no " + code + " in " + form.get("findings"));
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(label)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
