package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.selfeval.model.Achievement;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form.IndicatorRow;
import org.selfeval.model.FormResult.IndicatorResult;
import org.selfeval.model.Numbers;
import org.selfeval.value.Amounts;
import org.selfeval.value.Comparison;
import org.selfeval.value.TextNormalizer;
import org.selfeval.value.Unit;
import org.selfeval.value.Value;
import org.selfeval.value.ValueParser;

/**
 * One indicator row: parses 年度指标值 and 实际完成值, decides how the row is scored (figures §3, words
 * §4, missing values), and makes the row's findings except the deviation rule (§6, {@link DeviationRule}).
 */
final class IndicatorScoring {

    /**
     * The row's result and what the deviation rule needs to know.
     *
     * @param actualMissing 实际完成值 blank or not applicable
     * @param equalMissed   an equal target that the actual did not hit exactly
     * @param achievement   A / T of an at-least figure (null otherwise)
     * @param outcome       the word outcome when scored as words, else null
     * @param scored        false on a form that scores nothing (LAYOUTS.md G): the row is only judged
     */
    record Assessment(IndicatorResult result, List<Finding> findings, boolean actualMissing, boolean equalMissed,
                      Double achievement, WordScoring.Outcome outcome, boolean scored) {
    }

    /**
     * The weight a row of a form that scores nothing is judged with: RULES.md §3/§4 with w = 1, on a percentage
     * scale so that 2-decimal rounding cannot turn 99.5% of a target into "achieved".
     */
    private static final double JUDGING_WEIGHT = 100;

    private static final Pattern FIGURE_IN_NAME =
            Pattern.compile("(\\d+(\\.\\d+)?(%|‰))|((≥|≤|>|<|=|不低于|不少于|不超过|不高于)\\d)");

    private IndicatorScoring() {
    }

    static Assessment assess(IndicatorRow row, RuleSettings s) {
        return new Run(row, s, true).assess();
    }

    /**
     * A row of a form that scores nothing (LAYOUTS.md G): judged achieved / partial / not achieved by RULES.md
     * §3/§4 with a unit weight; no weight, self-score or score findings, and no score in the result (weight null,
     * score 0).
     */
    static Assessment judge(IndicatorRow row, RuleSettings s) {
        return new Run(row, s, false).assess();
    }

    /** The state of scoring one row. */
    private static final class Run {
        private final IndicatorRow row;
        private final RuleSettings s;
        private final boolean scored;
        /**
         * 河北 (LAYOUTS.md C): the row is scored on a 100-point scale into 单项指标得分, and its 折算得分 is that
         * score × 权重占比 / 100; the self-score judged against the word bands is the 单项指标得分.
         */
        private final boolean hundred;
        private final List<Finding> findings = new ArrayList<>();
        private final Double weight;
        private final double w;
        private final Double self;
        private final Value target;
        private final Value actual;
        private final boolean cost;
        private boolean equalMissed;
        private Double achievement;
        private WordScoring.Outcome outcome;

        Run(IndicatorRow row, RuleSettings s, boolean scored) {
            this.row = row;
            this.s = s;
            this.scored = scored;
            hundred = scored && row.points() != null;
            self = !scored ? null : Amounts.orNull(hundred ? row.points() : row.score());
            // a table with no 分值 column (the 20/80 variant): the unit's own 得分 is the points it allotted the row
            weight = !scored ? null : row.weight() == null && !hundred ? self : Amounts.orNull(row.weight());
            w = !scored || hundred ? JUDGING_WEIGHT : weight == null ? 0 : Math.max(0, weight);
            target = ValueParser.parse(row.target());
            actual = ValueParser.parse(row.actual());
            cost = row.level2() != null
                    ? TextNormalizer.toSimplified(TextNormalizer.normalize(row.level2().text())).contains("成本")
                    // a flat list with no category column (LAYOUTS.md D): a bare figure is at most when the
                    // 指标名称 names a loss, damage or cost (the reader's words indicators.name.at.most), else at least
                    : row.level1() == null && row.atMostByName();
        }

