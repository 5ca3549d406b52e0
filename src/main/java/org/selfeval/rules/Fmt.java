package org.selfeval.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a clerk reads them in messages: at most 2 decimals, no trailing zeros. */
final class Fmt {
    private Fmt() {
    }

    static String num(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage: 0.861830 → 86.18%. */
    static String percent(double fraction) {
        return num(fraction * 100) + "%";
    }
}
