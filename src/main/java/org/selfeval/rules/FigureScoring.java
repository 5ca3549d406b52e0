package org.selfeval.rules;

import org.selfeval.rules.RuleSettings.AtMostFormula;

/**
 * RULES.md §3: the score of a figure actual A against a figure target T with weight w, rounded to 2
 * decimals within [0, w]. T and A must already be in comparable numbers (see {@code Unit.align}).
 */
public final class FigureScoring {
    private FigureScoring() {
    }

    /** At least / more than: A ≥ T scores w, else w × A / T; a negative A counts as 0. */
    public static double atLeast(double t, double a, double w) {
        double actual = Math.max(0, a);
        return Scores.within(actual >= t ? w : Scores.mulDiv(w, actual, t), w);
    }

    /**
     * At most / less than: A ≤ T scores w; T = 0 with A > 0 scores 0; else w × T / A ({@code ratio}) or
     * w × (2T − A) / T, reaching 0 at A = 2T ({@code linear-to-zero-at-double}).
     */
    public static double atMost(double t, double a, double w, AtMostFormula formula) {
        if (a <= t) {
            return Scores.within(w, w);
        }
        if (t <= 0) {
            return 0;
        }
        double raw = formula == AtMostFormula.RATIO ? Scores.mulDiv(w, t, a)
                : Scores.mulDiv(w, Scores.decimal(t).multiply(java.math.BigDecimal.valueOf(2))
                        .subtract(Scores.decimal(a)).doubleValue(), t);
        return Scores.within(raw, w);
    }

    /** Equal: T > 0 like at least; T = 0 scores w when A ≤ 0, else 0. */
    public static double equal(double t, double a, double w) {
        if (t == 0) {
            return a <= 0 ? Scores.within(w, w) : 0;
        }
        return atLeast(t, a, w);
    }

    /** Range [L, H]: inside scores w; below w × A / L; above w × H / A. */
    public static double range(double low, double high, double a, double w) {
        if (a >= low && a <= high) {
            return Scores.within(w, w);
        }
        if (a < low) {
            return low <= 0 ? 0 : Scores.within(Scores.mulDiv(w, Math.max(0, a), low), w);
        }
        return Scores.within(Scores.mulDiv(w, high, a), w);
    }
}