        Assessment assess() {
            if (weight == null && scored) {
                String what = hundred ? "权重占比" : "分值";
                add(FindingCode.WEIGHT_MISSING, cellOr(row.weight(), row.score()),
                        what + "未填写，本指标按0分计；请填写该指标的" + what);
            }
            double score = score();
            Achievement judged = achievement(score);
            StatusRule.check(row.status(), judged, score).ifPresent(findings::add);
            if (hundred) {
                return assessed(converted(score), Amounts.orNull(row.score()), judged, score);
            }
            if (scored) {
                SelfScoreCheck.check(row.score(), self, score, FindingCode.SELF_SCORE_CHANGED, "得分")
                        .ifPresent(findings::add);
            }
            return assessed(scored ? score : 0, self, judged, null);
        }

        /**
         * LAYOUTS.md C: 折算得分 = 单项指标得分 × 权重占比 / 100, rounded to the cent; both figures are checked
         * against the unit's (SELF_SCORE_CHANGED on each cell).
         */
        private double converted(double points) {
            SelfScoreCheck.check(row.points(), self, points, FindingCode.SELF_SCORE_CHANGED, "单项指标得分")
                    .ifPresent(findings::add);
            double converted = weight == null ? 0 : Scores.round(Scores.mulDiv(points, Math.max(0, weight), w));
            SelfScoreCheck.check(row.score(), converted, FindingCode.SELF_SCORE_CHANGED, "单项指标折算得分")
                    .ifPresent(findings::add);
            return converted;
        }

        /** @param points the 100-point score (河北), null on every other form */
        private Assessment assessed(double score, Double selfScore, Achievement judged, Double points) {
            IndicatorResult result = new IndicatorResult(row, kind(), weight, selfScore, score,
                    !scored || row.score() == null ? null : row.score().address(), judged, points,
                    points == null ? null : row.points().address());
            return new Assessment(result, List.copyOf(findings), actual instanceof Value.NotApplicable, equalMissed,
                    achievement, outcome, scored);
        }

        /**
         * The row's achievement: review without a target, not achieved without an actual, the word outcome when
         * scored as words, else the figure score against the weight (full: achieved; at least the partial band of
         * RULES.md §4: partial; below: not achieved). A scored row without a weight is judged with a unit weight.
         */
        private Achievement achievement(double score) {
            if (target instanceof Value.NotApplicable) {
                return Achievement.REVIEW;
            }
            if (actual instanceof Value.NotApplicable) {
                return Achievement.NOT_ACHIEVED;
            }
            if (outcome != null) {
                return switch (outcome) {
                    case ACHIEVED -> Achievement.ACHIEVED;
                    case PARTIAL -> Achievement.PARTIAL;
                    case NOT_ACHIEVED -> Achievement.NOT_ACHIEVED;
                    case UNCLASSIFIED -> Achievement.REVIEW;
                };
            }
            if (w <= 0) {
                return new Run(row, s, false).assess().result().achievement();
            }
            double ratio = score / w;
            return ratio >= 1 - 1e-9 ? Achievement.ACHIEVED
                    : ratio >= s.bandPartial() - 1e-9 ? Achievement.PARTIAL : Achievement.NOT_ACHIEVED;
        }

        private double score() {
            boolean targetMissing = target instanceof Value.NotApplicable;
            if (targetMissing) {
                add(FindingCode.TARGET_MISSING, cellOr(row.target(), row.name()),
                        "年度指标值未填写，无法核对，" + zero() + "；请填写年度指标值" + selfNote());
                String name = row.name() == null ? "" : TextNormalizer.normalize(row.name().text());
                if (FIGURE_IN_NAME.matcher(name).find()) {
                    add(FindingCode.TARGET_IN_NAME, cellOr(row.name(), row.target()),
                            "三级指标名称“" + name + "”中含有指标值；请把指标值填入年度指标值栏");
                }
            }
            if (actual instanceof Value.NotApplicable) {
                add(FindingCode.ACTUAL_MISSING, cellOr(row.actual(), row.name()),
                        "实际完成值未填写，无法核对，" + zero() + "；请填写实际完成值" + selfNote());
                return 0;
            }
            if (targetMissing) {
                return 0;
            }
            if (target instanceof Value.Figure t) {
                return againstFigure(t);
            }
            if (target instanceof Value.Range r) {
                return againstRange(r);
            }
            return words();
        }

