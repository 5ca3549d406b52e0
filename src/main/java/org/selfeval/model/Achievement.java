package org.selfeval.model;

/**
 * Whether an indicator reached its target, judged for every row of every family (LAYOUTS.md G): by the
 * figures (RULES.md §3: the full score is achieved, at least the partial band of §4 is partial, below it not
 * achieved) or by the words (RULES.md §4), and {@link #REVIEW} where the row cannot be judged (no target,
 * words that say nothing a rule can read).
 */
public enum Achievement {
    ACHIEVED("achieved", "达成"),
    PARTIAL("partial", "部分达成"),
    NOT_ACHIEVED("not-achieved", "未达成"),
    REVIEW("review", "需人工复核");

    private final String code;
    private final String label;

    Achievement(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used in report.json. */
    public String code() {
        return code;
    }

    /** The Chinese word a clerk reads. */
    public String label() {
        return label;
    }

    /** A judgement (achieved, partial or not achieved), not a row left for review. */
    public boolean judged() {
        return this != REVIEW;
    }
}
