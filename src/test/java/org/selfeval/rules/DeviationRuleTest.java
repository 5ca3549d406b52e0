package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.indicator;
import static org.selfeval.rules.TestForms.only;
import static org.selfeval.rules.TestForms.scoreOne;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;

class DeviationRuleTest {

    private static FormResult withDeviation(String target, String actual, String deviation) {
        return scoreOne(indicator(18, "产出指标", "数量指标", "人数", target, actual, "10", "", deviation));
    }

    private static boolean flagged(FormResult r) {
        return !findings(r, FindingCode.DEVIATION_ANALYSIS_MISSING).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "无", "无偏差", "/", "-", "—", "0", "暂无", "不适用", "存在问题：暂无", " 无 ", "存在问题:暂无。"})
    void placeholderWords_countAsMissing_rule6(String deviation) {
        FormResult r = withDeviation("≥100人", "90人", deviation);
        Finding f = only(r, FindingCode.DEVIATION_ANALYSIS_MISSING);
        assertEquals("I18", f.cell());
        assertTrue(f.message().startsWith("得分9低于分值10"), f.message());
    }

    @Test
    void realExplanation_satisfiesRule_rule6() {
        assertTrue(!flagged(withDeviation("≥100人", "90人", "部分人员外出务工，下年度提前摸底")));
    }

    @Test
    void fullScore_noExplanationNeeded_rule6() {
        assertTrue(!flagged(withDeviation("≥100人", "100人", "无")));
    }

    @Test
    void atLeast_exactly130Percent_needsExplanation_rule6() {
        FormResult r = withDeviation("≥100人", "130人", "无");
        assertEquals(10, r.indicators().get(0).score());
        assertTrue(only(r, FindingCode.DEVIATION_ANALYSIS_MISSING).message().contains("130%"));
    }

    @Test
    void atLeast_justBelow130Percent_noExplanationNeeded_rule6() {
        assertTrue(!flagged(withDeviation("≥100人", "129人", "无")));
    }

    @Test
    void equalTarget_exceeded_notHitExactly_needsExplanation_rule6() {
        FormResult r = withDeviation("=100人", "105人", "无");
        assertEquals(10, r.indicators().get(0).score());
        assertTrue(only(r, FindingCode.DEVIATION_ANALYSIS_MISSING).message().contains("未恰好达到"));
    }

    @Test
    void equalTarget_hitExactly_noExplanationNeeded_rule6() {
        assertTrue(!flagged(withDeviation("=100%", "100%", "")));
    }

    @Test
    void wordTarget_partial_needsExplanation_evenWithinBand_rule6() {
        FormResult r = scoreOne(indicator(18, "满意度指标", "服务对象满意度", "满意度", "满意", "基本满意", "10", "7", "无"));
        assertEquals(7, r.indicators().get(0).score());
        assertTrue(only(r, FindingCode.DEVIATION_ANALYSIS_MISSING).message().contains("部分达成"));
    }

    @Test
    void wordTarget_needingReview_needsExplanation_rule6() {
        FormResult r = scoreOne(indicator(18, "效益指标", "社会效益", "影响", "效果明显", "待观察", "10", "10", ""));
        assertEquals(10, r.indicators().get(0).score());
        assertTrue(flagged(r));
    }

    @Test
    void overAchievementThreshold_isASetting_rule9() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("over", ".properties");
        java.nio.file.Files.writeString(file, "overAchievement.threshold = 150%\n");
        RuleSettings s = RuleSettings.load(file);
        assertTrue(findings(scoreOne(indicator(18, "产出指标", "数量指标", "人数", "≥100人", "140人", "10", "", "无"), s),
                FindingCode.DEVIATION_ANALYSIS_MISSING).isEmpty());
        java.nio.file.Files.delete(file);
    }
}
