package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.read.SeedFormLocatorTest.assertCell;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.Severity;
import org.selfeval.read.SheetWriter.Formula;
import org.selfeval.read.SheetWriter.Percent;

/** Other provinces' templates, formulas, text numbers, traditional characters, missing parts (RULES.md §1). */
class TemplateVariantsTest {

    /** Shanghai-style headers, columns reordered, 合计 total, a trailing colon and full-width brackets. */
    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void otherProvinceHeaders_columnsReordered_mappedByHeaderText_rule1(Supplier<Workbook> format)
            throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.put(0, 0, "财政项目支出绩效自评表 (2022 年度)");
            s.row(1, 0, "项目名称：", "普陀体育中心与委托运营方结算费用");
            s.row(2, 0, "主管部门", "上海市普陀区体育局", "实施单位");
            s.row(3, 0, "预算执行情况（元）", null, "年初预算数", "调整后预算数", "预算执行数", "分值", "预算执行率", "得分");
            s.row(4, 1, "年度资金总额:", 250000, 250000, "215,457.6", 10, "86.19%", 8.62);
            s.row(5, 1, "其中：本年财政拨款", 250000, 250000, 215457.6);
            s.row(6, 0, "年度总体目标完成情况", "预期目标", "实际完成情况");
            s.row(7, 1, "完成结算", "已完成普陀体育中心与委托运营方费用结算。");
            s.row(8, 0, "年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "权重", "年度指标值", "全年完成值",
                    "得分", "未完成原因分析");
            s.row(9, 1, "产出指标(50分)", "数量指标", "与委托运营方结算完成率", 10, "=100%", "100%", 10);
            s.row(10, 1, "产出指标(50分)", "质量指标", null, 20, "=100%", "100%", 20);
            s.row(11, 1, "满意度指标", "服务对象满意度指标", "场馆开放满意度", 10, ">=90%", "100%", 10, "无");
            s.row(12, 0, "合计", null, null, null, 40, null, null, 38.62);
        });
        assertEquals(2022, form.header().year());
        assertEquals("普陀体育中心与委托运营方结算费用", form.header().project().text());
        assertTrue(form.header().unit().isBlank(), "实施单位 left blank");
        assertEquals("D3", form.header().unit().address());

        Form.Funds funds = form.funds();
        assertEquals("元", funds.amountUnit());
        assertCell("D5", "250000", 250000.0, funds.total().annual());
        assertCell("E5", "215,457.6", null, funds.total().executed());
        assertCell("G5", "86.19%", null, funds.total().rate());
        assertEquals("其中：本年财政拨款", funds.appropriation().label());
        assertNull(funds.carryover());
        assertEquals("已完成普陀体育中心与委托运营方费用结算。", form.goals().actual().text());

        List<Form.IndicatorRow> rows = form.indicators();
        assertEquals(3, rows.size());
        Form.IndicatorRow first = rows.get(0);
        assertCell("E10", "10", 10.0, first.weight());
        assertCell("F10", "=100%", null, first.target());
        assertCell("G10", "100%", null, first.actual());
        assertCell("H10", "10", 10.0, first.score());
        assertEquals("I10", first.deviation().address());
        assertTrue(rows.get(1).name().isBlank(), "a row with a blank 三级指标 but a weight is kept");
        assertEquals("B11", rows.get(1).level1().address());
        assertEquals("质量指标", rows.get(1).level2().text());
        assertEquals("无", rows.get(2).deviation().text());

        assertEquals("合计", form.total().labelCell().text());
        assertCell("E13", "40", 40.0, form.total().weight());
        assertCell("H13", "38.62", 38.62, form.total().score());
    }

    /** Yunnan: 年度指标值 merged over 指标性质 | 指标值 | 度量单位, sub-headers on the next row. */
    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void splitTarget_threePartsJoinedAtValueCell_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "义务教育营养改善计划专项资金");
            s.row(1, 0, "项目资金（元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(2, 0, "年度资金总额", null, null, 387664.62, 387664.62, 10, new Percent(1.0), 10);
            s.row(3, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", null, null, "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施");
            s.merge(3, 3, 4, 6);
            for (int c : new int[] {1, 2, 3, 7, 8, 9, 10}) {
                s.merge(3, 4, c, c);
            }
            s.row(4, 4, "指标性质", "指标值", "度量单位");
            s.row(5, 1, "产出指标", "数量指标", "学生受资助人数", "≧", 735, "人次", "735", 10, 10);
            s.row(6, 2, "质量指标", "营养改善计划覆盖率", "≧", 100, "%", "100%", 10, 10);
            s.row(7, 1, "效益指标", "经济效益指标", "减轻贫困学生家庭经济负担", null, "有效", null, "有效", 10, 10);
            s.row(8, 1, "总分", null, null, null, null, null, null, 30, 30);
        });
        assertEquals("元", form.funds().amountUnit());
        assertEquals("A3", form.funds().total().labelCell().address());
        assertCell("D3", "387664.62", 387664.62, form.funds().total().annual());
        List<Form.IndicatorRow> rows = form.indicators();
        assertEquals(List.of("≧735人次", "≧100%", "有效"), rows.stream().map(r -> r.target().text()).toList());
        assertEquals(List.of("F6", "F7", "F8"), rows.stream().map(r -> r.target().address()).toList());
        // the joined text is the value: the 指标值 cell's bare 735 would lose ≧ and 人次
        assertNull(rows.get(0).target().number());
        assertNull(rows.get(1).target().number());
        assertEquals("735", rows.get(0).actual().text());
        assertEquals("H6", rows.get(0).actual().address());
        assertEquals("产出指标", rows.get(1).level1().text());
        assertCell("I9", "30", 30.0, form.total().weight());
        assertCell("J9", "30", 30.0, form.total().score());
    }

    /** Cached formula results are read, never the formula text and never re-evaluated; text numbers stay text. */
    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void formulasAndTextNumbers_cachedValuesRead_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            // cached values deliberately differ from what evaluating the formulas would give
            s.row(1, 1, "年度资金总额", "64", "64", 32, 10, new Formula("E2/D2", 0.75), new Formula("F2*G2", 7.5));
            s.row(2, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施");
            s.row(3, 1, "产出指标", "数量指标", "困难职工人数", "≥500人", "450人", "10", new Formula("G4*0.9", 9));
            s.row(4, 0, "总分", null, null, null, null, null, new Formula("SUM(G4:G4)+F2", 20),
                    new Formula("SUM(H4:H4)+H2", 16.5));
        });
        Form.FundsRow total = form.funds().total();
        assertCell("C2", "64", null, total.initial());
        assertFalse(total.initial().formula());
        assertCell("G2", "0.75", 0.75, total.rate());
        assertTrue(total.rate().formula());
        assertFalse(total.rate().percentFormat());
        assertCell("H2", "7.5", 7.5, total.score());
        Form.IndicatorRow row = form.indicators().get(0);
        assertCell("G4", "10", null, row.weight());
        assertCell("H4", "9", 9.0, row.score());
        assertTrue(row.score().formula());
        assertCell("G5", "20", 20.0, form.total().weight());
        assertCell("H5", "16.5", 16.5, form.total().score());
        assertTrue(form.total().score().formula());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void traditionalCharacters_labelsMatched_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, "自評表", s -> {
            s.put(0, 0, "2020年度項目支出績效自評表");
            s.row(1, 0, "項目名稱", "省級自然資源衛片執法補助經費");
            s.row(2, 0, "主管部門", "麗江市自然資源和規劃局", "實施單位", "麗江市古城區自然資源局");
            s.row(3, 0, "項目資金（萬元）", null, "年初預算數", "全年預算數", "全年執行數", "分值", "執行率", "得分");
            s.row(4, 1, "年度資金總額", 7.29, 7.29, 7.29, 10, "100%", 10);
            s.row(5, 1, "其中：當年財政撥款", 7.29, 7.29, 7.29);
            s.row(6, 1, "上年結轉資金");
            s.row(7, 0, "年度總體目標", "預期目標", "實際完成情況");
            s.row(8, 1, "自然資源衛片執法補助經費", "自然資源衛片執法補助經費");
            s.row(9, 0, "績效指標", "一級指標", "二級指標", "三級指標", "年度指標值", "實際完成值", "分值", "得分",
                    "偏差原因分析及改進措施");
            s.row(10, 1, "產出指標", "數量指標", "衛片執法補助經費", "﹦72890元", "72890", 10, 9);
            s.row(11, 1, "滿意度指標", "服務對象滿意度指標", "群眾滿意度", "≥95%", "95%", 10, 10);
            s.row(12, 0, "總分", null, null, null, null, null, 20, 19);
        });
        assertEquals(2020, form.header().year());
        assertEquals("麗江市自然資源和規劃局", form.header().department().text());
        assertEquals("麗江市古城區自然資源局", form.header().unit().text());
        assertEquals("万元", form.funds().amountUnit());
        assertEquals("其中：當年財政撥款", form.funds().appropriation().label());
        assertEquals(6, form.funds().carryover().row());
        assertEquals("自然資源衛片執法補助經費", form.goals().expected().text());
        assertEquals(List.of("衛片執法補助經費", "群眾滿意度"),
                form.indicators().stream().map(r -> r.name().text()).toList());
        assertEquals("G13", form.total().weight().address());
        assertTrue(form.readFindings().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void missingFundsBlock_formNotFoundAtNearestLabel_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "困难职工送温暖");
            s.row(2, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分");
            s.row(3, 1, "产出指标", "数量指标", "困难职工人数", "≥500人", "≥500人", 10, 10);
            s.row(4, 0, "总分", null, null, null, null, null, 10, 10);
        });
        assertNull(form.funds());
        assertTrue(form.incomplete());
        assertEquals(1, form.indicators().size());
        assertEquals(List.of(new Finding(Severity.ERROR, FindingCode.FORM_NOT_FOUND, "A3",
                "未找到“项目资金”部分（查找的标签：" + String.join("、", FundsBlockReader.searched(Vocabulary.builtIn())) + "）" + FormLocator.EXTEND_HINT),
                new Finding(Severity.ERROR, FindingCode.FORM_NOT_FOUND, "A3",
                "未找到“年度总体目标”部分（查找的标签：" + Vocabulary.builtIn().listed(GoalsReader.BLOCK) + "）" + FormLocator.EXTEND_HINT)),
                form.readFindings());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void missingIndicatorTable_formNotFound_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(1, 1, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(2, 2, "年度资金总额", 64, 64, 64, 10, "100%", 10);
        });
        assertEquals("D3", form.funds().total().initial().address());
        assertTrue(form.indicators().isEmpty());
        assertNull(form.total());
        assertTrue(form.incomplete());
        assertEquals(List.of(Finding.of(FindingCode.FORM_NOT_FOUND, "B2",
                "未找到“年度总体目标”部分（查找的标签：" + Vocabulary.builtIn().listed(GoalsReader.BLOCK) + "）" + FormLocator.EXTEND_HINT),
                Finding.of(FindingCode.FORM_NOT_FOUND, "B2",
                "未找到“绩效指标”部分（查找的标签：" + String.join("、", IndicatorTableReader.searched(Vocabulary.builtIn()))
                + "）" + FormLocator.EXTEND_HINT)),
                form.readFindings());
    }

    /** Yunnan 20/80: 预算执行情况(万元)(20分), no 分值 column in either part. */
    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void twentyEightyVariant_noWeightColumn_weightNull_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "2022年度项目支出绩效自评表");
            s.row(1, 0, "预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
            s.row(2, 0, "年度财政资金总额", 278.4449, "30.00", "10.77%", 2.16);
            s.row(3, 0, "年度绩效目标(80分)");
            s.row(4, 0, "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
            s.row(5, 0, "产出指标", "数量指标", "一、示范区建立", "≧20000亩", "20000亩", 15.0);
            s.row(6, 2, "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", 5.0);
        });
        assertEquals("万元", form.funds().amountUnit());
        Form.FundsRow total = form.funds().total();
        assertEquals("年度财政资金总额", total.label());
        // no 分值 column: the weight stated in the block label, read from that label's cell
        assertCell("A2", "预算执行情况(万元)(20分)", 20.0, total.weight());
        assertNull(total.initial());
        assertCell("B3", "278.4449", 278.4449, total.annual());
        assertCell("E3", "2.16", 2.16, total.score());
        List<Form.IndicatorRow> rows = form.indicators();
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.weight() == null && r.deviation() == null));
        assertEquals("≧500亩", rows.get(1).target().text());
        assertEquals("数量指标", rows.get(1).level2().text());
        assertCell("F7", "5", 5.0, rows.get(1).score());
        assertNull(form.total());
    }

    /** 部门整体支出绩效自评表: a 部门 label instead of 项目名称/主管部门; goals written beside the label. */
    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void departmentOverallVariant_departmentLabel_rule1(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "部门整体支出绩效自评表 (2023年度)");
            s.row(1, 0, "部门", null, "金寨县茶谷和美丽乡村建设服务中心").merge(1, 1, 0, 1);
            s.row(2, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(3, 1, "年度资金总额", 329.77, 329.77, 338.31, 10, "102.59%");
            s.row(4, 0, "年度总体目标", "1.建设徽风皖韵美丽乡村");
        });
        assertEquals(2023, form.header().year());
        assertEquals("部门整体支出绩效自评表 (2023年度)", form.header().title().text());
        assertNull(form.header().project());
        assertEquals("金寨县茶谷和美丽乡村建设服务中心", form.header().department().text());
        assertEquals("C2", form.header().department().address());
        assertNull(form.header().unit());
        assertEquals("B5", form.goals().expected().address());
        assertNull(form.goals().actual());
        assertTrue(form.funds().total().score().isBlank());
        assertEquals("H4", form.funds().total().score().address());
    }
}
