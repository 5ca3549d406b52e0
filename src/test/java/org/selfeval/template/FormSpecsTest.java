package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.selfeval.template.FormSpec.IndicatorSpec;
import org.selfeval.template.FormSpec.TargetParts;

class FormSpecsTest {

    @Test
    void all_loadsEveryBundledForm_seedFirst() {
        var forms = FormSpecs.all();
        assertEquals(FormSpecs.NAMES.size(), forms.size());
        assertEquals(FormSpecs.SEED, forms.keySet().iterator().next());
        forms.forEach((name, spec) -> {
            assertFalse(spec.funds().isEmpty(), name);
            assertFalse(spec.indicators().isEmpty(), name);
            assertTrue(spec.department() != null, name);
        });
        assertEquals("义务教育营养改善计划专项资金", forms.get("01-yongde-nutrition").project());
        assertEquals("215,457.6", forms.get("03-putuo-sports-settlement").funds().get(0).executed());
        FormSpec hebei = forms.get("20-langfang-school-hvac-hebei");
        assertTrue(hebei.hebei());
        assertEquals("43.2", hebei.funds().get(0).received());
        assertEquals("86.2", hebei.goalRate());
        IndicatorSpec budget = hebei.indicators().get(hebei.indicators().size() - 1);
        assertEquals(List.of("预算执行率", "未完成", "90", "10", "9"),
                List.of(budget.level3(), budget.status(), budget.points(), budget.weight(), budget.score()));
        assertEquals(new TargetParts(">=", "100", "%(百分比)"), budget.parts());
    }

    @Test
    void load_unknownName_failsInChinese() {
        var e = assertThrows(IllegalArgumentException.class, () -> FormSpecs.load("99-nothing"));
        assertTrue(e.getMessage().contains("没有名为"));
    }

    @Test
    void seed_keepsItsQuirksVerbatim() {
        FormSpec seed = FormSpecs.seed();
        assertEquals("困难职工送温暖", seed.project());
        assertEquals("2023", seed.year());
        List<IndicatorSpec> rows = seed.indicators();
        assertEquals(18, rows.size());
        // the three blank rows under the header
        for (int i = 0; i < 3; i++) {
            IndicatorSpec blank = rows.get(i);
            assertNull(blank.level1());
            assertNull(blank.level3());
            assertNull(blank.deviation());
        }
        IndicatorSpec workers = rows.get(3);
        assertEquals("困难职工人数", workers.level3());
        assertEquals("≥500人", workers.target());
        assertEquals("≥500人", workers.actual());
        assertEquals("≥100%", rows.get(7).actual());
        // placeholder rows holding only 指标 (in the 二级指标 column), deviation 无
        long placeholders = rows.stream().filter(r -> "指标".equals(r.level2()) && r.level3() == null
                && "无".equals(r.deviation())).count();
        assertEquals(3, placeholders);
        assertTrue(rows.stream().anyMatch(r -> "生态效益".equals(r.level2()) && r.level3() == null));
        IndicatorSpec blankSatisfaction = rows.get(15);
        assertEquals("满意度    指标", blankSatisfaction.level1());
        assertNull(blankSatisfaction.level3());
        assertEquals("无", blankSatisfaction.deviation());
        assertEquals("绩         效         指         标", seed.labelOverride("绩效指标"));
    }

    @Test
    void seed_weightsAddTo110_whileTotalSays100() {
        FormSpec seed = FormSpecs.seed();
        double indicatorWeights = seed.indicators().stream().map(IndicatorSpec::weight).filter(Objects::nonNull)
                .mapToDouble(Double::parseDouble).sum();
        double fundsWeight = Double.parseDouble(seed.funds().get(0).weight());
        assertEquals(110, indicatorWeights + fundsWeight);
        assertEquals("100", seed.totalWeight());
        assertEquals("100", seed.totalScore());
    }

    @Test
    void seed_coverListsTheProject() {
        var cover = FormSpecs.seed().cover();
        assertEquals("霍邱县总工会绩效自评项目清单", cover.title());
        assertEquals(List.of("序号", "项目名称", "备注"), cover.columns());
        assertEquals("困难职工帮扶送温暖项目自评表", cover.items().get(0).name());
    }

    @Test
    void targetParts_splitsAFigure_keepsWordsWhole() {
        assertEquals(new TargetParts("≥", "500", "人"), TargetParts.split("≥500人"));
        assertEquals(new TargetParts(">=", "90", "%"), TargetParts.split(">=90%"));
        assertEquals(new TargetParts(null, "64", "万元"), TargetParts.split("64万元"));
        assertEquals(new TargetParts("≤", "4", null), TargetParts.split("≤4"));
        assertEquals(new TargetParts(null, "预算年度内", null), TargetParts.split("预算年度内"));
        assertEquals(new TargetParts(null, null, null), TargetParts.split(null));
    }

    @Test
    void targetParts_transcribedPartsWin() {
        IndicatorSpec first = FormSpecs.load("01-yongde-nutrition").indicators().get(0);
        assertEquals(new TargetParts("≧", "735", "人次"), first.parts());
    }
}
