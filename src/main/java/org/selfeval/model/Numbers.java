package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a clerk reads them in messages: at most 2 decimals, no trailing zeros. */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage: 0.861830 → 86.18%. */
    public static String percent(double fraction) {
        return plain(fraction * 100) + "%";
    }
}
