package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /**
     * RULES.md §4, one table: target | actual | outcome, grouped under the rule each group shows (the group is in
     * the display name).
     */
    @ParameterizedTest(name = "{0}: {1} / {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the outcomes of rule 4 (满意 / 基本满意 and 否 / 是 stand in their own groups below)
            outcomes | 是 | 是 | ACHIEVED
            outcomes | 一定程度上缓解 | 一定程度上缓解 | ACHIEVED
            outcomes | 效果明显 | 达成预期指标 | ACHIEVED
            outcomes | 有效 | 有效 | ACHIEVED
            outcomes | 满意 | 非常满意 | ACHIEVED
            outcomes | 是 | 已完成 | ACHIEVED
            outcomes | 满意 | 较满意 | PARTIAL
            outcomes | 完成 | 基本完成 | PARTIAL
            outcomes | 是 | 否 | NOT_ACHIEVED
            outcomes | 满意 | 不满意 | NOT_ACHIEVED
            outcomes | 完成 | 未完成 | NOT_ACHIEVED
            outcomes | 按时 | 滞后 | NOT_ACHIEVED
            outcomes | 否 | 否 | ACHIEVED
            outcomes | 无安全事故 | 未发生 | ACHIEVED
            outcomes | 效果明显 | 待观察 | UNCLASSIFIED
            outcomes | 9月前 | 7月 | ACHIEVED
            outcomes | 9月前 | 9月 | ACHIEVED
            outcomes | 9月前 | 10月 | NOT_ACHIEVED
            outcomes | 2023年12月底前 | 2023年11月 | ACHIEVED
            outcomes | 2023年12月底前 | 2024年1月 | NOT_ACHIEVED
            outcomes | 预算年度内 | 预算年度内 | ACHIEVED
            outcomes | 12月31日前 | 按时完成 | ACHIEVED
            # an actual saying nothing bad happened (未发现违规, 无投诉, 零事故) achieves the target
            absence of something bad is achieved | 合规 | 未发现违规 | ACHIEVED
            absence of something bad is achieved | 合规 | 未发现违规违纪问题 | ACHIEVED
            absence of something bad is achieved | 规范 | 无违规行为 | ACHIEVED
            absence of something bad is achieved | 满意 | 无投诉 | ACHIEVED
            absence of something bad is achieved | 是 | 没有发生安全事故 | ACHIEVED
            absence of something bad is achieved | 安全 | 零事故 | ACHIEVED
            absence of something bad is achieved | 无安全事故 | 未发生安全事故 | ACHIEVED
            absence of something bad is achieved | 合规 | 发现违规 | NOT_ACHIEVED
            # affirmative words are words: 是 in 是否, 高 in 高于/不高, 优 in 优化 are not affirmations
            affirmative words are whole words, negations count | 高 | 不高 | NOT_ACHIEVED
            affirmative words are whole words, negations count | 效果明显 | 效果不明显 | NOT_ACHIEVED
            affirmative words are whole words, negations count | 显著 | 不显著 | NOT_ACHIEVED
            affirmative words are whole words, negations count | 是 | 不是 | NOT_ACHIEVED
            affirmative words are whole words, negations count | 有效提升 | 无明显提升 | NOT_ACHIEVED
            affirmative words are whole words, negations count | 规范 | 不够规范 | NOT_ACHIEVED
            affirmative words are whole words, negations count | 是 | 是否开展待核实 | UNCLASSIFIED
            affirmative words are whole words, negations count | 优 | 持续优化中 | ACHIEVED
            affirmative words are whole words, negations count | 优 | 优化中 | UNCLASSIFIED
            affirmative words are whole words, negations count | 高 | 满意度高 | ACHIEVED
            affirmative words are whole words, negations count | 高 | 较高 | ACHIEVED
            affirmative words are whole words, negations count | 高 | 有所提高 | ACHIEVED
            affirmative words are whole words, negations count | 优 | 优 | ACHIEVED
            affirmative words are whole words, negations count | 良好 | 评价为优 | ACHIEVED
            affirmative words are whole words, negations count | 良好 | 优秀 | ACHIEVED
            affirmative words are whole words, negations count | 是 | 是，已按时发放 | ACHIEVED
            affirmative words are whole words, negations count | 合格 | 高于国家标准 | UNCLASSIFIED
            affirmative words are whole words, negations count | 长期 | 为未来发展奠定基础 | UNCLASSIFIED
            # "affirmative and the target is not a negation": against 无违规 / 否 an affirmative actual is read for
            # what it says: 合规 is achieved, 是 (it happened) is not, 完成 says nothing about it
            affirmative against a negation target | 无违规 | 合规 | ACHIEVED
            affirmative against a negation target | 无违规违纪 | 规范 | ACHIEVED
            affirmative against a negation target | 无安全事故 | 安全 | ACHIEVED
            affirmative against a negation target | 否 | 是 | NOT_ACHIEVED
            affirmative against a negation target | 无 | 有 | NOT_ACHIEVED
            affirmative against a negation target | 无安全事故 | 发生1起 | NOT_ACHIEVED
            affirmative against a negation target | 无违规 | 完成 | UNCLASSIFIED
            affirmative against a negation target | 无违规 | 否 | ACHIEVED
            # partial words win over the affirmative word they qualify (基本满意 is not 满意)
            partial qualifiers | 满意 | 基本满意 | PARTIAL
            partial qualifiers | 合规 | 基本合规 | PARTIAL
            partial qualifiers | 完成 | 部分完成 | PARTIAL
            partial qualifiers | 基本满意 | 满意 | ACHIEVED
            partial qualifiers | 基本满意 | 基本满意 | ACHIEVED
            partial qualifiers | 满意 | 基本不满意 | NOT_ACHIEVED
            """)
    void classify_rule4(String group, String target, String actual, Outcome expected) {
        assertEquals(expected, classify(target, actual));
    }

    /**
     * RULES.md §4 bands (weight 10): the score and finding for an outcome and a self score (empty: none given).
     */
    @ParameterizedTest(name = "{0}: {1}, self score {2} → {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            achieved, no self score: the weight             | ACHIEVED     | -    | 10   | -
            partial, no self score: default, needs review   | PARTIAL      | -    | 7    | SCORE_NEEDS_REVIEW
            not achieved, no self score: default, needs review | NOT_ACHIEVED | - | 3    | SCORE_NEEDS_REVIEW
            achieved at the lower edge 0.8w: kept in band   | ACHIEVED     | 8.0  | 8    | -
            achieved below the band: moved up to 0.8w       | ACHIEVED     | 7.99 | 8    | SELF_SCORE_OUT_OF_BAND
            partial at 0.8w: moved down to the top of the half-open band | PARTIAL | 8.0 | 7.99 | SELF_SCORE_OUT_OF_BAND
            partial at 0.6w: kept in band                   | PARTIAL      | 6.0  | 6    | -
            partial below 0.6w: moved up to 0.6w            | PARTIAL      | 5.0  | 6    | SELF_SCORE_OUT_OF_BAND
            not achieved at 0.6w: moved down to 0.6w minus a cent | NOT_ACHIEVED | 6.0 | 5.99 | SELF_SCORE_OUT_OF_BAND
            not achieved in band: kept                      | NOT_ACHIEVED | 2.0  | 2    | -
            unclassified within the weight: kept, needs review | UNCLASSIFIED | 9.0 | 9   | QUALITATIVE_NEEDS_REVIEW
            unclassified over the weight: 0, needs review   | UNCLASSIFIED | 12.0 | 0    | QUALITATIVE_NEEDS_REVIEW
            """)
    void score_bands_rule4(String meaning, Outcome outcome, Double selfScore, double expectedScore,
                           FindingCode expectedCode) {
        WordScore ws = WordScoring.score(outcome, selfScore, 10, s);
        assertEquals(expectedScore, ws.score());
        assertEquals(expectedCode, ws.code());
    }

    @Test
    void partial_selfScoreAt08w_movedDown_saysWhyInChinese_rule4() {
        assertEquals("定性指标判定为“部分达成”，得分应在6～7.99分之间，自评得分8已调整为7.99",
                WordScoring.score(Outcome.PARTIAL, 8.0, 10, s).message());
    }
}
