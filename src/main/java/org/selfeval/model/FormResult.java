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
 * @param grade       优 / 良 / 中 / 差
 * @param findings    every finding of the form, in sheet order (row, then column)
 */
public record FormResult(Form form, FundsResult funds, List<IndicatorResult> indicators, double weightTotal,
                         double total, String grade, List<Finding> findings) {

    public FormResult {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
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

    /**
     * Funds block figures (amounts in the form's own unit).
     *
     * @param rateCell  where 执行率 is written (年度资金总额 row, 执行率 column), null when no such column
     * @param scoreCell where the funds 得分 is written
     */
    public record FundsResult(Double initial, Double annual, Double executed, double weight, Double rate,
                              double score, String rateCell, String scoreCell) {
    }

    /**
     * One indicator's figures.
     *
     * @param kind      at-least, at-most, equal, range or qualitative
     * @param weight    分值 read (null when missing)
     * @param selfScore 得分 the unit filled in (null when blank)
     * @param score     computed score, 2 decimals
     * @param scoreCell where the score is written
     */
    public record IndicatorResult(Form.IndicatorRow row, String kind, Double weight, Double selfScore, double score,
                                  String scoreCell) {
        /** The weight as it counts in sums: 0 when the row has none (WEIGHT_MISSING). */
        public double weightOrZero() {
            return weight == null ? 0 : weight;
        }
    }
}
