package org.selfeval.template;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A plain number as transcribed ({@code "64"}, {@code "100%"}, {@code "215,457.6"}, {@code "10.00"}) and
 * the Excel number format that shows it as written. Anything else ({@code ≥500人}, {@code —}) is not one.
 *
 * @param value  the number to store (a percentage as a fraction: 100% is 1.0)
 * @param format the Excel data format, {@code General} for a plain integer
 */
public record Figure(double value, String format) {
    private static final Pattern PLAIN = Pattern.compile("-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]+))?(%?)");

    public static Optional<Figure> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = PLAIN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(0).replace(",", "").replace("%", "");
        BigDecimal number = new BigDecimal(digits);
        int decimals = m.group(1) == null ? 0 : m.group(1).length();
        String fraction = decimals == 0 ? "" : "." + "0".repeat(decimals);
        if (!m.group(2).isEmpty()) {
            return Optional.of(new Figure(number.movePointLeft(2).doubleValue(), "0" + fraction + "%"));
        }
        String grouping = text.contains(",") ? "#,##0" : "0";
        String format = decimals == 0 && grouping.equals("0") ? "General" : grouping + fraction;
        return Optional.of(new Figure(number.doubleValue(), format));
    }
}
