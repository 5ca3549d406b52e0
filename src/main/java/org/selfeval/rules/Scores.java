package org.selfeval.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Every score is rounded half-up to 2 decimals and kept within [0, w]. */
final class Scores {
    private Scores() {
    }

    static double round(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * x × y / z on the decimal figures as written (each double read as its shortest decimal, {@code 36.4} is
     * 36.4), so that a result of exactly .xx5 rounds up: in binary floating point 3 × 36.4 / 80 is 1.3649999….
     */
    static double mulDiv(double x, double y, double z) {
        return decimal(x).multiply(decimal(y)).divide(decimal(z), MathContext.DECIMAL128).doubleValue();
    }

    /** x × y on the decimal figures (0.7 × 15 = 10.5 exactly). */
    static double times(double x, double y) {
        return decimal(x).multiply(decimal(y)).doubleValue();
    }

    static BigDecimal decimal(double x) {
        return BigDecimal.valueOf(x);
    }

    static double within(double x, double w) {
        return round(Math.max(0, Math.min(w, x)));
    }

    /** Two weights (分值 or their sums) that are not the same figure: the split, a stated 一级指标 weight, the 100. */
    static boolean weightsDiffer(double a, double b) {
        return Math.abs(a - b) > 1e-6;
    }

    /** Two scores that differ by more than 0.01 (RULES.md §5). */
    static boolean differ(double a, double b) {
        return Math.abs(a - b) > 0.01 + 1e-9;
    }
}
