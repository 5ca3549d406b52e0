package org.selfeval.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Numbers;
import org.selfeval.value.Value;

/**
 * RULES.md §4: whether a word actual achieves its target, and the score inside the band that outcome
 * allows (达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w) by default).
 */
public final class WordScoring {

    public enum Outcome {
        ACHIEVED("达成"), PARTIAL("部分达成"), NOT_ACHIEVED("未达成"), UNCLASSIFIED("无法判断");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The score, and at most one finding code with its message (the caller puts it on the 得分 cell). */
    public record WordScore(double score, FindingCode code, String message) {
    }

    /** Words of poor quality: not achieved whatever the target. */
    private static final List<String> POOR = List.of("不满意", "不合格", "不达标", "不及时", "不到位", "滞后", "延期",
            "延迟", "无效", "较差");
    /** Denials: not achieved against a positive target, achieved against a negation target (无…, 否). */
    private static final List<String> DENIAL = List.of("未", "没有");
    /** Affirmative words that state the absence of a violation: they meet a negation target (合规 meets 无违规). */
    private static final List<String> COMPLIANT = List.of("合规", "规范", "合格", "达标", "安全");
    private static final List<String> PARTIAL = List.of("基本", "部分", "初步", "较满意", "一般");
    /** Affirmative words matched anywhere in the actual; the one-character ones (是 高 优) are in {@link #SHORT_AFFIRMATIVE}. */
    private static final List<String> AFFIRMATIVE = List.of("已完成", "完成", "达到", "达成", "达标", "合格", "合规",
            "满意", "实现", "按时", "按期", "准时", "及时", "有效", "显著", "明显", "持续", "长期", "常态化", "良好", "优秀",
            "优良", "优质", "提高", "到位", "提升", "改善", "规范");
    /**
     * 是, 高, 优 as words, not as characters of other words (是否, 高于, 优化): 是 alone or before punctuation,
     * 高 and 优 at the end of the actual or before punctuation (满意度高, 评价为优).
     */
    private static final Pattern SHORT_AFFIRMATIVE = Pattern.compile("(^是|[高优])($|[,;:、(])");
    /** A negator before an affirmative word: 不高, 效果不明显, 无明显提升, 不够规范, 不是. */
    private static final Pattern NEGATED_AFFIRMATIVE = Pattern.compile("(不|无|没|没有)(够|太|很|是很|十分|甚)?("
            + String.join("|", AFFIRMATIVE) + "|是|高|优)");
    private static final String BAD = "违规|违纪|违法|事故|投诉|差错|纠纷|问题|上访|信访|隐患|损失|浪费|挪用|截留|失误";
    /** Nothing bad happened: 未发现违规, 无投诉, 没有发生安全事故, 零事故, 杜绝浪费. */
    private static final Pattern ABSENCE_OF_BAD = Pattern.compile("(未|没有|没|无|零|杜绝)(发现|发生|出现|存在|有|收到|接到|造成)?"
            + "(任何)?(重特大|重大|较大|一般|安全|质量|生产|责任|资金|廉政|明显|有效)?(" + BAD + ")");
    /** Something bad found: 发现违规, 存在挪用 (checked after {@link #ABSENCE_OF_BAD}). */
    private static final Pattern BAD_FOUND = Pattern.compile("违规|违纪|违法|挪用|截留");
    private static final List<String> NEGATION_TARGETS = List.of("无", "未发生", "不发生", "没有", "杜绝", "零");

    private WordScoring() {
    }

