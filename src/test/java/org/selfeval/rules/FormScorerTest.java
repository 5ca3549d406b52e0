package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.cell;
import static org.selfeval.rules.TestForms.only;
import static org.selfeval.rules.TestForms.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

class FormScorerTest {

    @Test
    void incompleteForm_keepsReadFindings_noScores_rule7() {
        Finding notFound = Finding.of(FindingCode.FORM_NOT_FOUND, "A1", "未找到项目资金表");
        Form form = new Form("Sheet1", 0, TestForms.header("项目", "部门", "单位"), null, null,
                List.of(row("≥1个", "1个")), null, List.of(notFound));
        FormResult r = FormScorer.score(form, RuleSettings.national());
        assertNull(r.funds());
        assertTrue(r.indicators().isEmpty());
        assertNull(r.grade());
        assertEquals(List.of(notFound), r.findings());
    }

    @Test
    void readFindings_areKept_andSortedWithRuleFindings_rule7() {
        Finding read = Finding.of(FindingCode.FORM_NOT_FOUND, "A3", "未找到年度总体目标");
        Form form = new Form("自评表", 0, TestForms.header("项目", "", "单位"), TestForms.funds("64", "64", "10", "10"),
                null, List.of(row("≥100人", "")), null, List.of(read));
        FormResult r = FormScorer.score(form, RuleSettings.national());
        // read finding, header, weights 20 ≠ 100 (no 总分 row: on the funds 得分 cell), categories, the row
        assertEquals(List.of("FORM_NOT_FOUND@A3", "HEADER_FIELD_MISSING@B5", "WEIGHT_TOTAL_NOT_100@H7",
                "CATEGORY_MISSING@B18", "CATEGORY_MISSING@B18", "CATEGORY_WEIGHTS_UNUSUAL@B18", "ACTUAL_MISSING@F18",
                "DEVIATION_ANALYSIS_MISSING@I18"), r.findings().stream().map(f -> f.code() + "@" + f.cell()).toList());
        assertEquals("主管部门未填写；请填写主管部门", only(r, FindingCode.HEADER_FIELD_MISSING).message());
    }

    @Test
    void headerLabelAbsent_flaggedOnTitle_rule7() {
        Form.Header header = new Form.Header(cell(2, 0, "项目支出绩效自评表"), null, cell(5, 1, "部门"),
                cell(5, 5, "单位"), 2023);
        Form form = new Form("自评表", 0, header, TestForms.funds("64", "64", "10", "10"), null,
                List.of(row("≥1个", "1个")), null, List.of());
        Finding f = only(FormScorer.score(form, RuleSettings.national()), FindingCode.HEADER_FIELD_MISSING);
        assertEquals("A2", f.cell());
        assertTrue(f.message().contains("项目名称"));
    }

    @Test
    void totalIsFundsPlusIndicators_roundedTo2Decimals_rule5() {
        Form form = TestForms.form(TestForms.funds("3", "2", "10", ""),
                List.of(TestForms.indicator(18, "产出指标", "数量指标", "a", "≥3个", "2个", "50", "", "原因"),
                        TestForms.indicator(19, "效益指标", "社会效益", "b", "是", "是", "30", "", ""),
                        TestForms.indicator(20, "满意度指标", "满意度", "c", "≥90%", "95%", "10", "", "")),
                TestForms.total(21, "100", ""));
        FormResult r = FormScorer.score(form, RuleSettings.national());
        // funds 10 × 2/3 = 6.67; a: 50 × 2/3 = 33.33; b 30; c 10 → 80
        assertEquals(6.67, r.funds().score());
        assertEquals(33.33, r.indicators().get(0).score());
        assertEquals(80, r.total());
        assertEquals("良", r.grade());
        assertEquals("H18", r.indicators().get(0).scoreCell());
    }
}
