package org.selfeval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Random figures, units and comparators: every spelling of one value parses to that value. */
class ValueParserProperties {

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", "%", "‰", "元", "万元", "亿元", "人", "人次", "户", "个", "次", "天", "件", "家", "项",
                "起", "组", "亩", "元/人*月", "元/户");
    }

    @Provide
    Arbitrary<String> comparators() {
        return Arbitraries.of("≥", "≧", ">=", "＞＝", "≤", "≦", "<=", "=", "═", "＝", "﹦", ">", "<", "");
    }

    private static Comparison expected(String comparator) {
        return switch (comparator) {
            case "≥", "≧", ">=", "＞＝" -> Comparison.AT_LEAST;
            case "≤", "≦", "<=" -> Comparison.AT_MOST;
            case "=", "═", "＝", "﹦" -> Comparison.EQUAL;
            case ">" -> Comparison.MORE_THAN;
            case "<" -> Comparison.LESS_THAN;
            default -> Comparison.BARE;
        };
    }

    @Property
    void comparatorFigureUnit_parsesToItsParts_rule2(@ForAll("comparators") String comparator,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal number,
            @ForAll("units") String unit) {
        String text = comparator + number.toPlainString() + unit;
        Value.Figure f = assertInstanceOf(Value.Figure.class, ValueParser.parse(text), text);
        assertEquals(expected(comparator), f.comparison(), text);
        assertEquals(number.doubleValue(), f.number(), 1e-9, text);
        assertEquals(unit, f.unitSymbol(), text);
    }

    @Property
    void fullWidthAndSpacedForms_roundTripToSameValue_rule2(@ForAll("comparators") String comparator,
            @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal number,
            @ForAll("units") String unit, @ForAll boolean trailingStop) {
        String plain = comparator + number.toPlainString() + unit;
        String wide = toFullWidth(comparator) + "　" + toFullWidth(number.toPlainString()) + " "
                + toFullWidth(unit) + (trailingStop ? "。" : "");
        assertEquals(ValueParser.parse(plain), ValueParser.parse(wide), wide);
    }

    @Property
    void thousandsSeparators_doNotChangeTheFigure_rule2(@ForAll @BigRange(min = "1000", max = "99999999")
            BigDecimal number, @ForAll("units") String unit) {
        String grouped = String.format("%,d", number.longValue()) + unit;
        assertEquals(ValueParser.parse(number.longValue() + unit), ValueParser.parse(grouped), grouped);
    }

    @Property
    void ranges_parseBothEnds_rule2(@ForAll @BigRange(min = "0", max = "1000") @Scale(1) BigDecimal low,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(1) BigDecimal width,
            @ForAll("separators") String separator) {
        BigDecimal high = low.add(width);
        String text = low.toPlainString() + "%" + separator + high.toPlainString() + "%";
        Value.Range r = assertInstanceOf(Value.Range.class, ValueParser.parse(text), text);
        assertEquals(low.doubleValue(), r.low(), 1e-9);
        assertEquals(high.doubleValue(), r.high(), 1e-9);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("-", "~", "～", "至", "－");
    }

    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> deadlineSuffixes() {
        return Arbitraries.of("前", "底前", "末前", "之前", "以前", "底", "末", "内", "");
    }

    /** {@code 9月前}, {@code 2023年12月底前}: a month deadline, met (inclusive) by any month up to it. */
    @Property
    void monthDeadlines_metUpToTheirMonthEnd_rule2(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12)
                                                   int month,
                                                   @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12)
                                                   int done,
                                                   @ForAll("deadlineSuffixes") String suffix,
                                                   @ForAll boolean withYear) {
        String text = (withYear ? "2023年" : "") + month + "月" + suffix;
        Value.Deadline due = assertInstanceOf(Value.Deadline.class, ValueParser.parse(text), text);
        assertEquals(month, due.month(), text);
        assertEquals(31, due.day(), text);
        Value.Deadline actual = assertInstanceOf(Value.Deadline.class, ValueParser.parse(done + "月"));
        assertEquals(done <= month, actual.notLaterThan(due), done + "月 against " + text);
    }

    /** 以上 / 以下 / 以内 after a figure, 余 / 约 / 多 around it. */
    @Property
    void suffixWordsAndApproximations_rule2(@ForAll @BigRange(min = "1", max = "100000") @Scale(0) BigDecimal n,
                                            @ForAll("units") String unit) {
        String figure = n.toPlainString();
        Value.Figure above = assertInstanceOf(Value.Figure.class, ValueParser.parse(figure + unit + "以上"));
        assertEquals(Comparison.AT_LEAST, above.comparison());
        Value.Figure within = assertInstanceOf(Value.Figure.class, ValueParser.parse(figure + unit + "以内"));
        assertEquals(Comparison.AT_MOST, within.comparison());
        Value.Figure below = assertInstanceOf(Value.Figure.class, ValueParser.parse(figure + unit + "以下"));
        assertEquals(Comparison.AT_MOST, below.comparison());
        for (String approx : new String[] {"约" + figure + unit, figure + "余" + unit, figure + "多" + unit}) {
            Value.Figure f = assertInstanceOf(Value.Figure.class, ValueParser.parse(approx), approx);
            assertEquals(n.doubleValue(), f.number(), approx);
            assertEquals(true, f.approximate(), approx);
        }
    }
}
