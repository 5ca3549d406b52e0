package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Achievement;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.model.FormResult.IndicatorResult;
import org.selfeval.model.Severity;
import org.selfeval.read.FormLocator;
import org.selfeval.testing.HebeiForm;

/**
 * LAYOUTS.md C scored: the form of {@link HebeiForm}, every figure worked out by hand below (RULES.md §3 with
 * w = 100, rounded to the cent → 单项指标得分; × 权重占比 / 100 → 折算得分).
 */
class HebeiScoringTest {

    private static FormResult score(Workbook wb) throws IOException {
        try (wb) {
            HebeiForm.draw(wb);
            return FormScorer.score(FormLocator.locate(wb).get(0), RuleSettings.national());
        }
    }

    @Test
    void eachRowOnAHundredPoints_convertedByItsShare_budgetRowIsTheFunds() throws IOException {
        for (Workbook wb : List.of(new HSSFWorkbook(), new XSSFWorkbook())) {
            FormResult r = score(wb);
            // funds: 执行率 = 37.24 / 43.2 = 0.862037…; 预算执行率 row 100 × 0.862037 = 86.2037 → 86.20;
            // 折算得分 86.20 × 15 / 100 = 12.93
            assertEquals(37.24 / 43.2, r.funds().rate(), 1e-12);
            assertEquals(15.0, r.funds().weight());
            assertEquals(86.20, r.funds().points());
            assertEquals(12.93, r.funds().score());
            assertEquals("K17", r.funds().pointsCell());
            assertEquals("M17", r.funds().scoreCell());
            // 改造面积 800 / 1000 → 80, × 40 / 100 = 32; 验收合格率 100% ≥ 98% → 100, × 20 / 100 = 20;
            // 师生满意度 95% ≥ 90% → 100, × 10 / 100 = 10; 改造机组数 12 / 15 → 80, × 10 / 100 = 8;
            // 学生满意度 92% ≥ 90% → 100, × 5 / 100 = 5
            List<IndicatorResult> rows = r.indicators();
            assertEquals(List.of(80.0, 100.0, 100.0, 80.0, 100.0), rows.stream().map(IndicatorResult::points).toList());
            assertEquals(List.of(32.0, 20.0, 10.0, 8.0, 5.0), rows.stream().map(IndicatorResult::score).toList());
            assertEquals(List.of(40.0, 20.0, 10.0, 10.0, 5.0), rows.stream().map(IndicatorResult::weight).toList());
            assertEquals(List.of("K12", "K13", "K14", "K15", "K16"),
                    rows.stream().map(IndicatorResult::pointsCell).toList());
            assertEquals(List.of(Achievement.PARTIAL, Achievement.ACHIEVED, Achievement.ACHIEVED, Achievement.PARTIAL,
                    Achievement.ACHIEVED), rows.stream().map(IndicatorResult::achievement).toList());
            // Σ 权重占比 15 + 40 + 20 + 10 + 10 + 5 = 100; 总分 12.93 + 32 + 20 + 10 + 8 + 5 = 87.93 → 良
            assertEquals(100.0, r.weightTotal());
            assertEquals(87.93, r.total());
            assertEquals("良", r.grade());

            List<String> codes = r.findings().stream().map(f -> f.code() + "@" + f.cell()).toList();
            for (String expected : List.of(
                    "LOW_EXECUTION@F5",                  // 86.20% < 90%
                    "SELF_SCORE_CHANGED@K17",            // 单项指标得分 86 → 86.20
                    "SELF_SCORE_CHANGED@M17",            // 折算得分 12.9 → 12.93
                    "STATUS_CONTRADICTS_FIGURES@J17",    // 完成, but 86.20% of the budget spent
                    "STATUS_CONTRADICTS_FIGURES@J12",    // 完成, but 800 of 1000
                    "DEVIATION_ANALYSIS_MISSING@D12",    // 80 < 100, no explanation column
                    "STATUS_CONTRADICTS_FIGURES@J13",    // 未完成, but 100% ≥ 98%
                    "SELF_SCORE_CHANGED@K15",            // 85 → 80
                    "SELF_SCORE_CHANGED@M15",            // 8.5 → 8
                    "DEVIATION_ANALYSIS_MISSING@D15",    // 80 < 100
                    "SELF_TOTAL_CHANGED@M18")) {         // 88.4 → 87.93
                assertTrue(codes.contains(expected), expected + " not in " + codes);
            }
            // 未完成 on 改造机组数 agrees with its 80 points; the rows that met their targets have nothing to explain
            assertTrue(codes.stream().noneMatch(c -> c.endsWith("@J15") || c.endsWith("@D13") || c.endsWith("@D14")
                    || c.endsWith("@D16") || c.startsWith("WEIGHT_TOTAL_NOT_100")), codes.toString());
            Finding status = r.findings().stream().filter(f -> f.cell().equals("J12")).findFirst().orElseThrow();
            assertEquals(Severity.WARNING, status.severity());
            assertEquals("完成情况填“完成”，但按指标值和实际完成值判定为“部分达成”（单项指标得分80）；请核对完成情况或实际完成值",
                    status.message());
            Finding deviation = r.findings().stream()
                    .filter(f -> f.code() == FindingCode.DEVIATION_ANALYSIS_MISSING).findFirst().orElseThrow();
            assertEquals(Severity.WARNING, deviation.severity());
            assertTrue(deviation.message().startsWith("单项指标得分80低于100"), deviation.message());
        }
    }

    /** A blank 权重占比 is WEIGHT_MISSING on it, the row counts 0 (its 单项指标得分 still computed). */
    @Test
    void blankShare_isWeightMissing() throws IOException {
        Workbook wb = new XSSFWorkbook();
        HebeiForm.draw(wb);
        wb.getSheet("自评表").getRow(11).getCell(11).setBlank();
        FormResult r = FormScorer.score(FormLocator.locate(wb).get(0), RuleSettings.national());
        wb.close();
        IndicatorResult area = r.indicators().get(0);
        assertEquals(80.0, area.points());
        assertEquals(0.0, area.score());
        assertTrue(r.findings().stream().anyMatch(f -> f.code() == FindingCode.WEIGHT_MISSING
                && f.cell().equals("L12") && f.message().startsWith("权重占比未填写")), r.findings().toString());
        // 总分 87.93 − 32 = 55.93; weights 100 − 40 = 60
        assertEquals(55.93, r.total());
        assertEquals(60.0, r.weightTotal());
    }
}
