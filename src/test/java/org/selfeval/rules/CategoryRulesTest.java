package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.indicator;
import static org.selfeval.rules.TestForms.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

class CategoryRulesTest {

    @Test
    void statedWeight_readFromLabel_rule5() {
        assertEquals(50, CategoryRules.statedWeight("产出指标（50分）").getAsDouble());
        assertTrue(CategoryRules.statedWeight("产出指标").isEmpty());
    }

    private static FormResult score(List<Form.IndicatorRow> rows) {
        return FormScorer.score(TestForms.form(TestForms.funds("64", "64", "10", "10"), rows, TestForms.total(40, "100", "")),
                RuleSettings.national());
    }

    private static Form.IndicatorRow ok(int row, String level1, String weight) {
        return indicator(row, level1, "二级", "指标" + row, "是", "是", weight, "", "");
    }

    @Test
    void usualSplit_traditionalLabels_noCategoryFinding_rule5() {
        FormResult r = score(List.of(ok(18, "產出指標", "50"), ok(19, "效益指標", "30"), ok(20, "滿意度指標", "10")));
        assertEquals(100, r.weightTotal());
        assertTrue(r.findings().isEmpty(), r.findings().toString());
    }

    @Test
    void missingSatisfaction_categoryMissing_andUnusualSplit_rule5() {
        FormResult r = score(List.of(ok(18, "产出指标", "60"), ok(19, "效益指标", "30")));
        Finding missing = only(r, FindingCode.CATEGORY_MISSING);
        assertEquals("B18", missing.cell());
        assertTrue(missing.message().contains("满意度"));
        assertTrue(only(r, FindingCode.CATEGORY_WEIGHTS_UNUSUAL).message().contains("产出60、效益30、满意度0"));
        assertTrue(findings(r, FindingCode.WEIGHT_TOTAL_NOT_100).isEmpty());
    }

    @Test
    void statedWeightDiffersFromRows_mismatchOnLabel_rule5() {
        FormResult r = score(List.of(ok(18, "产出指标(50分)", "25"), ok(19, "产出指标(50分)", "20"),
                ok(20, "效益指标(30分)", "30"), ok(21, "满意度指标(10分)", "15")));
        List<Finding> f = findings(r, FindingCode.CATEGORY_WEIGHT_MISMATCH);
        assertEquals(List.of("B18", "B21"), f.stream().map(Finding::cell).toList());
        assertEquals("产出指标(50分)标明50分，其下各三级指标分值合计为45；请核对分值", f.get(0).message());
        assertEquals(FindingCode.CATEGORY_WEIGHT_MISMATCH.severity(), f.get(0).severity());
    }

    @Test
    void weightTotal110_error_totalNeverRescaled_rule5() {
        FormResult r = score(List.of(ok(18, "产出指标", "60"), ok(19, "效益指标", "30"), ok(20, "满意度指标", "10")));
        assertEquals(110, r.weightTotal());
        assertEquals(110, r.total());
        assertEquals("G40", only(r, FindingCode.WEIGHT_TOTAL_NOT_100).cell());
    }
}
