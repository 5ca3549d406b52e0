package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.indicator;
import static org.selfeval.rules.TestForms.only;
import static org.selfeval.rules.TestForms.row;
import static org.selfeval.rules.TestForms.scoreOne;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Category;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.model.FormResult.IndicatorResult;

/** Row-level rules as they come out of FormScorer: §2 value handling, §3 missing values, findings of §7. */
class IndicatorRulesTest {

    private static IndicatorResult first(FormResult r) {
        return r.indicators().get(0);
    }

    /** A 合格率 row on sheet row 17 whose 实际完成值 is the given cell (a stored number, a %-formatted cell). */
    private static Form.IndicatorRow actualCell(String target, CellValue actual, double weight) {
        return new Form.IndicatorRow(17, CellValue.text(17, 1, "产出指标"), CellValue.text(17, 2, "质量指标"),
                CellValue.text(17, 3, "合格率"), CellValue.text(17, 4, target), actual, CellValue.number(17, 6, weight),
                CellValue.blank(17, 7), CellValue.text(17, 8, "部分项目未验收"), Category.OUTPUT);
    }

    /** A number cell formatted as a percentage, showing {@code shown}. */
    private static CellValue percentCell(String shown, double fraction) {
        return new CellValue(17, 5, shown, fraction, true, false);
    }

    private static Form.IndicatorRow numberActual(String target, double actual) {
        return actualCell(target, CellValue.number(17, 5, actual), 10);
    }

    @Test
    void targetMissing_scoresZero_selfScoreInMessage_rule3() {
        FormResult r = scoreOne(indicator(18, "产出指标", "数量指标", "培训人数", "", "500人", "10", "10", "已说明"));
        assertEquals(0, first(r).score());
        Finding f = only(r, FindingCode.TARGET_MISSING);
        assertEquals("E18", f.cell());
        assertTrue(f.message().contains("原自评得分10"), f.message());
        assertTrue(findings(r, FindingCode.TARGET_IN_NAME).isEmpty());
    }

    @Test
    void targetInName_besideTargetMissing_rule7() {
        FormResult r = scoreOne(indicator(18, "产出指标", "时效指标", "年度资金支付完成率100%", "", "", "10", "", ""));
        assertEquals("E18", only(r, FindingCode.TARGET_MISSING).cell());
        assertEquals("D18", only(r, FindingCode.TARGET_IN_NAME).cell());
        assertEquals("F18", only(r, FindingCode.ACTUAL_MISSING).cell());
    }

    @Test
    void actualMissing_dash_scoresZero_andNeedsExplanation_rules3And6() {
        FormResult r = scoreOne(row("≥500人", "—"));
        assertEquals(0, first(r).score());
        assertEquals("F18", only(r, FindingCode.ACTUAL_MISSING).cell());
        assertTrue(only(r, FindingCode.DEVIATION_ANALYSIS_MISSING).message().startsWith("实际完成值未填写"));
    }

    @Test
    void weightMissing_onIndicator_isErrorAndScoresZero_rule7() {
        FormResult r = scoreOne(indicator(18, "产出指标", "数量指标", "示范区建立", "≧20000亩", "20000亩", "", "15", ""));
        Finding f = only(r, FindingCode.WEIGHT_MISSING);
        assertEquals("G18", f.cell());
        assertEquals(FindingCode.WEIGHT_MISSING.severity(), f.severity());
        assertEquals(null, first(r).weight());
        assertEquals(0, first(r).score());
        assertEquals(15.0, first(r).selfScore());
    }

    @Test
    void unitMismatch_scoredAsWords_rule2() {
        FormResult r = scoreOne(indicator(18, "产出指标", "数量指标", "慰问", "≥500人", "520户", "10", "9", "说明"));
        Finding f = only(r, FindingCode.UNIT_MISMATCH);
        assertEquals("F18", f.cell());
        assertTrue(f.message().contains("“户”") && f.message().contains("“人”"), f.message());
        // words: 520户 is neither equal nor affirmative → self-score kept for review
        assertEquals(9, first(r).score());
        assertEquals("H18", only(r, FindingCode.QUALITATIVE_NEEDS_REVIEW).cell());
    }

