package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.fundsRow;
import static org.selfeval.rules.TestForms.indicator;
import static org.selfeval.rules.TestForms.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/** Forms from /work/shared/forms, with the expected figures worked out by hand from RULES.md. */
class PublishedFormsTest {

    private static FormResult score(Form.Funds funds, List<Form.IndicatorRow> rows, Form.TotalRow total) {
        return FormScorer.score(TestForms.form(funds, rows, total), RuleSettings.national());
    }

    /** 01 永德县明朗中学 2022, funds in 元, targets split 指标性质|指标值|度量单位 and joined by the reader. */
    @Test
    void yongde_selfScoresCorrected_equalTargetMissed_rules3To6() {
        Form.Funds funds = new Form.Funds("元",
                fundsRow(7, "年度资金总额", "", "387664.62", "387664.62", "10", "100%", "10"),
                fundsRow(8, "其中:当年财政拨款", "", "387664.62", "387664.62", "—", "", "—"),
                fundsRow(9, "上年结转资金", "", "", "—", "", "", "—"),
                fundsRow(10, "其他资金", "—", "—", "—", "—", "", "—"));
        String out = "产出指标";
        String ben = "效益指标";
        String sat = "满意度指标";
        List<Form.IndicatorRow> rows = List.of(
                indicator(15, out, "数量指标", "学生受资助人数", "≧735人次", "735", "10", "10", ""),
                indicator(16, out, "质量指标", "营养改善计划覆盖率", "≧100%", "100%", "10", "10", ""),
                indicator(17, out, "时效指标", "资金到位及时率", "≧100%", "100%", "10", "7", ""),
                indicator(18, out, "成本指标", "生均补助标准达标率", "═100%", "100%", "10", "10", ""),
                indicator(19, ben, "经济效益指标", "减轻贫困学生家庭经济负担", "有效", "有效", "10", "10", ""),
                indicator(20, ben, "社会效益指标", "政策知晓率", "═100%", "98%", "10", "9", ""),
                indicator(22, ben, "可持续影响指标", "促进学校教育事业健康发展", "≧100%", "100%", "10", "10", ""),
                indicator(23, sat, "服务对象满意度指标等", "学生满意度", "≧95%", "100%", "10", "10", ""),
                indicator(24, sat, "服务对象满意度指标等", "家长满意度", "≧95%", "100%", "10", "10", ""));
        FormResult r = score(funds, rows, TestForms.total(26, "100", "96"));

        assertEquals(1.0, r.funds().rate());
        assertEquals(10, r.funds().score());
        // 资金到位及时率: 100% ≥ 100% → 10, the unit wrote 7
        assertEquals(10, r.indicators().get(2).score());
        // 生均补助标准达标率 under 成本指标 but written ═: equal, met
        assertEquals("equal", r.indicators().get(3).kind());
        assertEquals(10, r.indicators().get(3).score());
        // 政策知晓率: ═100% with T > 0 scored like at least: 10 × 98 / 100 = 9.8
        assertEquals(9.8, r.indicators().get(5).score());
        // weights 10 + 9 × 10 = 100; total 10 + 8 × 10 + 9.8 = 99.8
        assertEquals(100, r.weightTotal());
        assertEquals(99.8, r.total());
        assertEquals("优", r.grade());

        List<Finding> changed = findings(r, FindingCode.SELF_SCORE_CHANGED);
        assertEquals(List.of("H17", "H20"), changed.stream().map(Finding::cell).toList());
        assertEquals("得分原填7，按评分规则计算为10，已改为计算值（原值见批注）", changed.get(0).message());
        assertTrue(changed.get(1).message().startsWith("得分原填9，按评分规则计算为9.8"));

        Finding deviation = only(r, FindingCode.DEVIATION_ANALYSIS_MISSING);
        assertEquals("I20", deviation.cell());
        assertTrue(deviation.message().contains("得分9.8低于分值10"), deviation.message());

        Finding total = only(r, FindingCode.SELF_TOTAL_CHANGED);
        assertTrue(total.message().contains("总分原填96，按评分规则计算为99.8"), total.message());
        assertTrue(findings(r, FindingCode.WEIGHT_TOTAL_NOT_100).isEmpty());
        // 产出 40, 效益 30, 满意度 20
        assertTrue(only(r, FindingCode.CATEGORY_WEIGHTS_UNUSUAL).message().contains("产出40、效益30、满意度20"));
    }

    /** 03 上海市普陀区体育事业管理中心 2022: 执行率 215,457.6 / 250,000 = 86.18304% → 8.62. */
    @Test
    void putuo_lowExecution_proportionalFundsScore_rule5() {
        Form.Funds funds = new Form.Funds("元",
                fundsRow(7, "年度资金总额", "250000.00", "250000.00", "215,457.6", "10", "86.19%", "8.62"),
                fundsRow(8, "其中:当年财政拨款", "250000.00", "250000.00", "215457.6", "", "", "—"),
                fundsRow(9, "上年结转资金", "0", "0", "", "", "", "—"),
                fundsRow(10, "其他资金", "0", "0", "", "", "", "—"));
        List<Form.IndicatorRow> rows = List.of(
                indicator(15, "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", "10", "10", ""),
                indicator(16, "产出指标", "质量指标", "合同结算条款完成率", "=100%", "100%", "20", "20", ""),
                indicator(17, "产出指标", "时效指标", "费用结算及时性", "及时", "及时", "20", "20", ""),
                indicator(18, "效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", "30", "30", ""),
                indicator(19, "满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", "10", "10", ""));
        FormResult r = score(funds, rows, TestForms.total(20, "100", "98.62"));

        assertEquals(215457.6 / 250000, r.funds().rate(), 1e-12);
        assertEquals(8.62, r.funds().score());
        assertEquals(250000, r.funds().initial());
        assertEquals(98.62, r.total());
        assertEquals(100, r.weightTotal());
        assertEquals("优", r.grade());
        // the only finding: 86.18% is below 90%
        Finding low = only(r, FindingCode.LOW_EXECUTION);
        assertEquals("G7", low.cell());
        assertTrue(low.message().startsWith("执行率为86.18%（全年执行数215457.6 / 全年预算数250000）"), low.message());
        assertEquals(1, r.findings().size(), r.findings().toString());
    }