        private double againstFigure(Value.Figure t) {
            noteApproximate(t, row.target(), "年度指标值");
            return againstNumber(t.unit(), t.number(), "是文字，不是数字，按定性指标评分；请填写实际数字",
                    a -> figureScore(t, a));
        }

        private double againstRange(Value.Range r) {
            return againstNumber(r.unit(), r.low(), "不是单个数字，按定性指标评分；请填写实际数字", a -> rangeScore(r, a));
        }

        /**
         * A figure or range target (its unit, and the number a bare fraction is compared with) against the actual:
         * a range actual at its less favourable end, a word actual as words, a figure actual by {@code score}.
         */
        private double againstNumber(Unit targetUnit, double targetNumber, String notFigure,
                                     ToDoubleFunction<Value.Figure> score) {
            if (actual instanceof Value.Range r) {
                return againstRangeActual(r, targetUnit, score);
            }
            if (!(actual instanceof Value.Figure a)) {
                notQuantified(notFigure);
                return words();
            }
            noteApproximate(a, row.actual(), "实际完成值");
            noteComparison(a);
            return score.applyAsDouble(fraction(targetUnit, targetNumber, a));
        }

        private double figureScore(Value.Figure t, Value.Figure a) {
            Optional<double[]> aligned = Unit.align(t.number(), t.unit(), a.number(), a.unit());
            if (aligned.isEmpty()) {
                return unitMismatch(a, t.unit());
            }
            double tv = aligned.get()[0];
            double av = aligned.get()[1];
            Comparison c = effective(t.comparison());
            if (c == Comparison.EQUAL) {
                equalMissed = Math.abs(av - tv) > 1e-9 * Math.max(1, Math.abs(tv));
                return FigureScoring.equal(tv, av, w);
            }
            if (c.isUpperBound()) {
                return FigureScoring.atMost(tv, av, w, s.atMostFormula());
            }
            achievement = tv > 0 ? av / tv : null;
            return FigureScoring.atLeast(tv, av, w);
        }

        /** UNIT_MISMATCH (RULES.md §2): the row is scored as words. */
        private double unitMismatch(Value.Figure actualFigure, Unit targetUnit) {
            add(FindingCode.UNIT_MISMATCH, cellOr(row.actual(), row.target()),
                    "实际完成值的单位“" + actualFigure.unitSymbol() + "”与年度指标值的单位“"
                            + (targetUnit == null ? "" : targetUnit.symbol())
                            + "”不一致，无法按数字比较，按定性指标评分；请统一单位");
            return words();
        }

        private double rangeScore(Value.Range r, Value.Figure a) {
            Optional<double[]> low = Unit.align(r.low(), r.unit(), a.number(), a.unit());
            Optional<double[]> high = Unit.align(r.high(), r.unit(), a.number(), a.unit());
            if (low.isEmpty() || high.isEmpty()) {
                return unitMismatch(a, r.unit());
            }
            return FigureScoring.range(low.get()[0], high.get()[0], low.get()[1], w);
        }

        /**
         * An actual written as a range ({@code 90%-95%}) cannot be checked as one figure: it is scored at its
         * less favourable end (the lower score of its two ends), with ACTUAL_NOT_QUANTIFIED.
         */
        private double againstRangeActual(Value.Range r, Unit targetUnit, ToDoubleFunction<Value.Figure> score) {
            Value.Figure low = new Value.Figure(Comparison.BARE, r.low(), r.unit(), false);
            Value.Figure high = new Value.Figure(Comparison.BARE, r.high(), r.unit(), false);
            if (!Unit.agree(targetUnit, r.unit())) {
                return score.applyAsDouble(low); // one UNIT_MISMATCH, scored as words
            }
            double atLow = score.applyAsDouble(low);
            boolean lowEqualMissed = equalMissed;
            Double lowAchievement = achievement;
            double atHigh = score.applyAsDouble(high);
            Value.Figure end = high;
            double result = atHigh;
            if (atLow <= atHigh) {
                equalMissed = lowEqualMissed;
                achievement = lowAchievement;
                end = low;
                result = atLow;
            }
            add(FindingCode.ACTUAL_NOT_QUANTIFIED, cellOr(row.actual(), row.name()),
                    "实际完成值“" + text(row.actual()) + "”是区间，按较不利的一端" + Numbers.plain(end.number())
                            + end.unitSymbol() + "计分；请填写实际数字");
            return result;
        }

