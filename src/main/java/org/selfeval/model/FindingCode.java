package org.selfeval.model;

/** The stable finding codes of RULES.md §7, each with its severity. */
public enum FindingCode {
    FORM_NOT_FOUND(Severity.ERROR),
    HEADER_FIELD_MISSING(Severity.ERROR),
    FUNDS_MISSING(Severity.ERROR),
    FUNDS_BREAKDOWN_MISMATCH(Severity.ERROR),
    FUNDS_TOTAL_FROM_PARTS(Severity.WARNING),
    OVER_EXECUTION(Severity.WARNING),
    LOW_EXECUTION(Severity.WARNING),
    TARGET_MISSING(Severity.ERROR),
    ACTUAL_MISSING(Severity.ERROR),
    WEIGHT_MISSING(Severity.ERROR),
    TARGET_IN_NAME(Severity.WARNING),
    UNIT_MISMATCH(Severity.ERROR),
    ACTUAL_NOT_QUANTIFIED(Severity.WARNING),
    APPROXIMATE_FIGURE(Severity.INFO),
    QUALITATIVE_NEEDS_REVIEW(Severity.WARNING),
    SCORE_NEEDS_REVIEW(Severity.WARNING),
    SELF_SCORE_OUT_OF_BAND(Severity.WARNING),
    SELF_SCORE_CHANGED(Severity.WARNING),
    SELF_TOTAL_CHANGED(Severity.WARNING),
    WEIGHT_TOTAL_NOT_100(Severity.ERROR),
    CATEGORY_WEIGHT_MISMATCH(Severity.ERROR),
    CATEGORY_WEIGHTS_UNUSUAL(Severity.WARNING),
    CATEGORY_MISSING(Severity.WARNING),
    DEVIATION_ANALYSIS_MISSING(Severity.ERROR);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
