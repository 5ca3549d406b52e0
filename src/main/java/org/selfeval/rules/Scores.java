package org.selfeval.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Every score is rounded half-up to 2 decimals and kept within [0, w]. */
final class Scores {
    private Scores() {
    }

    static double round(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static double within(double x, double w) {
        return round(Math.max(0, Math.min(w, x)));
    }

    /** Two scores that differ by more than 0.01 (RULES.md §5). */
    static boolean differ(double a, double b) {
        return Math.abs(a - b) > 0.01 + 1e-9;
    }
}
