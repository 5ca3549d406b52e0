package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.selfeval.model.FindingCode;
import org.selfeval.rules.WordScoring.Outcome;
import org.selfeval.rules.WordScoring.WordScore;
import org.selfeval.value.TextNormalizer;
import org.selfeval.value.ValueParser;

class WordScoringTest {
    private final RuleSettings s = RuleSettings.national();

    private static Outcome classify(String target, String actual) {
        return WordScoring.classify(ValueParser.parse(target), TextNormalizer.normalize(target),
                ValueParser.parse(actual), TextNormalizer.normalize(actual));
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "是 | 是 | ACHIEVED",
            "一定程度上缓解 | 一定程度上缓解 | ACHIEVED",
            "效果明显 | 达成预期指标 | ACHIEVED",
            "有效 | 有效 | ACHIEVED",
            "满意 | 非常满意 | ACHIEVED",
            "是 | 已完成 | ACHIEVED",
            "满意 | 基本满意 | PARTIAL",
            "满意 | 较满意 | PARTIAL",
            "完成 | 基本完成 | PARTIAL",
            "是 | 否 | NOT_ACHIEVED",
            "满意 | 不满意 | NOT_ACHIEVED",
            "完成 | 未完成 | NOT_ACHIEVED",
            "按时 | 滞后 | NOT_ACHIEVED",
            "否 | 否 | ACHIEVED",
            "否 | 是 | NOT_ACHIEVED",
            "无安全事故 | 未发生 | ACHIEVED",
            "效果明显 | 待观察 | UNCLASSIFIED",
            "9月前 | 7月 | ACHIEVED",
            "9月前 | 9月 | ACHIEVED",
            "9月前 | 10月 | NOT_ACHIEVED",
            "2023年12月底前 | 2023年11月 | ACHIEVED",
            "2023年12月底前 | 2024年1月 | NOT_ACHIEVED",
            "预算年度内 | 预算年度内 | ACHIEVED",
            "12月31日前 | 按时完成 | ACHIEVED",
    })
    void classify_outcomes_rule4(String target, String actual, Outcome expected) {
        assertEquals(expected, classify(target, actual));
    }

    /** RULES.md §4: an actual saying nothing bad happened (未发现违规, 无投诉, 零事故) achieves the target. */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "合规 | 未发现违规 | ACHIEVED",
            "合规 | 未发现违规违纪问题 | ACHIEVED",
            "规范 | 无违规行为 | ACHIEVED",
            "满意 | 无投诉 | ACHIEVED",
            "是 | 没有发生安全事故 | ACHIEVED",
            "安全 | 零事故 | ACHIEVED",
            "无安全事故 | 未发生安全事故 | ACHIEVED",
            "合规 | 发现违规 | NOT_ACHIEVED",
    })
    void classify_absenceOfSomethingBad_isAchieved_rule4(String target, String actual, Outcome expected) {
        assertEquals(expected, classify(target, actual));
    }

    /** RULES.md §4 affirmative words are words: 是 in 是否, 高 in 高于/不高, 优 in 优化 are not affirmations. */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "高 | 不高 | NOT_ACHIEVED",
            "效果明显 | 效果不明显 | NOT_ACHIEVED",
            "显著 | 不显著 | NOT_ACHIEVED",
            "是 | 不是 | NOT_ACHIEVED",
            "有效提升 | 无明显提升 | NOT_ACHIEVED",
            "规范 | 不够规范 | NOT_ACHIEVED",
            "是 | 是否开展待核实 | UNCLASSIFIED",
            "优 | 持续优化中 | ACHIEVED",
            "优 | 优化中 | UNCLASSIFIED",
            "高 | 满意度高 | ACHIEVED",
            "高 | 较高 | ACHIEVED",
            "高 | 有所提高 | ACHIEVED",
            "优 | 优 | ACHIEVED",
            "良好 | 评价为优 | ACHIEVED",
            "良好 | 优秀 | ACHIEVED",
            "是 | 是，已按时发放 | ACHIEVED",
            "合格 | 高于国家标准 | UNCLASSIFIED",
            "长期 | 为未来发展奠定基础 | UNCLASSIFIED",
    })
    void classify_affirmativeWordsAreWholeWordsAndNegationsCount_rule4(String target, String actual,
                                                                     Outcome expected) {
        assertEquals(expected, classify(target, actual));
    }

    /**
     * RULES.md §4 "affirmative and the target is not a negation": against 无违规 / 否 an affirmative actual is
     * read for what it says: 合规 is achieved, 是 (it happened) is not, 完成 says nothing about it.
     */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "无违规 | 合规 | ACHIEVED",
            "无违规违纪 | 规范 | ACHIEVED",
            "无安全事故 | 安全 | ACHIEVED",
            "否 | 是 | NOT_ACHIEVED",
            "无 | 有 | NOT_ACHIEVED",
            "无安全事故 | 发生1起 | NOT_ACHIEVED",
            "无违规 | 完成 | UNCLASSIFIED",
            "无违规 | 否 | ACHIEVED",
    })
    void classify_affirmativeAgainstNegationTarget_rule4(String target, String actual, Outcome expected) {
        assertEquals(expected, classify(target, actual));
    }

    /** RULES.md §4: partial words win over the affirmative word they qualify (基本满意 is not 满意). */
    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "满意 | 基本满意 | PARTIAL",
            "合规 | 基本合规 | PARTIAL",
            "完成 | 部分完成 | PARTIAL",
            "基本满意 | 满意 | ACHIEVED",
            "基本满意 | 基本满意 | ACHIEVED",
            "满意 | 基本不满意 | NOT_ACHIEVED",
    })
    void classify_partialQualifiers_rule4(String target, String actual, Outcome expected) {
        assertEquals(expected, classify(target, actual));
    }

    @Test
    void achieved_noSelfScore_scoresWeight_rule4() {
        WordScore ws = WordScoring.score(Outcome.ACHIEVED, null, 10, s);
        assertEquals(10, ws.score());
        assertNull(ws.code());
    }

    @Test
    void partialAndNotAchieved_noSelfScore_defaultsNeedReview_rule4() {
        WordScore partial = WordScoring.score(Outcome.PARTIAL, null, 10, s);
        assertEquals(7, partial.score());
        assertEquals(FindingCode.SCORE_NEEDS_REVIEW, partial.code());
        WordScore not = WordScoring.score(Outcome.NOT_ACHIEVED, null, 10, s);
        assertEquals(3, not.score());
        assertEquals(FindingCode.SCORE_NEEDS_REVIEW, not.code());
    }

    @Test
    void achieved_selfScoreAtLowerEdge08w_keptInBand_rule4() {
        WordScore ws = WordScoring.score(Outcome.ACHIEVED, 8.0, 10, s);
        assertEquals(8, ws.score());
        assertNull(ws.code());
    }

    @Test
    void achieved_selfScoreBelowBand_movedUpTo08w_rule4() {
        WordScore ws = WordScoring.score(Outcome.ACHIEVED, 7.99, 10, s);
        assertEquals(8, ws.score());
        assertEquals(FindingCode.SELF_SCORE_OUT_OF_BAND, ws.code());
    }

    @Test
    void partial_selfScoreAt08w_movedDownToTopOfHalfOpenBand_rule4() {
        WordScore ws = WordScoring.score(Outcome.PARTIAL, 8.0, 10, s);
        assertEquals(7.99, ws.score());
        assertEquals(FindingCode.SELF_SCORE_OUT_OF_BAND, ws.code());
        assertEquals("定性指标判定为“部分达成”，得分应在6～7.99分之间，自评得分8已调整为7.99", ws.message());
    }

    @Test
    void partial_selfScoreAt06w_keptInBand_rule4() {
        WordScore ws = WordScoring.score(Outcome.PARTIAL, 6.0, 10, s);
        assertEquals(6, ws.score());
        assertNull(ws.code());
    }

    @Test
    void partial_selfScoreBelow06w_movedUpTo06w_rule4() {
        WordScore ws = WordScoring.score(Outcome.PARTIAL, 5.0, 10, s);
        assertEquals(6, ws.score());
        assertEquals(FindingCode.SELF_SCORE_OUT_OF_BAND, ws.code());
    }

    @Test
    void notAchieved_selfScoreAt06w_movedDownTo06wMinusCent_rule4() {
        WordScore ws = WordScoring.score(Outcome.NOT_ACHIEVED, 6.0, 10, s);
        assertEquals(5.99, ws.score());
        assertEquals(FindingCode.SELF_SCORE_OUT_OF_BAND, ws.code());
        assertEquals(2, WordScoring.score(Outcome.NOT_ACHIEVED, 2.0, 10, s).score());
    }

    @Test
    void unclassified_keepsSelfScoreWithinWeight_needsReview_rule4() {
        WordScore ws = WordScoring.score(Outcome.UNCLASSIFIED, 9.0, 10, s);
        assertEquals(9, ws.score());
        assertEquals(FindingCode.QUALITATIVE_NEEDS_REVIEW, ws.code());
        WordScore over = WordScoring.score(Outcome.UNCLASSIFIED, 12.0, 10, s);
        assertEquals(0, over.score());
        assertEquals(FindingCode.QUALITATIVE_NEEDS_REVIEW, over.code());
    }
}