    @Test
    void moneyUnits_convert_万元Against元_rule2() {
        FormResult r = scoreOne(indicator(18, "产出指标", "成本指标", "总成本", "≤64万元", "630000元", "10", "", ""));
        assertEquals(10, first(r).score());
        assertTrue(findings(r, FindingCode.UNIT_MISMATCH).isEmpty());
    }

    @Test
    void bareActual_takesTargetUnit_rule2() {
        // 95 against ≥95% is 95%, not 95 (= 9500%)
        FormResult met = scoreOne(row("≥95%", "95"));
        assertEquals(10, first(met).score());
        FormResult percentCell = scoreOne(actualCell("≥95%", percentCell("76%", 0.76), 10));
        // 10 × 76 / 95 = 8
        assertEquals(8, first(percentCell).score());
    }

    @Test
    void wordActual_againstFigureTarget_notQuantified_scoredAsWords_rule2() {
        FormResult r = scoreOne(indicator(18, "产出指标", "成本指标", "成本", "≤30万元", "完成", "10", "", ""));
        Finding f = only(r, FindingCode.ACTUAL_NOT_QUANTIFIED);
        assertEquals("F18", f.cell());
        assertEquals(10, first(r).score());
        assertEquals("at-most", first(r).kind());
    }

    @Test
    void approximateActual_usesFigure_info_rule2() {
        FormResult r = scoreOne(row("≥600次", "700余次"));
        assertEquals(10, first(r).score());
        Finding f = only(r, FindingCode.APPROXIMATE_FIGURE);
        assertEquals("F18", f.cell());
        assertEquals("实际完成值“700余次”是约数，按700次计；请填写准确数字", f.message());
    }

