package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.cell;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Achievement;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.testing.Categorised;

/**
 * LAYOUTS.md G, forms with no 分值 / 得分 anywhere (湖北 蔡甸 区级 森林防火, forms/24): checked, not scored. Plain
 * model objects in the form's own columns: funds B 资金来源, C 预算数(A), D 执行数(B), E 执行率(B/A) with 合计
 * last; indicators B 一级, C 二级, D 三级, E 年初目标值, F 实际完成值, G 未完成原因及改进措施 — no weight, no score.
 */
class UnscoredFormTest {

    private static Form.FundsRow fundsRow(int sheetRow, String label, String annual, String executed) {
        return new Form.FundsRow(label, sheetRow - 1, cell(sheetRow, 1, label), null, cell(sheetRow, 2, annual),
                cell(sheetRow, 3, executed), null, cell(sheetRow, 4, ""), null);
    }

    private static Form.IndicatorRow row(int sheetRow, String level1, String level2, String name, String target,
                                         String actual, String deviation) {
        return new Form.IndicatorRow(sheetRow - 1, cell(sheetRow, 1, level1), cell(sheetRow, 2, level2),
                cell(sheetRow, 3, name), cell(sheetRow, 4, target), cell(sheetRow, 5, actual), null, null,
                cell(sheetRow, 6, deviation), Categorised.of(level1, level2));
    }

    /** forms/24 with the 实际完成值 the capture lost filled in (as in the sample workbook). */
    private static List<Form.IndicatorRow> caidianRows() {
        String ok = "達成預期指標";
        List<Form.IndicatorRow> rows = new ArrayList<>();
        rows.add(row(12, "產出指標", "產出數量", "滅火設備配備率", "100%", "1000件", ok));
        rows.add(row(13, "產出指標", "產出數量", "監控系統維護率", "100%", "5個", ok));
        rows.add(row(14, "產出指標", "產出質量", "森林火災火因查明率", "不低于95%", "97%", ok));
        rows.add(row(15, "產出指標", "產出質量", "森林火災案件查處率", "不低于90%", "85%", ok));
        rows.add(row(16, "產出指標", "產出時效", "森林火災6小時內撲滅率", "不低于95%", "100%", ok));
        rows.add(row(17, "產出指標", "產出成本", "成本控制數(萬元)", "63", "63", ok));
        rows.add(row(18, "效益指標", "社會效益", "重大森林火災", "0起", "0起", ok));
        rows.add(row(19, "效益指標", "社會效益", "公眾知曉度是否明顯提高", "是", "是", ok));
        rows.add(row(20, "效益指標", "生態效益", "森林火災受害面積", "小于0.9‰", "0.5‰", ok));
        rows.add(row(21, "效益指標", "經濟效益", "人員傷亡事故", "0人次", "0人次", ok));
        rows.add(row(22, "效益指標", "可持續影響", "森林防火監控設備的有效率", "90%", "88%", ok));
        rows.add(row(23, "滿意度指標", "服務對象滿意度", "社會公眾滿意度", "≥90%", "95%", ok));
        return rows;
    }

    private static Form form(Form.Funds funds, List<Form.IndicatorRow> rows) {
        return new Form("自评表", 0, TestForms.header("區級森林防火專項經費", "區園林和林業局", "區園林和林業局"), funds,
                null, rows, null, List.of());
    }

    private static Form.Funds caidianFunds(String annual, String executed) {
        // 资金来源 rows with the total 合计 LAST
        Form.FundsRow part = fundsRow(7, "一般預算內撥款", annual, executed);
        Form.FundsRow total = fundsRow(8, "合計", annual, executed);
        return new Form.Funds("万元", total, part, null, null);
    }

    @Test
    void caidian_checkedNotScored_eachRowJudged_byHand() {
        FormResult r = FormScorer.score(form(caidianFunds("63", "63"), caidianRows()), RuleSettings.national());
        assertFalse(r.scored());
        assertEquals(FormResult.UNSCORED_GRADE, r.grade());
        // 执行率 = 63 / 63 = 100%, written into the 合计 row's 执行率 cell E8
        assertEquals(1.0, r.funds().rate());
        assertEquals("E8", r.funds().rateCell());
        assertEquals(0, r.funds().weight());
        // by hand, RULES.md §3/§4 with w = 1:
        //  1 100% vs 1000件 (units disagree), 2 100% vs 5個 (not a figure) → words, nothing readable → review
        //  3 ≥95% vs 97%: met → achieved; 4 ≥90% vs 85%: 85/90 = 0.944 (≥ 0.6) → partial
        //  5 ≥95% vs 100% → achieved; 6 成本 63 vs 63 (bare figure under 产出成本 = at most) → achieved
        //  7 0起 vs 0起 → achieved; 8 是 vs 是 → achieved; 9 <0.9‰ vs 0.5‰ → achieved; 10 0人次 → achieved
        //  11 90% vs 88%: 88/90 = 0.978 → partial; 12 ≥90% vs 95% → achieved
        List<Achievement> expected = List.of(Achievement.REVIEW, Achievement.REVIEW, Achievement.ACHIEVED,
                Achievement.PARTIAL, Achievement.ACHIEVED, Achievement.ACHIEVED, Achievement.ACHIEVED,
                Achievement.ACHIEVED, Achievement.ACHIEVED, Achievement.ACHIEVED, Achievement.PARTIAL,
                Achievement.ACHIEVED);
        assertEquals(expected, r.indicators().stream().map(FormResult.IndicatorResult::achievement).toList());
        // judged rows 3..12 = 10, achieved 8 → 达成率 8 / 10 = 0.8
        assertEquals(0.8, r.achievedShare(), 1e-9);
        // rows with no score: nothing is written into the sheet
        assertTrue(r.indicators().stream().allMatch(i -> i.scoreCell() == null && i.weight() == null));
    }

