package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.Family;
import org.selfeval.model.Form;
import org.selfeval.rules.FormScorer;
import org.selfeval.rules.RuleSettings;

/** LAYOUTS.md rule 1: each family told from the labels only it uses, in .xls and .xlsx. */
class FamilyTest {

    /** The goals and an indicator table with the given header and one row; a 总分 row when totalLabel is set. */
    private static void goalsAndTable(SheetWriter s, int r, Object[] header, Object[] row, String totalLabel) {
        s.row(r, 0, "年度总体目标", "预期目标", null, null, "实际完成情况");
        s.row(r + 1, 1, "完成救助", null, null, "已完成救助");
        s.row(r + 2, 0, "绩效指标");
        s.row(r + 2, 1, header);
        s.row(r + 3, 1, row);
        if (totalLabel != null) {
            s.row(r + 4, 0, totalLabel, null, null, null, null, null, 100, 100);
        }
    }

    private static final Object[] NATIONAL_HEADER = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
        "得分", "偏差原因分析及改进措施"};
    private static final Object[] NATIONAL_ROW = {"产出指标", "数量指标", "困难职工人数", "≥500人", "520人", 90, 90, "无"};

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void national(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "困难职工送温暖");
            s.row(1, 0, "项目资金", "年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(2, 1, "年度资金总额", 64, 64, 64, 10, null, 10);
            goalsAndTable(s, 3, NATIONAL_HEADER, NATIONAL_ROW, "总分");
        });
        assertEquals(Family.NATIONAL, form.family());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void sichuan_byItsReportNumber_orByItsFundsRows(Supplier<Workbook> format) throws IOException {
        for (boolean reportNumber : new boolean[] {true, false}) {
            Form form = Formats.firstForm(format, s -> {
                s.row(0, 0, "项目名称", "安可替代补助资金项目", null, reportNumber ? "报表编号:510000_0013zp" : null);
                s.row(1, 0, "预算执行情况(10分)", null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分",
                        "原因");
                s.row(2, 1, "总额", 0, 3.36, 3.36, "100.00%", 10, 10, "");
                s.row(3, 1, "其中:财政资金", 0, 3.36, 3.36, "100.00%", "/", "/");
                s.row(4, 1, reportNumber ? "单位资金" : "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/");
                goalsAndTable(s, 5, NATIONAL_HEADER, NATIONAL_ROW, "合计");
            });
            assertEquals(Family.SICHUAN_0013ZP, form.family());
            assertEquals("总额", form.funds().total().label());
            assertEquals(3.36, form.funds().total().annual().number());
            assertEquals("其中:财政资金", form.funds().appropriation().label());
            assertEquals(1, form.funds().sources().size());
            assertNotNull(form.funds().reason());
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void hebei_byItsConvertedScoreColumn(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "暖通改造");
            s.row(1, 0, "二、预算执行情况", null, "预算数(调整后)", "到位数", "执行数", "预算执行进度(%)");
            s.row(2, 1, "预算数/到位数/执行数", 43.2, 43.2, 37.24, "86%");
            goalsAndTable(s, 3, new Object[] {"一级指标", "二级指标", "三级指标", "单项指标实际完成值", "单项指标得分",
                "权重占比(%)", "单项指标折算得分"}, new Object[] {"产出指标", "数量指标", "工程完工率", "100", 100, 90, 90},
                    null);
        });
        assertEquals(Family.HEBEI, form.family());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void chongqing_byItsHeaderTotal(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "主管部门", "重庆市某局", null, "自评总分(分)", 95);
            s.row(1, 0, "部门预算执行情况", null, "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重",
                    "执行率得分(分)");
            s.row(2, 1, "年度总金额", 100, 100, 79.27, 79.27, 10, 7.93);
            goalsAndTable(s, 3, NATIONAL_HEADER, NATIONAL_ROW, null);
        });
        assertEquals(Family.CHONGQING_DEPT, form.family());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void ningxia_byItsTotalField_withUnscoredFunds(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目总得分", "99分");
            s.row(1, 0, "资金情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)");
            s.row(2, 1, "年度资金总额", "300万元", "300万元", "100%");
            goalsAndTable(s, 3, new Object[] {"一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
                "未完成原因及改进措施"}, new Object[] {"产出指标(40分)", "数量指标", "种薯面积", 40, "≥1000亩", "1000亩", 40, ""},
                    null);
        });
        assertEquals(Family.NINGXIA, form.family());
        assertEquals(300.0, org.selfeval.value.Amounts.orNull(form.funds().total().annual()));
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void twentyEighty_byItsStatedWeights(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "化肥减量");
            s.row(1, 0, "预算执行情况(万元)(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)");
            s.row(2, 0, "年度财政资金总额", 278.4449, 30, "10.77%", 2.16);
            goalsAndTable(s, 3, new Object[] {"一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"},
                    new Object[] {"产出指标", "数量指标", "示范区建立", "≧20000亩", "20000亩", 80}, "总分");
        });
        assertEquals(Family.TWENTY_EIGHTY, form.family());
        assertEquals(20.0, form.funds().total().weight().number());
    }

    /** A 湖北 区级 form (LAYOUTS.md G): funds by source, total row last, no 分值 / 得分 column; a 总分 row if given. */
    private static Form noWeightNoScoreColumn(Supplier<Workbook> format, String totalLabel) throws IOException {
        return Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "森林防火");
            s.row(1, 0, "项目资金", "资金来源", "预算数(A)", "执行数(B)", "执行率(B/A)");
            s.row(2, 1, "当年财政拨款", 80, 60, null);
            s.row(3, 1, "其他资金", 20, 20, null);
            s.row(4, 1, "合计", 100, 80, null);
            goalsAndTable(s, 5, new Object[] {"一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值",
                "未完成原因及改进措施"}, new Object[] {"产出指标", "产出数量", "巡护里程", "≥500公里", "520公里", ""}, totalLabel);
        });
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void unscored_noWeightNoScoreAnywhere_totalRowLast(Supplier<Workbook> format) throws IOException {
        Form form = noWeightNoScoreColumn(format, null);
        assertEquals(Family.UNSCORED, form.family());
        assertEquals("合计", form.funds().total().label(), "the total row may come last");
        assertEquals(100.0, form.funds().total().annual().number());
    }

    /**
     * The same form with a 总分 row: the unit means it to be scored, so it is national and scored (every weight
     * then missing), never named 不评分 while the scorer scores it — both read {@link Form#scoresNothing}.
     */
    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void noWeightNoScoreColumn_butATotalRow_isNationalAndScored(Supplier<Workbook> format) throws IOException {
        Form form = noWeightNoScoreColumn(format, "总分");
        assertEquals(Family.NATIONAL, form.family());
        assertTrue(FormScorer.score(form, RuleSettings.national()).scored());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void aTotalRowInWordsNobodyListed_isTheRowThatIsTheSumOfTheOthers_firstOrLast(Supplier<Workbook> format)
            throws IOException {
        for (boolean last : new boolean[] {false, true}) {
            Form form = Formats.firstForm(format, s -> {
                s.row(0, 0, "项目名称", "困难职工送温暖");
                s.row(1, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
                int totalRow = last ? 4 : 2;
                int first = last ? 2 : 3;
                // 60 + 40 = 100 (全年预算数), 50 + 30 = 80 (全年执行数)
                s.row(totalRow, 1, "本项目资金共计", 100, 100, 80, 10, null, null);
                s.row(first, 1, "中央资金", 60, 60, 50);
                s.row(first + 1, 1, "县级配套", 40, 40, 30);
                goalsAndTable(s, 5, NATIONAL_HEADER, NATIONAL_ROW, "总分");
            });
            assertEquals("本项目资金共计", form.funds().total().label(), "last " + last);
            assertEquals(80.0, form.funds().total().executed().number());
            assertTrue(form.readFindings().isEmpty(), form.readFindings().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void theOnlyRowWithAmounts_isTheTotal(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "项目名称", "困难职工送温暖");
            s.row(1, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(2, 1, "合计资金", 64, 64, 60, 10, null, null);
            goalsAndTable(s, 3, NATIONAL_HEADER, NATIONAL_ROW, "总分");
        });
        assertEquals(60.0, form.funds().total().executed().number());
    }
}
