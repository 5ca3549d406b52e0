package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.cell;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.CellValue;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.testing.Categorised;

/**
 * LAYOUTS.md F, the 20/80 family (长江禁捕, forms/26), as plain model objects in the form's own columns: funds B label,
 * C 预算数(A), D 执行数(B), E 执行率(B/A), F 得分(20分*执行率) — the weight 20 stated in that header; indicators
 * B 一级, C 二级, D 三级, E 年初目标值(A), F 实际完成值(B), G 得分 — no weight column (the allotted 得分 is the weight),
 * no explanation column; 总分 on row 15; the form-level 偏差大或目标未完成原因分析 text in C16.
 */
class TwentyEightyRulesTest {

    private static Form.Funds funds(String annual, String executed, String score) {
        CellValue stated = new CellValue(5, 5, "得分(20分*执行率)", 20.0, false, false);
        Form.FundsRow total = new Form.FundsRow("年度财政资金总额", 6, cell(7, 1, "年度财政资金总额"), null,
                cell(7, 2, annual), cell(7, 3, executed), stated, cell(7, 4, "1"), cell(7, 5, score));
        return new Form.Funds("万元", total, null, null, null);
    }

    private static Form.IndicatorRow row(int sheetRow, String level1, String level2, String name, String target,
                                         String actual, String score) {
        return new Form.IndicatorRow(sheetRow - 1, cell(sheetRow, 1, level1), cell(sheetRow, 2, level2),
                cell(sheetRow, 3, name), cell(sheetRow, 4, target), cell(sheetRow, 5, actual), null,
                cell(sheetRow, 6, score), null, Categorised.of(level1, level2));
    }

    private static List<Form.IndicatorRow> rows(String output, String satisfaction, String satisfactionActual) {
        return List.of(
                row(11, output, "数量指标", "补贴渔船数", "6", "6", "20"),
                row(12, output, "质量指标", "渔船补贴发放率", "100%", "100%", "10"),
                row(13, output, "时效指标", "12月底之前完成", "100%", "100%", "10"),
                row(14, satisfaction, "服务对象满意度", "退捕渔民抽样调查满意度", "90%", satisfactionActual, "40"));
    }

    private static Form form(String block, List<Form.IndicatorRow> rows, String explanation) {
        return new Form("自评表", 0, TestForms.header("渔业成品油价格改革补贴", "区市场监督管理局", "农业科"),
                funds("1.56", "1.56", "20"), null, rows,
                new Form.TotalRow(14, cell(15, 1, "总分"), null, cell(15, 6, "100")), List.of(),
                cell(9, 1, block), cell(16, 2, explanation));
    }

    @Test
    void fishingBan_asPublished_byHand() {
        FormResult r = FormScorer.score(form("年度绩效目标(80分)", rows("产出指标", "满意度指标", "≥90%"), "无"),
                RuleSettings.national());
        // funds: 20 × min(1, 1.56 / 1.56) = 20; rows: 6 ≥ 6 → 20; 100% → 10; 100% → 10;
        // ≥90% read at its bound 90 against 90 → 40 (ACTUAL_NOT_QUANTIFIED); total 20 + 20 + 10 + 10 + 40 = 100
        assertEquals(20, r.funds().score());
        assertEquals(List.of(20.0, 10.0, 10.0, 40.0), r.indicators().stream().map(i -> i.score()).toList());
        assertEquals(100, r.total());
        assertEquals(100, r.weightTotal());
        // nothing missed: the placeholder 无 in the form-level cell is enough; (80分) = 20 + 10 + 10 + 40
        assertTrue(findings(r, FindingCode.DEVIATION_ANALYSIS_MISSING).isEmpty());
        assertTrue(findings(r, FindingCode.CATEGORY_WEIGHT_MISMATCH).isEmpty());
    }

    @Test
    void missedTarget_placeholderInFormLevelCell_namesTheRow_onThatCell() {
        FormResult r = FormScorer.score(form("年度绩效目标(80分)", rows("产出指标", "满意度指标", "85%"), "无"),
                RuleSettings.national());
        // 40 × 85 / 90 = 37.777… → 37.78; total 20 + 20 + 10 + 10 + 37.78 = 97.78
        assertEquals(37.78, r.indicators().get(3).score());
        assertEquals(97.78, r.total());
        var f = only(r, FindingCode.DEVIATION_ANALYSIS_MISSING);
        assertEquals("C16", f.cell());
        assertEquals("以下指标须说明偏差原因：第14行“退捕渔民抽样调查满意度”（得分37.78低于分值40）；"
                + "请在“偏差大或目标未完成原因分析”栏填写（现为“无”）", f.message());
    }

    @Test
    void missedTarget_realFormLevelExplanation_meetsRule6() {
        FormResult r = FormScorer.score(form("年度绩效目标(80分)", rows("产出指标", "满意度指标", "85%"),
                "部分退捕渔民转产就业尚未稳定，满意度未达目标；下年度加强技能培训"), RuleSettings.national());
        assertTrue(findings(r, FindingCode.DEVIATION_ANALYSIS_MISSING).isEmpty());
    }

    @Test
    void blockStating80_partsStating60And40_isCategoryWeightMismatch() {
        FormResult r = FormScorer.score(form("年度绩效目标(80分)", rows("产出指标(60分)", "满意度指标(40分)", "≥90%"), "无"),
                RuleSettings.national());
        // stated parts 60 + 40 = 100 ≠ 80 (on the block label B9); 产出指标(60分) over rows 20 + 10 + 10 = 40 as well
        var block = findings(r, FindingCode.CATEGORY_WEIGHT_MISMATCH).stream().filter(f -> f.cell().equals("B9"))
                .toList();
        assertEquals(1, block.size());
        assertEquals("年度绩效目标(80分)标明80分，其下一级指标标明的分值合计为100（产出指标(60分)、满意度指标(40分)）；请核对分值",
                block.get(0).message());
        assertEquals(2, findings(r, FindingCode.CATEGORY_WEIGHT_MISMATCH).size());
    }

    @Test
    void satisfactionUnderBenefit_asLevel2_countsAsSatisfaction() {
        FormResult r = FormScorer.score(form("年度绩效目标(80分)", List.of(
                row(11, "过程指标", "资金管理", "资金到位率", "100%", "100%", "20"),
                row(12, "产出指标", "数量指标", "补贴渔船数", "6", "6", "20"),
                row(13, "效益指标", "社会效益", "禁捕秩序", "稳定", "稳定", "20"),
                row(14, "效益指标", "服务对象满意度", "退捕渔民满意度", "90%", "95%", "20")), "无"),
                RuleSettings.national());
        // 产出, 效益 and 满意度 (a 二级 under 效益) are all there: no CATEGORY_MISSING; 过程指标 is scored like any row
        assertTrue(findings(r, FindingCode.CATEGORY_MISSING).isEmpty(), r.findings().toString());
        assertEquals(100, r.total());
    }
}