    /** 07 贵池区 2023 (cut off): 年度资金总额 row 0, parts filled; 产出指标(50分) adds up. */
    @Test
    void guichi_fundsFromParts_statedCategoryWeightMatches_rule5() {
        Form.Funds funds = new Form.Funds("万元",
                fundsRow(7, "年度资金总额:", "0", "0", "0", "10", "0", "0"),
                fundsRow(8, "其中:本年财政拨款", "90", "89.974", "89.974", "", "", ""),
                fundsRow(9, "上年结转资金", "", "", "", "", "", ""),
                fundsRow(10, "其他资金", "", "", "", "", "", ""));
        String out = "产出指标(50分)";
        String ben = "效益指标(30分)";
        List<Form.IndicatorRow> rows = List.of(
                indicator(15, out, "数量指标", "基建工程委托业务项目数量", "≥50个", "50", "8", "8", ""),
                indicator(16, out, "质量指标", "委托业务报告合格率", "≥100百分比", "100", "8", "8", ""),
                indicator(17, out, "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8", ""),
                indicator(18, out, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", "8", "8", ""),
                indicator(19, out, "成本指标", "项目总成本", "≤90万元", "90", "8", "8", ""),
                indicator(20, out, "成本指标", "单项业务成本", "符合相关规定", "达成预期指标", "10", "10", ""),
                indicator(21, ben, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", "10", "10", ""),
                indicator(22, ben, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", "10", "10", ""),
                indicator(23, ben, "可持续影响指标", "持续性影响", "效果明显", "达成预期指标", "10", "10", ""));
        FormResult r = score(funds, rows, null);

        Finding parts = only(r, FindingCode.FUNDS_TOTAL_FROM_PARTS);
        assertEquals("G7", parts.cell());
        assertEquals(89.974, r.funds().annual());
        assertEquals(1.0, r.funds().rate(), 1e-12);
        assertEquals(10, r.funds().score());
        assertTrue(findings(r, FindingCode.FUNDS_BREAKDOWN_MISMATCH).isEmpty());
        assertTrue(findings(r, FindingCode.CATEGORY_WEIGHT_MISMATCH).isEmpty());
        // every row full marks: 10 + 50 + 30 = 90 (the published copy lacks the 满意度 rows)
        r.indicators().forEach(i -> assertEquals(i.weight(), i.score(), i.row().name().text()));
        assertEquals(90, r.total());
        assertEquals(90, r.weightTotal());
        // no 总分 row in the cut-off copy: the finding sits on the funds 得分 cell
        assertEquals("H7", only(r, FindingCode.WEIGHT_TOTAL_NOT_100).cell());
        assertTrue(only(r, FindingCode.CATEGORY_MISSING).message().contains("满意度"));
    }

    /** 09 濉溪县 (cut off): short at-least, at-most over target, compound units. */
    @Test
    void suixi_shortAndOverTargets_needExplanations_rules3And6() {
        String out = "产出指标(50分)";
        List<Form.IndicatorRow> rows = List.of(
                indicator(15, out, "数量指标", "特困人员救助供养人数", ">=4754人", "4604人", "5", "5", "特困人员实行动态管理"),
                indicator(16, out, "数量指标", "建档立卡贫困人口中接受临时救助的人次数", ">=59人次", "87人次", "5", "5", ""),
                indicator(17, out, "质量指标", "★农村低保标准", ">=530元/人*月", "583元/人*月", "5", "5", ""),
                indicator(18, out, "质量指标", "扶贫临时救助标准", "<=5300元/户", "5830元/户", "10", "10", ""));
        FormResult r = score(TestForms.funds("30", "30", "10", "10"), rows, null);

        // 5 × 4604 / 4754 = 4.842… → 4.84, explained in the deviation cell
        assertEquals(4.84, r.indicators().get(0).score());
        // 87 / 59 = 147% ≥ 130%: full marks, but the target looks set too low
        assertEquals(5, r.indicators().get(1).score());
        assertEquals(5, r.indicators().get(2).score());
        // 10 × 5300 / 5830 = 9.09
        assertEquals("at-most", r.indicators().get(3).kind());
        assertEquals(9.09, r.indicators().get(3).score());
        List<Finding> missing = findings(r, FindingCode.DEVIATION_ANALYSIS_MISSING);
        assertEquals(List.of("I16", "I18"), missing.stream().map(Finding::cell).toList());
        assertTrue(missing.get(0).message().contains("147.46%"), missing.get(0).message());
        assertTrue(findings(r, FindingCode.UNIT_MISMATCH).isEmpty());
        // 4 rows of 产出指标(50分) add up to 25
        Finding mismatch = only(r, FindingCode.CATEGORY_WEIGHT_MISMATCH);
        assertEquals("B15", mismatch.cell());
        assertEquals("产出指标(50分)标明50分，其下各三级指标分值合计为25；请核对分值", mismatch.message());
        assertNull(r.form().total());
    }
}