        /**
         * A bare number of at most 1.5 against a percentage target of 50% or more is a fraction written without
         * its % format ({@code 0.98} against {@code ≥95%} is 98%), with ACTUAL_NOT_QUANTIFIED; else the actual as is.
         */
        private Value.Figure fraction(Unit targetUnit, double targetNumber, Value.Figure a) {
            if (targetUnit != Unit.PERCENT || a.unit() != null || targetNumber < 50 || a.number() <= 0
                    || a.number() > 1.5) {
                return a;
            }
            Value.Figure percent = a.fractionAsPercent();
            add(FindingCode.ACTUAL_NOT_QUANTIFIED, cellOr(row.actual(), row.name()),
                    "实际完成值“" + text(row.actual()) + "”未写单位，年度指标值是百分比，按" + Numbers.plain(percent.number())
                            + "%计分；请填写百分数（如" + Numbers.plain(percent.number()) + "%）");
            return percent;
        }

        private double words() {
            String targetText = TextNormalizer.normalize(row.target() == null ? "" : row.target().text());
            String actualText = TextNormalizer.normalize(row.actual() == null ? "" : row.actual().text());
            outcome = WordScoring.classify(target, targetText, actual, actualText);
            WordScoring.WordScore ws = WordScoring.score(outcome, self, w, s);
            if (!scored && outcome == WordScoring.Outcome.UNCLASSIFIED) {
                add(FindingCode.QUALITATIVE_NEEDS_REVIEW, cellOr(row.actual(), row.name()),
                        "无法判断实际完成值是否达到指标值；请人工复核");
            } else if (scored && ws.code() != null) {
                add(ws.code(), cellOr(row.score(), row.name()), ws.message());
            }
            return ws.score();
        }

        private Comparison effective(Comparison c) {
            if (c == Comparison.BARE) {
                return cost ? Comparison.AT_MOST : Comparison.AT_LEAST;
            }
            return c;
        }

        private String kind() {
            if (target instanceof Value.Range) {
                return "range";
            }
            if (!(target instanceof Value.Figure t)) {
                return "qualitative";
            }
            Comparison c = effective(t.comparison());
            return c == Comparison.EQUAL ? "equal" : c.isUpperBound() ? "at-most" : "at-least";
        }

        private void notQuantified(String why) {
            add(FindingCode.ACTUAL_NOT_QUANTIFIED, cellOr(row.actual(), row.name()),
                    "年度指标值是数字，实际完成值“" + text(row.actual()) + "”" + why);
        }

        private void noteComparison(Value.Figure a) {
            if (a.comparison() == Comparison.BARE) {
                return;
            }
            String bound = a.comparison().isLowerBound() ? "下限" : a.comparison().isUpperBound() ? "上限" : "";
            add(FindingCode.ACTUAL_NOT_QUANTIFIED, cellOr(row.actual(), row.name()),
                    "实际完成值“" + text(row.actual()) + "”是比较式，按" + bound + Numbers.plain(a.number()) + a.unitSymbol()
                            + "计分；请填写实际数字");
        }

        private void noteApproximate(Value.Figure f, CellValue cell, String what) {
            if (f.approximate()) {
                add(FindingCode.APPROXIMATE_FIGURE, cellOr(cell, row.name()),
                        what + "“" + text(cell) + "”是约数，按" + Numbers.plain(f.number()) + f.unitSymbol() + "计；请填写准确数字");
            }
        }

        /** What a row that cannot be checked earns: 0 points, or no judgement on a form that scores nothing. */
        private String zero() {
            return scored ? "本指标按0分计" : "无法判断是否完成";
        }

        private String selfNote() {
            return self == null ? "" : "（原自评得分" + Numbers.plain(self) + "）";
        }

        private void add(FindingCode code, String cell, String message) {
            findings.add(Finding.of(code, cell, message));
        }

        private String cellOr(CellValue preferred, CellValue fallback) {
            CellValue c = preferred != null ? preferred : fallback != null ? fallback : row.name();
            return c != null ? c.address() : "A" + row.sheetRow();
        }

        private static String text(CellValue c) {
            return c == null ? "" : c.text().strip();
        }
    }
}