    /**
     * @param targetText normalised 年度指标值
     * @param actualText normalised 实际完成值
     */
    public static Outcome classify(Value target, String targetText, Value actual, String actualText) {
        if (target instanceof Value.Deadline due && actual instanceof Value.Deadline done) {
            return done.notLaterThan(due) ? Outcome.ACHIEVED : Outcome.NOT_ACHIEVED;
        }
        if (actualText.equals(targetText)) {
            return Outcome.ACHIEVED;
        }
        // an actual saying that nothing bad happened achieves a positive target (合规) and a negation target alike
        if (ABSENCE_OF_BAD.matcher(actualText).find()) {
            return Outcome.ACHIEVED;
        }
        if (BAD_FOUND.matcher(actualText).find()) {
            return Outcome.NOT_ACHIEVED;
        }
        boolean negationTarget = targetText.equals("否") || NEGATION_TARGETS.stream().anyMatch(targetText::startsWith);
        String said = actualText.replace("未来", "");
        // poor quality (不合格, 滞后, 效果不明显) fails any target; a denial (否, 未…, 没有…) meets a negation target
        if (said.equals("差") || POOR.stream().anyMatch(said::contains) || NEGATED_AFFIRMATIVE.matcher(said).find()) {
            return Outcome.NOT_ACHIEVED;
        }
        if (said.startsWith("否") || said.equals("无") || DENIAL.stream().anyMatch(said::contains)) {
            return negationTarget ? Outcome.ACHIEVED : Outcome.NOT_ACHIEVED;
        }
        if (negationTarget) {
            if (COMPLIANT.stream().anyMatch(said::contains)) {
                return Outcome.ACHIEVED; // 合规 against 无违规
            }
            // 是 / 有 / 发生… against 否 / 无…: the thing to avoid happened; anything else says nothing about it
            return said.startsWith("是") || said.startsWith("有") || said.startsWith("发生") ? Outcome.NOT_ACHIEVED
                    : Outcome.UNCLASSIFIED;
        }
        if (PARTIAL.stream().anyMatch(said::contains)) {
            return Outcome.PARTIAL;
        }
        if (AFFIRMATIVE.stream().anyMatch(said::contains) || SHORT_AFFIRMATIVE.matcher(said).find()) {
            return Outcome.ACHIEVED;
        }
        return Outcome.UNCLASSIFIED;
    }

    /**
     * The self-score when it lies in the outcome's band, else moved to the band's nearer edge
     * (SELF_SCORE_OUT_OF_BAND); with no self-score the band's default (partial and not achieved with
     * SCORE_NEEDS_REVIEW). Unclassifiable: the self-score if within [0, w], else 0, with
     * QUALITATIVE_NEEDS_REVIEW.
     */
    public static WordScore score(Outcome outcome, Double self, double w, RuleSettings s) {
        if (outcome == Outcome.UNCLASSIFIED) {
            boolean usable = self != null && self >= 0 && self <= w;
            double score = usable ? Scores.round(self) : 0;
            return new WordScore(score, FindingCode.QUALITATIVE_NEEDS_REVIEW, usable
                    ? "无法判断实际完成值是否达到指标值，暂按自评得分" + Numbers.plain(score) + "计；请人工复核"
                    : "无法判断实际完成值是否达到指标值，且自评得分缺失或超出分值，暂按0分计；请人工复核");
        }
        double low = switch (outcome) {
            case ACHIEVED -> Scores.times(s.bandAchieved(), w);
            case PARTIAL -> Scores.times(s.bandPartial(), w);
            default -> 0;
        };
        double high = switch (outcome) {
            case ACHIEVED -> w;
            case PARTIAL -> Math.max(low, Scores.round(Scores.times(s.bandAchieved(), w) - 0.01));
            default -> Math.max(0, Scores.round(Scores.times(s.bandPartial(), w) - 0.01));
        };
        if (self == null) {
            double fraction = switch (outcome) {
                case ACHIEVED -> s.defaultAchieved();
                case PARTIAL -> s.defaultPartial();
                default -> s.defaultNotAchieved();
            };
            double score = Scores.within(Scores.times(fraction, w), w);
            return outcome == Outcome.ACHIEVED ? new WordScore(score, null, null)
                    : new WordScore(score, FindingCode.SCORE_NEEDS_REVIEW, "定性指标判定为“" + outcome.label()
                            + "”，未填自评得分，暂按" + Numbers.plain(score) + "分计（该档为" + band(low, high) + "）；请人工复核");
        }
        if (self >= low - 1e-9 && self <= high + 1e-9) {
            return new WordScore(Scores.round(self), null, null);
        }
        double score = Scores.round(self < low ? low : high);
        return new WordScore(score, FindingCode.SELF_SCORE_OUT_OF_BAND, "定性指标判定为“" + outcome.label() + "”，得分应在"
                + band(low, high) + "之间，自评得分" + Numbers.plain(self) + "已调整为" + Numbers.plain(score));
    }

    private static String band(double low, double high) {
        return Numbers.plain(low) + "～" + Numbers.plain(high) + "分";
    }
}
