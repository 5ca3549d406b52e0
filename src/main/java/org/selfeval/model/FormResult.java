package org.selfeval.model;

import java.util.List;

/**
 * What the scoring rules computed for one form: the figures written back into the workbook, the
 * findings, and what report.json shows.
 *
 * @param form        the form as read
 * @param funds       the funds block's figures, or null when the form is incomplete
 * @param indicators  one result per indicator row, in sheet order
 * @param weightTotal funds 分值 + every indicator 分值
 * @param total       funds score + every indicator score (never rescaled)
 * @param grade       优 / 良 / 中 / 差, {@link #UNSCORED_GRADE} on a form that scores nothing
 * @param findings    every finding of the form, in sheet order (row, then column)
 * @param scored      false on a form with no 分值 / 得分 anywhere (LAYOUTS.md G): checked, not scored
 * @param achievedShare the share of judged rows that achieved their target (a fraction), null when no row was
 *                    judged
 */
public record FormResult(Form form, FundsResult funds, List<IndicatorResult> indicators, double weightTotal,
                         double total, String grade, List<Finding> findings, boolean scored, Double achievedShare) {

    /** The 等级 of a form that scores nothing (LAYOUTS.md G). */
    public static final String UNSCORED_GRADE = "不评分";

    public FormResult {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    /** A scored form, its achieved share taken from its rows. */
    public FormResult(Form form, FundsResult funds, List<IndicatorResult> indicators, double weightTotal,
                      double total, String grade, List<Finding> findings) {
        this(form, funds, indicators, weightTotal, total, grade, findings, true, achievedShare(indicators));
    }

    /** The same result with other findings (a report's added, places told in other terms). */
    public FormResult withFindings(List<Finding> other) {
        return new FormResult(form, funds, indicators, weightTotal, total, grade, other, scored, achievedShare);
    }

    /** The share of the judged rows (achievement not {@code review}) that are achieved; null when none is judged. */
    public static Double achievedShare(List<IndicatorResult> rows) {
        long judged = rows.stream().filter(r -> r.achievement() != null && r.achievement().judged()).count();
        long achieved = rows.stream().filter(r -> r.achievement() == Achievement.ACHIEVED).count();
        return judged == 0 ? null : (double) achieved / judged;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The 总分 得分 cell to write the total into, or null when the form has no 总分 row. */
    public String totalScoreCell() {
        return form.total() == null || form.total().score() == null ? null : form.total().score().address();
    }

    /** The header field to write the total into (自评总分(分), 项目总得分, 总分:), or null when the header has none. */
    public String headerTotalCell() {
        return form.header() == null || form.header().total() == null ? null : form.header().total().address();
    }

    /**
     * Funds block figures (amounts in the form's own unit).
     *
     * @param rateCell  where 执行率 is written (年度资金总额 row, 执行率 column), null when no such column
     * @param scoreCell where the funds 得分 is written
     * @param scored    false when the block has no weight and no score column (宁夏, unscored forms): weight 0,
     *                  nothing scored (LAYOUTS.md rule 2)
     * @param points     the 预算执行率 row's 单项指标得分 (100 × min(1, 执行率), 河北, LAYOUTS.md C); null elsewhere
     * @param pointsCell where {@code points} is written, null when the form has no such cell
     */
    public record FundsResult(Double initial, Double annual, Double executed, double weight, Double rate,
                              double score, String rateCell, String scoreCell, boolean scored, Double points,
                              String pointsCell) {
        /** Funds with no 100-point score (every family but 河北). */
        public FundsResult(Double initial, Double annual, Double executed, double weight, Double rate, double score,
                           String rateCell, String scoreCell, boolean scored) {
            this(initial, annual, executed, weight, rate, score, rateCell, scoreCell, scored, null, null);
        }

        /** Scored funds. */
        public FundsResult(Double initial, Double annual, Double executed, double weight, Double rate, double score,
                           String rateCell, String scoreCell) {
            this(initial, annual, executed, weight, rate, score, rateCell, scoreCell, true);
        }
    }

    /**
     * One indicator's figures.
     *
     * @param kind      at-least, at-most, equal, range or qualitative
     * @param weight    分值 read (null when missing)
     * @param selfScore 得分 the unit filled in (null when blank)
     * @param score     computed score, 2 decimals
     * @param scoreCell where the score is written
     * @param achievement achieved, partial, not achieved or review (null only where a caller did not judge)
     * @param points     单项指标得分, the score on a 100-point scale of which {@code score} is the share 权重占比 (河北,
     *                   LAYOUTS.md C); null on every other form
     * @param pointsCell where {@code points} is written, null when the form has no such cell
     */
    public record IndicatorResult(Form.IndicatorRow row, String kind, Double weight, Double selfScore, double score,
                                  String scoreCell, Achievement achievement, Double points, String pointsCell) {

        /** A result with no 100-point score (every family but 河北). */
        public IndicatorResult(Form.IndicatorRow row, String kind, Double weight, Double selfScore, double score,
                               String scoreCell, Achievement achievement) {
            this(row, kind, weight, selfScore, score, scoreCell, achievement, null, null);
        }

        /** A result not judged for achievement (tests of the writers). */
        public IndicatorResult(Form.IndicatorRow row, String kind, Double weight, Double selfScore, double score,
                               String scoreCell) {
            this(row, kind, weight, selfScore, score, scoreCell, null);
        }

        /** The weight as it counts in sums: 0 when the row has none (WEIGHT_MISSING). */
        public double weightOrZero() {
            return weight == null ? 0 : weight;
        }

        /**
         * 得分系数 (重庆 部门整体, LAYOUTS.md D): 得分 / 分值 as a fraction rounded to 4 decimals (a percentage with two),
         * written into the row's 得分系数(%) cell; null when the row has no positive weight.
         */
        public Double factor() {
            if (weight == null || weight <= 0) {
                return null;
            }
            return java.math.BigDecimal.valueOf(score).divide(java.math.BigDecimal.valueOf(weight), 4,
                    java.math.RoundingMode.HALF_UP).doubleValue();
        }
    }
}
