package org.selfeval.value;

import java.math.BigDecimal;

/** A 年度指标值 or 实际完成值 as parsed (RULES.md §2). */
public sealed interface Value {

    /**
     * A figure, e.g. {@code ≥500人}: comparator, number as written, unit (null when none).
     *
     * @param approximate written as {@code 700余次}, {@code 约500人}, {@code 500多人}, {@code 500人左右}
     */
    record Figure(Comparison comparison, double number, Unit unit, boolean approximate) implements Value {
        public String unitSymbol() {
            return unit == null ? "" : unit.symbol();
        }

        /**
         * This figure read as a fraction and written as a percentage ({@code 0.98} → {@code 98%}), multiplied on
         * the decimal figures (0.364 is 36.4%, not 36.400000000000006%).
         */
        public Figure fractionAsPercent() {
            return new Figure(comparison, BigDecimal.valueOf(number).movePointRight(2).doubleValue(), Unit.PERCENT,
                    approximate);
        }
    }

    /** {@code 90%-95%}: inside is met. */
    record Range(double low, double high, Unit unit) implements Value {
    }

    /**
     * A date or a deadline ({@code 9月前}, {@code 2023年12月底前}, {@code 预算年度内}, {@code 7月}); the
     * day is the last day meant (a month alone means its end).
     */
    record Deadline(Integer year, int month, int day) implements Value {
        /** At or before {@code other}; years are compared only when both are written. */
        public boolean notLaterThan(Deadline other) {
            if (year != null && other.year != null && !year.equals(other.year)) {
                return year < other.year;
            }
            return month != other.month ? month < other.month : day <= other.day;
        }
    }

    /** Anything else: {@code 是}, {@code 满意}, {@code 效果明显}; the normalised text. */
    record Words(String text) implements Value {
    }

    /** {@code —}, {@code -}, {@code /} or blank. */
    record NotApplicable() implements Value {
    }
}