    /** RULES.md §2-§4: what kind of target a row has and what it scores (weight 10, no self score). */
    @ParameterizedTest(name = "{0}: {1}/{2}/{3} {4} against {5} → {7}, {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # meaning | 一级 | 二级 | 三级 | target | actual | deviation cell (- blank) | kind | score
            a bare target is at least (rule 2): 10 × 400 / 500 | 产出指标 | 数量指标 | 指标 | 500人 | 400人 | - | at-least | 8
            but at most under 成本指标 (rule 2): 10 × 64 / 80  | 产出指标 | 成本指标 | 金额 | 64万元 | 80万元 | 超支说明 | at-most | 8
            a range target (rule 3): 10 × 95 / 99 = 9.5959…    | 产出指标 | 数量指标 | 指标 | 90%-95% | 99% | - | range | 9.6
            an equal target of zero, an actual above it scores 0 (rule 3) | 效益指标 | 社会效益指标 | 安全事故 | =0起 | 1起 | 发生一起事故 | equal | 0
            a deadline target is qualitative, met by an earlier month (rule 4) | 产出指标 | 数量指标 | 指标 | 9月前 | 7月 | - | qualitative | 10
            """)
    void targetKind_andScore_rules2To4(String meaning, String level1, String level2, String name, String target,
                                       String actual, String deviation, String kind, double score) {
        FormResult r = scoreOne(indicator(18, level1, level2, name, target, actual, "10", "",
                deviation == null ? "" : deviation));
        assertEquals(kind, first(r).kind());
        assertEquals(score, first(r).score());
    }

    @Test
    void deadlineTarget_missedByALaterMonth_needsReview_rule4() {
        FormResult late = scoreOne(row("9月前", "10月"));
        assertEquals(3, first(late).score());
        assertEquals("H18", only(late, FindingCode.SCORE_NEEDS_REVIEW).cell());
    }

    @Test
    void selfScoreOutOfBand_alsoReportsChange_rule4And5() {
        FormResult r = scoreOne(indicator(18, "满意度指标", "服务对象满意度指标", "满意度", "满意", "基本满意", "10", "9", "部分群众反映"));
        assertEquals(7.99, first(r).score());
        assertEquals("H18", only(r, FindingCode.SELF_SCORE_OUT_OF_BAND).cell());
        assertTrue(only(r, FindingCode.SELF_SCORE_CHANGED).message().startsWith("得分原填9，按评分规则计算为7.99"));
    }

    @Test
    void selfScoreWithinACent_notChanged_rule5() {
        FormResult r = scoreOne(indicator(18, "产出指标", "数量指标", "人数", "≥100人", "98人", "10", "9.81", "差2人"));
        assertEquals(9.8, first(r).score());
        assertTrue(findings(r, FindingCode.SELF_SCORE_CHANGED).isEmpty());
    }

    @Test
    void percentFigures_roundToTheCent_rule3() {
        // 3 × 36.4% / 80% = 1.365 → 1.37 (both sides in %, converted to fractions before the ratio)
        FormResult text = scoreOne(indicator(18, "产出指标", "质量指标", "合格率", "≥80%", "36.4%", "3", "", "未达标"));
        assertEquals(1.37, first(text).score());
        // a cell holding 0.575 formatted 0% is 57.5%: 1 × 57.5 / 100 = 0.575 → 0.58
        FormResult percentCell = scoreOne(actualCell("≥100%", percentCell("58%", 0.575), 1));
        assertEquals(0.58, first(percentCell).score());
    }


    @Test
    void bareFractionActual_againstPercentTarget_isAPercentage_rule2() {
        // 0.98 in a cell without a % format against ≥95%: 98%, met (not 0.98% = 10 × 0.98 / 95 = 0.1)
        FormResult met = scoreOne(numberActual("≥95%", 0.98));
        assertEquals(10, first(met).score());
        Finding f = only(met, FindingCode.ACTUAL_NOT_QUANTIFIED);
        assertEquals("F18", f.cell());
        assertTrue(f.message().contains("98%"), f.message());
        // 0.9 → 90%: 10 × 90 / 95 = 9.473… → 9.47
        assertEquals(9.47, first(scoreOne(numberActual("≥95%", 0.9))).score());
        // typed as text too
        assertEquals(10, first(scoreOne(row("≥95%", "1"))).score());
        // a small percentage target keeps the figure as written: 0.98 against ≥1% is 0.98%, 10 × 0.98 / 1 = 9.8
        FormResult small = scoreOne(numberActual("≥1%", 0.98));
        assertEquals(9.8, first(small).score());
        assertTrue(findings(small, FindingCode.ACTUAL_NOT_QUANTIFIED).isEmpty());
    }

    @Test
    void rangeActual_scoredAtItsLessFavourableEnd_rule2And3() {
        // ≥95% against 90%-98%: the low end, 10 × 90 / 95 = 9.47
        FormResult atLeast = scoreOne(row("≥95%", "90%-98%"));
        assertEquals(9.47, first(atLeast).score());
        assertEquals("F18", only(atLeast, FindingCode.ACTUAL_NOT_QUANTIFIED).cell());
        assertEquals("at-least", first(atLeast).kind());
        // ≤30天 against 25-35天: the high end, 10 × 30 / 35 = 8.571… → 8.57
        assertEquals(8.57, first(scoreOne(row("≤30天", "25-35天"))).score());
        // range target 90%-95% against 92%-97%: 92 inside scores 10, 97 above scores 10 × 95 / 97 = 9.79
        assertEquals(9.79, first(scoreOne(row("90%-95%", "92%-97%"))).score());
        // both ends met: full weight
        assertEquals(10, first(scoreOne(row("≥90%", "95%-98%"))).score());
        // units that disagree stay a unit mismatch, reported once
        FormResult mismatch = scoreOne(row("≥95%", "3-5个"));
        assertEquals(1, findings(mismatch, FindingCode.UNIT_MISMATCH).size());
    }

    @Test
    void figureFollowedByWords_isNotAUnitMismatch_rule2() {
        // 100合格 is words (合格 is no unit): not a UNIT_MISMATCH error about a unit “合格”, but a word actual
        FormResult r = scoreOne(row("≥95%", "100合格"));
        assertTrue(findings(r, FindingCode.UNIT_MISMATCH).isEmpty());
        assertEquals("F18", only(r, FindingCode.ACTUAL_NOT_QUANTIFIED).cell());
        assertEquals(10, first(r).score());
    }
}
