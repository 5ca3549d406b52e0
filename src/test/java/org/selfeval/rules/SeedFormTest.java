package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.cell;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.fundsRow;
import static org.selfeval.rules.TestForms.indicator;
import static org.selfeval.rules.TestForms.only;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/** The seed form (霍邱县总工会 2023, 困难职工送温暖) as the reader would hand it over. */
class SeedFormTest {
    private static FormResult result;

    @BeforeAll
    static void scoreSeed() {
        Form.Funds funds = new Form.Funds("万元",
                new Form.FundsRow("年度资金总额", 6, cell(7, 1, "年度资金总额"), CellValue.number(6, 2, 64),
                        CellValue.number(6, 3, 64), CellValue.number(6, 4, 64), CellValue.number(6, 5, 10),
                        new CellValue(6, 6, "100%", 1.0, true, true), CellValue.number(6, 7, 10)),
                new Form.FundsRow("其中：当年财政拨款", 7, cell(8, 1, "其中：当年财政拨款"), CellValue.number(7, 2, 64),
                        CellValue.number(7, 3, 64), CellValue.number(7, 4, 64), cell(8, 5, "—"), cell(8, 6, ""),
                        cell(8, 7, "—")),
                fundsRow(9, "      上年结转资金", "", "", "", "—", "", "—"),
                fundsRow(10, "  其他资金", "", "", "", "—", "", "—"));
        String out = "产出指标";
        String benefit = "效益指标";
        String sat = "满意度    指标";
        List<Form.IndicatorRow> rows = List.of(
                indicator(18, out, "数量指标", "困难职工人数", "≥500人", "≥500人", "10", "10", "无"),
                indicator(19, out, "质量指标", "所救助的职工是否均符合相关帮扶送温暖政策规定的条件", "是", "是", "10", "10", "无"),
                indicator(20, out, "时效指标", "支出完成时间", "预算年度内", "预算年度内", "10", "10", "无"),
                indicator(21, out, "成本指标", "帮扶送温暖金额", "64万元", "64万元", "10", "10", "无"),
                indicator(22, benefit, "经济效益", "维护职工合法权益", "≥100%", "≥100%", "10", "10", "无"),
                indicator(24, benefit, "社会效益", "帮扶送温暖是否实现常态化", "是", "是", "10", "10", "无"),
                indicator(28, benefit, "可持续影响指标", "项目后续运行、开展", "长期开展", "长期开展", "10", "10", "无"),
                indicator(29, sat, "服务对象满意度指标", "指标1：民生工程调查、县政府目标考核满意度调查", "满意", "满意", "10", "10",
                        "无"),
                indicator(31, sat, "服务对象满意度指标", "指标2：县主管部门满意度", "满意", "满意", "10", "10", "无"),
                indicator(32, sat, "服务对象满意度指标", "指标3：缓解困难职工生活压力", "一定程度上缓解", "一定程度上缓解", "10",
                        "10", "无"));
        Form.TotalRow total = new Form.TotalRow(32, cell(33, 0, "总分"), CellValue.number(32, 6, 100),
                CellValue.number(32, 7, 100));
        Form.Header header = new Form.Header(cell(3, 0, "（2023年度）"), cell(4, 1, "困难职工送温暖"),
                cell(5, 1, "霍邱县总工会"), cell(5, 5, "霍邱县总工会"), 2023);
        Form form = new Form("自评表", 1, header, funds, new Form.Goals(cell(13, 1, "完成对基层工会困难职工的救助"),
                cell(13, 4, "通过该项目的实施")), rows, total, List.of());
        result = FormScorer.score(form, RuleSettings.national());
    }

    @Test
    void funds_fullExecution_scoresWeight_rule5() {
        assertEquals(1.0, result.funds().rate());
        assertEquals(10, result.funds().score());
        assertEquals(64, result.funds().annual());
        assertEquals("G7", result.funds().rateCell());
        assertEquals("H7", result.funds().scoreCell());
    }

    @Test
    void everyIndicator_scoresTen_rules3And4() {
        assertEquals(10, result.indicators().size());
        result.indicators().forEach(i -> assertEquals(10, i.score(), i.row().name().text()));
    }

    @Test
    void kinds_followTheTargets_rule3() {
        List<String> kinds = result.indicators().stream().map(i -> i.kind()).toList();
        assertEquals(List.of("at-least", "qualitative", "qualitative", "at-most", "at-least", "qualitative",
                "qualitative", "qualitative", "qualitative", "qualitative"), kinds);
    }

    @Test
    void weightTotal110_total110_grade优_rule5() {
        assertEquals(110, result.weightTotal());
        assertEquals(110, result.total());
        assertEquals("优", result.grade());
    }

    @Test
    void weightTotalNot100_onTotalRow_rule5() {
        Finding f = only(result, FindingCode.WEIGHT_TOTAL_NOT_100);
        assertEquals("G33", f.cell());
        assertEquals("分值合计为110，应为100", f.message());
    }

    @Test
    void selfTotalChanged_100to110_rule5() {
        Finding f = only(result, FindingCode.SELF_TOTAL_CHANGED);
        assertEquals("H33", f.cell());
        assertTrue(f.message().contains("总分原填100") && f.message().contains("110"), f.message());
    }

    @Test
    void comparisonActuals_areNotQuantified_onTheirRows_rule2() {
        List<Finding> f = findings(result, FindingCode.ACTUAL_NOT_QUANTIFIED);
        assertEquals(List.of("F18", "F22"), f.stream().map(Finding::cell).toList());
        assertEquals("实际完成值“≥500人”是比较式，按下限500人计分；请填写实际数字", f.get(0).message());
        assertEquals("实际完成值“≥100%”是比较式，按下限100%计分；请填写实际数字", f.get(1).message());
    }

    @Test
    void noDeviationAnalysisMissing_allTargetsMet_rule6() {
        assertTrue(findings(result, FindingCode.DEVIATION_ANALYSIS_MISSING).isEmpty(), result.findings().toString());
    }

    @Test
    void categoryWeightsUnusual_40_30_30_rule5() {
        Finding f = only(result, FindingCode.CATEGORY_WEIGHTS_UNUSUAL);
        assertTrue(f.message().contains("预算执行10、产出40、效益30、满意度30"), f.message());
        assertTrue(findings(result, FindingCode.CATEGORY_MISSING).isEmpty());
    }

    @Test
    void onlyTheExpectedFindings_inSheetOrder_rule7() {
        List<String> codes = result.findings().stream().map(f -> f.code() + "@" + f.cell()).toList();
        assertEquals(List.of("ACTUAL_NOT_QUANTIFIED@F18", "CATEGORY_WEIGHTS_UNUSUAL@B18", "ACTUAL_NOT_QUANTIFIED@F22",
                "WEIGHT_TOTAL_NOT_100@G33", "SELF_TOTAL_CHANGED@H33").stream().sorted().toList(),
                codes.stream().sorted().toList());
        List<String> cells = result.findings().stream().map(Finding::cell).toList();
        assertEquals(List.of("B18", "F18", "F22", "G33", "H33"), cells);
    }
}
