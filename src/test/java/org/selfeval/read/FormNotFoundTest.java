package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;

/**
 * RULES.md §7 FORM_NOT_FOUND, one test per part: the finding names the part and the labels searched for, and
 * those labels are true: a sheet using any one of them has the part found.
 */
class FormNotFoundTest {
    private static final Pattern SEARCHED = Pattern.compile("查找的标签：([^）]*)）");

    /** A whole small form; each part can be left out or have its announcing label replaced. */
    private static Form form(String fundsLabel, boolean fundsHeader, String fundsTotal, String goalsLabel,
                             String tableLabel, String nameHeader, String totalLabel) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            SheetWriter s = new SheetWriter(wb, "自评表", 0, 0);
            s.row(0, 0, "项目名称", "困难职工送温暖");
            s.row(1, 0, "主管部门", "霍邱县总工会", null, "实施单位", "霍邱县总工会");
            s.row(2, 0, fundsLabel);
            if (fundsHeader) {
                s.row(2, 2, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            }
            s.row(3, 1, fundsTotal, 64, 64, 64, 10, "100%", 10);
            s.row(4, 0, goalsLabel, "预期目标", null, null, "实际完成情况");
            s.row(5, 1, "完成救助", null, null, "已完成救助");
            s.row(6, 0, tableLabel, "一级指标", "二级指标", nameHeader, "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施");
            s.row(7, 1, "产出指标", "数量指标", "困难职工人数", "≥500人", "520人", 90, 90, "无");
            s.row(8, 0, totalLabel, null, null, null, null, null, 100, 100);
            return FormLocator.locate(wb).get(0);
        }
    }

    private static Form complete() throws IOException {
        return form("项目资金", true, "年度资金总额", "年度总体目标", "绩效指标", "三级指标", "总分");
    }

    private static Finding only(Form form) {
        List<Finding> notFound = form.readFindings().stream()
                .filter(f -> f.code() == FindingCode.FORM_NOT_FOUND).toList();
        assertEquals(1, notFound.size(), form.readFindings().toString());
        return notFound.get(0);
    }

    private static List<String> searched(Finding f) {
        Matcher m = SEARCHED.matcher(f.message());
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            for (String group : m.group(1).split("；")) {
                labels.addAll(List.of(group.split("、")));
            }
        }
        assertTrue(!labels.isEmpty(), f.message());
        return labels;
    }

    @Test
    void completeForm_noFinding() throws IOException {
        assertEquals(List.of(), complete().readFindings());
    }

    @Test
    void funds_noBlockLabel_namesEveryBlockLabel() throws IOException {
        Form form = form("经费情况", true, "资金合计", "年度总体目标", "绩效指标", "三级指标", "总分");
        Finding f = only(form);
        assertTrue(f.message().startsWith("未找到“项目资金”部分"), f.message());
        // each label named finds the block (the last ones as the 年度资金总额 row itself)
        for (String label : searched(f)) {
            boolean rowLabel = label.contains("总额");
            Form with = form(rowLabel ? "经费情况" : label, true, rowLabel ? label : "年度资金总额", "年度总体目标",
                    "绩效指标", "三级指标", "总分");
            assertNotNull(with.funds(), label);
            assertEquals(64.0, with.funds().total().annual().number(), label);
        }
    }

    @Test
    void funds_noColumnHeaders_namesTheColumnsSearched() throws IOException {
        Finding f = only(form("项目资金", false, "年度资金总额", "年度总体目标", "绩效指标", "三级指标", "总分"));
        assertEquals("A3", f.cell());
        assertTrue(f.message().startsWith("“项目资金”部分不完整：“项目资金”附近没有预算数和执行数的列标题"), f.message());
        assertEquals(List.of("全年预算数", "调整后预算数", "预算数", "全年执行数", "预算执行数", "执行数"), searched(f));
    }

    @Test
    void funds_noTotalRow_namesTheRowLabels() throws IOException {
        // no label at all on the amounts' row: an unknown label on the only row with amounts would be the total
        // by structure (LAYOUTS.md rule 3, FundsTotalRowTest)
        Finding f = only(form("项目资金", true, null, "年度总体目标", "绩效指标", "三级指标", "总分"));
        assertTrue(f.message().contains("列标题下没有年度资金总额行"), f.message());
        for (String label : searched(f)) {
            Form with = form("项目资金", true, label, "年度总体目标", "绩效指标", "三级指标", "总分");
            assertNotNull(with.funds(), label);
        }
    }

    @Test
    void goals_noLabel_namesTheGoalLabels() throws IOException {
        Form form = form("项目资金", true, "年度资金总额", "目标", "绩效指标", "三级指标", "总分");
        Finding f = only(form);
        assertTrue(f.message().startsWith("未找到“年度总体目标”部分"), f.message());
        for (String label : searched(f)) {
            Form with = form("项目资金", true, "年度资金总额", label, "绩效指标", "三级指标", "总分");
            assertEquals("完成救助", with.goals().expected().text(), label);
        }
        // goals are not needed for scoring: the form stays complete
        assertTrue(!form.incomplete());
    }

    @Test
    void indicators_noLabelAndNoNameHeader_namesEveryTableLabel() throws IOException {
        Form form = form("项目资金", true, "年度资金总额", "年度总体目标", "指标", "考核内容", "总分");
        Finding f = only(form);
        assertTrue(f.message().startsWith("未找到“绩效指标”部分"), f.message());
        assertTrue(form.incomplete());
        for (String label : searched(f)) {
            boolean header = label.equals("三级指标");
            Form with = form("项目资金", true, "年度资金总额", "年度总体目标", header ? "指标" : label, "三级指标",
                    "总分");
            assertEquals(1, with.indicators().size(), label);
        }
    }

    @Test
    void indicators_labelButNoNameHeader_saysWhatIsMissing() throws IOException {
        Finding f = only(form("项目资金", true, "年度资金总额", "年度总体目标", "绩效指标", "考核内容", "总分"));
        assertEquals("A7", f.cell());
        assertTrue(f.message().startsWith("“绩效指标”部分不完整：“绩效指标”下没有指标表的列标题"), f.message());
        assertEquals(List.of("三级指标", "指标名称"), searched(f));
    }

    @Test
    void total_noTotalRow_namesTheTotalLabels() throws IOException {
        Form form = form("项目资金", true, "年度资金总额", "年度总体目标", "绩效指标", "三级指标", "分数");
        Finding f = only(form);
        assertTrue(f.message().startsWith("未找到“总分”行"), f.message());
        assertTrue(!form.incomplete());
        // named: the bottom-row labels, then the header-field labels (LAYOUTS.md rule 5)
        List<String> rowLabels = Vocabulary.builtIn().words(IndicatorTableReader.TOTAL);
        List<String> all = new ArrayList<>(rowLabels);
        all.addAll(Vocabulary.builtIn().words("total.field"));
        assertEquals(all, searched(f));
        for (String label : rowLabels) {
            Form with = form("项目资金", true, "年度资金总额", "年度总体目标", "绩效指标", "三级指标", label);
            assertEquals(100.0, with.total().score().number(), label);
        }
    }
}
