package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.model.ProjectList;
import org.selfeval.model.ReportText;

/** RULES.md §10 with no POI: the report sentences against a scored form, and the project list against forms. */
class ReportAndListChecksTest {
    /** One indicator at 10 of 10, funds 64/64 万元 scoring 10: total 20, grade 差. */
    private static final FormResult FORM = TestForms.scoreOne(TestForms.row("≥500人", "520人"));

    private static List<Finding> check(String... paragraphs) {
        List<ReportText.Paragraph> ps = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new ReportText.Paragraph("报告第" + (i + 1) + "段", paragraphs[i]));
        }
        return ReportChecks.check(new ReportText("测试项目绩效评价报告", ps), FORM);
    }

    @Test
    void statedTotal_andGrade_matchingTheForm_noFinding() {
        assertEquals(20.0, FORM.total());
        assertEquals("差", FORM.grade());
        assertEquals(List.of(), check("综合评价得分20分，评价等级为“差”。项目资金64万元。"));
    }

    @Test
    void statedTotal_otherThanComputed_quotesItsSentence() {
        List<Finding> f = check("一、概况。", "自评得分为98.5分；评价结果作为编制预算的依据。");
        assertEquals(1, f.size(), f.toString());
        assertEquals(FindingCode.REPORT_TOTAL_MISMATCH, f.get(0).code());
        assertEquals("报告第2段", f.get(0).cell());
        assertTrue(f.get(0).message().contains("“自评得分为98.5分；”"), f.get(0).message());
    }

    @Test
    void statedGrade_synonyms_andNotAGradeWord() {
        assertEquals(FindingCode.REPORT_GRADE_MISMATCH, check("评价等级优秀。").get(0).code());
        assertEquals(List.of(), check("评价结果中应用了绩效目标。"), "中 followed by a word is not a grade");
        assertEquals(List.of(), check("自评等级为不合格。"), "不合格 = 差");
    }

    @Test
    void amounts_inYuan_converted_breakdownsAllowed_otherAmountsFlagged() {
        assertEquals(List.of(), check("项目预算资金640000元。"), "640000元 = 64万元");
        assertEquals(List.of(), check("其中：送温暖资金60万元，帮扶资金4万元。"), "60 + 4 = 64 is a breakdown");
        assertEquals(List.of(), check("带动群众增收200万元。"), "no money word in the clause");
        List<Finding> f = check("财政拨款80万元。");
        assertEquals(1, f.size());
        assertEquals(FindingCode.REPORT_AMOUNT_MISMATCH, f.get(0).code());
        assertTrue(f.get(0).message().contains("80万元") && f.get(0).message().contains("64万元"), f.get(0).message());
    }

    @Test
    void projectNames_matchLoosely_notAnyTwoNames() {
        assertTrue(ProjectNames.match("困难职工帮扶送温暖项目自评表", "困难职工送温暖"));
        assertTrue(ProjectNames.match("2023年度 困难职工送温暖项目绩效评价报告", "困难职工送温暖"));
        assertFalse(ProjectNames.match("职工医疗互助项目自评表", "困难职工送温暖"));
        assertFalse(ProjectNames.match("", "困难职工送温暖"));
    }

    @Test
    void list_missingForm_andFormNotListed_bothFlagged() {
        ProjectList list = new ProjectList(List.of(new ProjectList.Entry("表1!R2C2", "测试项目自评表"),
                new ProjectList.Entry("表1!R3C2", "另一个项目")));
        List<Finding> f = ProjectListCheck.check(list, List.of(FORM), r -> "表2!R1C2");
        assertEquals(1, f.size(), f.toString());
        assertEquals("表1!R3C2", f.get(0).cell());
        assertEquals(FindingCode.LIST_FORM_MISMATCH, f.get(0).code());

        List<Finding> unlisted = ProjectListCheck.check(new ProjectList(List.of(
                new ProjectList.Entry("表1!R2C2", "另一个项目"))), List.of(FORM), r -> "表2!R1C2");
        assertEquals(List.of("表1!R2C2", "表2!R1C2"), unlisted.stream().map(Finding::cell).toList());
    }
}
