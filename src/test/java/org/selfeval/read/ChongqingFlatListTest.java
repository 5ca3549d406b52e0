package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.rules.FormScorer;
import org.selfeval.rules.RuleSettings;

/**
 * LAYOUTS.md D, 重庆 部门整体 in column order 1 (forms/21): a flat list under 指标名称 with 计量单位, 指标性质,
 * 年初指标值 and 调整指标值; funds 部门预算执行情况 with 执行率权重; built in the test, .xlsx and .xls.
 */
class ChongqingFlatListTest {

    private static Workbook build(boolean xls) {
        Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        Sheet s = wb.createSheet("自评表");
        row(s, 0, "部门整体绩效自评表");
        row(s, 1, "主管部门", "西部（重庆）科学城管委会", "财政处室", "经济建设处", "自评总分(分)", 97.6);
        row(s, 3, "部门预算执行情况", "", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重",
                "执行率得分(分)");
        row(s, 4, "", "年度总金额", 500, 500, 380, 76, 10, 7.6);
        row(s, 5, "", "其中财政拨款", 500, 500, 380, 76);
        row(s, 6, "当年绩效目标", "年初绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况");
        row(s, 7, "", "无", "保障融媒体中心正常运转", "较好地完成了履职任务");
        row(s, 8, "绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)",
                "指标权重(分)", "指标得分(分)", "是否核心指标");
        row(s, 9, "", "播发稿件数量", "篇", "定量指标", 2000, 2200, 2859, "100%", 10, 10, "是");
        row(s, 10, "", "“三公”经费变动率", "%", "定量指标", 3, "", 4, "100%", 2, 2, "否");
        row(s, 11, "", "固定资产利用率", "%", "定量指标", 90, "", 100, "100%", 2, 2, "否");
        row(s, 12, "", "管理制度健全性", "", "定性指标", "高", "", "高", "100%", 3, 3, "否");
        row(s, 13, "", "公用经费控制率", "%", "", 100, "", 97, "100%", 2, 2, "是");
        return wb;
    }

    /** Order 2: 指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 | 指标得分(分) | 说明; 主管部门 blank. */
    private static Workbook buildOrder2(boolean xls) {
        Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        Sheet s = wb.createSheet("自评表");
        row(s, 0, "部门整体绩效自评表");
        row(s, 1, "主管部门", "", "财政处室", "经济建设处", "自评总分(分)", "");
        row(s, 3, "部门预算执行情况", "", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重",
                "执行率得分(分)");
        row(s, 4, "", "年度总金额", 200, 200, 190, 95, 10, 9.5);
        row(s, 6, "当年绩效目标", "年初绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况");
        row(s, 7, "", "无", "保障正常运转", "完成履职任务");
        row(s, 8, "绩效指标", "指标名称", "计量单位", "指标性质", "指标值", "指标权重(分)", "全年完成值", "指标得分(分)",
                "说明");
        row(s, 9, "", "森林火灾受害率", "‰", "定量指标", 0.9, 45, 1.2, 45, "");
        row(s, 10, "", "培训人次", "人次", "定量指标", "≥300", 45, 240, 45, "参训单位减少");
        return wb;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void order2_targetAndActualInTheUnit_explanationColumn_byHand(boolean xls) throws Exception {
        try (Workbook wb = buildOrder2(xls)) {
            Form form = FormLocator.locate(wb).get(0);
            List<Form.IndicatorRow> rows = form.indicators();
            // 定量指标 is a kind, never part of the value; the 计量单位 on the bare figures of both sides
            assertEquals(List.of("0.9‰", "≥300人次"), rows.stream().map(r -> r.target().text()).toList());
            assertEquals(List.of("1.2‰", "240人次"), rows.stream().map(r -> r.actual().text()).toList());
            assertEquals(List.of("", "参训单位减少"), rows.stream().map(r -> r.deviation().text()).toList());
            assertEquals(List.of(true, false), rows.stream().map(Form.IndicatorRow::atMostByName).toList());
            assertNull(rows.get(0).factor(), "no 得分系数 column in order 2");
            // 主管部门 left blank: its value is the blank cell beside it, not the 财政处室 label
            assertEquals("B2", form.header().department().address());
            assertTrue(form.header().department().isBlank());
            FormResult r = FormScorer.score(form, RuleSettings.national());
            // funds 10 × min(1, 190 / 200 = 0.95) = 9.5; 受害率 (at most) 1.2‰ > 0.9‰ → 45 × 0.9 / 1.2 = 33.75;
            // 培训人次 (at least) 240 / 300 × 45 = 36; total 9.5 + 33.75 + 36 = 79.25
            assertEquals(9.5, r.funds().score());
            assertEquals(List.of(33.75, 36.0), r.indicators().stream().map(i -> i.score()).toList());
            assertEquals(79.25, r.total());
            // 受害率 missed with 说明 blank: the explanation column's cell (an error); 培训人次 explained
            assertEquals(List.of("I10"), r.findings().stream()
                    .filter(f -> f.code() == org.selfeval.model.FindingCode.DEVIATION_ANALYSIS_MISSING)
                    .map(org.selfeval.model.Finding::cell).toList());
        }
    }

    private static void row(Sheet s, int r, Object... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (!"".equals(cells[c])) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void flatList_adjustedTarget_unitOnBareFigures_byHand(boolean xls) throws Exception {
        try (Workbook wb = build(xls)) {
            Form form = FormLocator.locate(wb).get(0);
            List<Form.IndicatorRow> rows = form.indicators();
            assertEquals(5, rows.size());
            assertNull(rows.get(0).level1());
            // 调整指标值 when filled (2200), else 年初指标值; the 计量单位 on bare figures of both sides
            assertEquals(List.of("2200篇", "3%", "90%", "高", "100%"), rows.stream().map(r -> r.target().text()).toList());
            assertEquals(List.of("2859篇", "4%", "100%", "高", "97%"), rows.stream().map(r -> r.actual().text()).toList());
            // the loss / cost words of the layouts file (indicators.name.at.most) mark 变动率 only
            assertEquals(List.of(false, true, false, false, false), rows.stream().map(Form.IndicatorRow::atMostByName)
                    .toList());
            // 得分系数(%) is read as the cell to write 得分 / 分值 into; no explanation column in order 1
            assertEquals("H10", rows.get(0).factor().address());
            assertNull(rows.get(0).deviation());
            // 财政处室 is a header label: 主管部门's value is the cell beside it
            assertEquals("西部（重庆）科学城管委会", form.header().department().text());
            assertEquals(97.6, form.header().total().number());
            FormResult r = FormScorer.score(form, RuleSettings.national());
            // funds: 执行率权重 10 × min(1, 380 / 500 = 0.76) = 7.6
            assertEquals(0.76, r.funds().rate(), 1e-12);
            assertEquals(7.6, r.funds().score());
            // 2859 ≥ 2200 → 10; 变动率 (at most) 4% > 3% → 2 × 3 / 4 = 1.5; 100% ≥ 90% → 2; 高 = 高 → self 3;
            // 控制率 (at least) 97 / 100 × 2 = 1.94; total 7.6 + 10 + 1.5 + 2 + 3 + 1.94 = 26.04
            assertEquals(List.of(10.0, 1.5, 2.0, 3.0, 1.94), r.indicators().stream().map(i -> i.score()).toList());
            assertEquals(26.04, r.total());
        }
    }
}
