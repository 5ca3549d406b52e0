package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.cell;
import static org.selfeval.rules.TestForms.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/**
 * LAYOUTS.md D, 重庆 部门整体 (forms/21): a flat indicator list, no 一级/二级 column. Plain model objects: funds
 * B label, D 全年(调整)预算数, E 全年执行数, F 执行率权重, G 执行率(%), H 执行率得分; indicators C 指标名称, E target,
 * F 全年完成值, H 指标权重, I 指标得分 (no explanation column).
 */
class ChongqingRulesTest {

    /** @param atMostByName the reader found a loss or cost word in the name (read.ChongqingFlatListTest) */
    private static Form.IndicatorRow row(int sheetRow, String name, String target, String actual, String weight,
                                         String score, boolean atMostByName) {
        return new Form.IndicatorRow(sheetRow - 1, null, null, cell(sheetRow, 2, name), cell(sheetRow, 4, target),
                cell(sheetRow, 5, actual), cell(sheetRow, 7, weight), cell(sheetRow, 8, score), null, null, null,
                null, atMostByName, null);
    }

    private static Form.IndicatorRow row(int sheetRow, String name, String target, String actual, String weight,
                                         String score) {
        return row(sheetRow, name, target, actual, weight, score, false);
    }

    private static FormResult score(List<Form.IndicatorRow> rows) {
        Form.FundsRow total = new Form.FundsRow("年度总金额", 6, cell(7, 1, "年度总金额"), cell(7, 2, ""),
                cell(7, 3, "500"), cell(7, 4, "380"), cell(7, 5, "10"), cell(7, 6, ""), cell(7, 7, "7.6"));
        Form form = new Form("自评表", 0, TestForms.header("部门整体", "科学城融媒体中心", "科学城融媒体中心"),
                new Form.Funds("万元", total, null, null, null), null, rows, null, List.of());
        return FormScorer.score(form, RuleSettings.national());
    }

    @Test
    void flatList_bareFigures_namedLossOrCostAtMost_othersAtLeast_byHand() {
        FormResult r = score(List.of(
                row(12, "“三公”经费变动率", "3%", "4%", "2", "2", true),
                row(13, "森林火灾受害率", "0.9‰", "0.5‰", "2", "2", true),
                row(14, "公用经费控制率", "100%", "97%", "2", "2"),
                row(15, "播发稿件数量", "2200篇", "2859篇", "10", "10")));
        // funds: 执行率权重 10 × min(1, 380 / 500 = 0.76) = 7.6
        assertEquals(7.6, r.funds().score());
        // 变动率 (at most): 4% > 3% → 2 × 3 / 4 = 1.5; 受害率 (at most): 0.5‰ ≤ 0.9‰ → 2;
        // 控制率 (no loss word: at least): 97 / 100 × 2 = 1.94; 稿件数量 (at least): 2859 ≥ 2200 → 10
        assertEquals(List.of("at-most", "at-most", "at-least", "at-least"),
                r.indicators().stream().map(FormResult.IndicatorResult::kind).toList());
        assertEquals(List.of(1.5, 2.0, 1.94, 10.0), r.indicators().stream().map(i -> i.score()).toList());
        // 7.6 + 1.5 + 2 + 1.94 + 10 = 23.04
        assertEquals(23.04, r.total());
    }

    @Test
    void flatList_noCategoryFindings() {
        FormResult r = score(List.of(row(12, "播发稿件数量", "2200篇", "2859篇", "90", "90")));
        assertTrue(findings(r, FindingCode.CATEGORY_MISSING).isEmpty(), r.findings().toString());
        assertTrue(findings(r, FindingCode.CATEGORY_WEIGHTS_UNUSUAL).isEmpty(), r.findings().toString());
    }
}
