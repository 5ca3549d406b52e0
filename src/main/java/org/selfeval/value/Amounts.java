package org.selfeval.value;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.CellValue;

/** Reads an amount or a weight from a cell: {@code 64}, {@code "64"}, {@code 64万元}, {@code 215,457.6}, {@code 10.00}. */
public final class Amounts {
    private static final Pattern AMOUNT = Pattern.compile("^([+-]?\\d+(?:\\.\\d+)?)(?:万元|元|千元|亿元|分)?$");

    private Amounts() {
    }

    /** The number in the cell; empty for a blank, {@code —}, {@code -}, {@code /} or any non-figure text. */
    public static OptionalDouble of(CellValue cell) {
        if (cell == null) {
            return OptionalDouble.empty();
        }
        if (cell.number() != null) {
            return OptionalDouble.of(cell.number());
        }
        Matcher m = AMOUNT.matcher(TextNormalizer.normalize(cell.text()));
        return m.matches() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    /** Like {@link #of}, boxed: null when there is no number. */
    public static Double orNull(CellValue cell) {
        OptionalDouble d = of(cell);
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