    @Test
    void caidian_noWeightCategoryOrTotalFindings_andNoScoreReview() {
        FormResult r = FormScorer.score(form(caidianFunds("63", "63"), caidianRows()), RuleSettings.national());
        List<FindingCode> codes = r.findings().stream().map(f -> f.code()).distinct().toList();
        // row 12: 1000件 against 100% (units disagree); row 13: 5個 is not read as a figure (個 is no unit the value
        // parser knows), so both are words needing review; the explanations are filled (達成預期指標 is no placeholder)
        assertEquals(List.of(FindingCode.UNIT_MISMATCH, FindingCode.QUALITATIVE_NEEDS_REVIEW,
                FindingCode.ACTUAL_NOT_QUANTIFIED), codes);
        assertEquals(List.of("F12", "F12", "F13", "F13"), r.findings().stream().map(f -> f.cell()).toList());
        assertEquals("无法判断实际完成值是否达到指标值；请人工复核",
                findings(r, FindingCode.QUALITATIVE_NEEDS_REVIEW).get(0).message());
    }

    @Test
    void missedTarget_withPlaceholderExplanation_isDeviationMissing_rule6() {
        List<Form.IndicatorRow> rows = new ArrayList<>(caidianRows());
        rows.set(3, row(15, "產出指標", "產出質量", "森林火災案件查處率", "不低于90%", "85%", "無"));
        FormResult r = FormScorer.score(form(caidianFunds("63", "63"), rows), RuleSettings.national());
        var f = only(r, FindingCode.DEVIATION_ANALYSIS_MISSING);
        assertEquals("G15", f.cell());
        assertEquals("实际完成值未达到年度指标值（判定为“部分达成”），须填写偏差原因分析及改进措施（现为“無”）", f.message());
    }

    @Test
    void missingActual_isNotAchieved_andMissingTarget_isReview() {
        List<Form.IndicatorRow> rows = List.of(
                row(12, "產出指標", "產出數量", "滅火設備配備率", "100%", "", "無"),
                row(13, "產出指標", "產出數量", "監控系統維護率", "", "100%", "無"));
        FormResult r = FormScorer.score(form(caidianFunds("63", "63"), rows), RuleSettings.national());
        assertEquals(List.of(Achievement.NOT_ACHIEVED, Achievement.REVIEW),
                r.indicators().stream().map(FormResult.IndicatorResult::achievement).toList());
        // one judged row, none achieved → 0
        assertEquals(0.0, r.achievedShare());
        assertEquals("实际完成值未填写，无法核对，无法判断是否完成；请填写实际完成值",
                only(r, FindingCode.ACTUAL_MISSING).message());
        assertTrue(findings(r, FindingCode.WEIGHT_MISSING).isEmpty());
    }

    @Test
    void lowExecution_stillFlagged_butNoFundsScoreOrWeight() {
        // 执行率 50 / 63 = 79.37% < 90%
        FormResult r = FormScorer.score(form(caidianFunds("63", "50"), caidianRows()), RuleSettings.national());
        assertEquals(50.0 / 63, r.funds().rate(), 1e-12);
        assertEquals("执行率为79.37%（全年执行数50 / 全年预算数63），低于90%；请说明执行偏低的原因",
                only(r, FindingCode.LOW_EXECUTION).message());
        assertEquals(0, r.funds().score());
        assertTrue(findings(r, FindingCode.WEIGHT_MISSING).isEmpty());
    }

    @Test
    void everyScoredRowCarriesAchievement_too() {
        FormResult r = TestForms.scoreOne(TestForms.indicator(18, "产出指标", "数量指标", "人数", "≥100人", "70人", "10",
                "", "原因"));
        // 10 × 70 / 100 = 7 → 0.7 of the weight: at least the partial band (0.6) → partial
        assertEquals(7, r.indicators().get(0).score());
        assertEquals(Achievement.PARTIAL, r.indicators().get(0).achievement());
        assertTrue(r.scored());
        assertEquals(0.0, r.achievedShare());
        FormResult low = TestForms.scoreOne(TestForms.indicator(18, "产出指标", "数量指标", "人数", "≥100人", "50人", "10",
                "", "原因"));
        // 10 × 50 / 100 = 5 → 0.5 < 0.6 → not achieved
        assertEquals(Achievement.NOT_ACHIEVED, low.indicators().get(0).achievement());
        FormResult full = TestForms.scoreOne(TestForms.row("≥100人", "100人"));
        assertEquals(Achievement.ACHIEVED, full.indicators().get(0).achievement());
        assertEquals(1.0, full.achievedShare());
        assertNull(FormResult.achievedShare(List.of()));
    }
}
