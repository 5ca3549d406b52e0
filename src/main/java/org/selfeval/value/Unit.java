package org.selfeval.value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A unit of a figure. Units of one {@code family} convert by {@code factor} (money to 元, % and ‰ to a
 * fraction); a count unit ({@code 人次}) or a compound unit ({@code 元/人*月}) is its own family and only
 * agrees with itself.
 */
public record Unit(String symbol, String family, double factor) {
    public static final Unit PERCENT = new Unit("%", "ratio", 0.01);
    public static final Unit PER_MILLE = new Unit("‰", "ratio", 0.001);

    private static final Map<String, Unit> CONVERTIBLE = Map.of(
            "%", PERCENT,
            "‰", PER_MILLE,
            "元", new Unit("元", "money", 1),
            "千元", new Unit("千元", "money", 1e3),
            "万元", new Unit("万元", "money", 1e4),
            "亿元", new Unit("亿元", "money", 1e8));

    /**
     * Characters a one- or two-character unit starts with: measure words (个 人 户 次 亩 组 …), time and measure
     * units (天 月 年 吨 米 …) and the multipliers of 万人 / 千米 / 公里 / 平米. {@code 100合格}, {@code 0事故} have no unit:
     * they are words.
     */
    private static final String MEASURE_WORDS = "人次户个件家项起天日月年周时分秒场期批所座名类套台辆条处篇份本张轮遍趟"
            + "宗笔册卷幅幢层间栋床位岗支队村镇乡校园片块枚根盏把艘架门盘届季节课班例针剂盒袋箱瓶包桶表单证份元角度倍级"
            + "星列亩吨米克斤升组棵株头只部网站点万千百亿公平立毫厘方车船机";

    /** Count units longer than two characters that are still plain units. */
    private static final Set<String> LONG_COUNTS = Set.of("平方米", "立方米", "平方公里", "万人次", "千瓦时");
    private static final Pattern COMPOUND = Pattern.compile("[\\p{IsHan}a-zA-Z]{1,3}/[\\p{IsHan}a-zA-Z*]{1,5}");
    private static final Pattern SHORT_HAN = Pattern.compile("[\\p{IsHan}]{1,2}");
    private static final Pattern LATIN = Pattern.compile("[a-zA-Z]{1,3}");

    /**
     * The unit written after a figure, or empty when the text is not a unit (then the value is words).
     * An empty text is no unit at all: call only with a non-empty text.
     */
    public static Optional<Unit> parse(String text) {
        Unit known = CONVERTIBLE.get(text);
        if (known != null) {
            return Optional.of(known);
        }
        String s = text.replace('·', '*');
        if (s.contains("/") && COMPOUND.matcher(s).matches()) {
            return Optional.of(new Unit(s, s, 1));
        }
        if (SHORT_HAN.matcher(s).matches() && MEASURE_WORDS.indexOf(s.charAt(0)) >= 0 || LONG_COUNTS.contains(s)
                || LATIN.matcher(s).matches()) {
            return Optional.of(new Unit(s, s, 1));
        }
        return Optional.empty();
    }

    /** Two units agree when they convert to each other; a missing unit (null) agrees with any. */
    public static boolean agree(Unit a, Unit b) {
        return a == null || b == null || a.family.equals(b.family);
    }

    /**
     * Two figures in comparable numbers: both in the base of their family, or both as written when one
     * has no unit (a bare figure is read in the other side's unit: {@code 95} against {@code ≥95%}).
     * Empty when the units disagree.
     */
    public static Optional<double[]> align(double x, Unit ux, double y, Unit uy) {
        if (!agree(ux, uy)) {
            return Optional.empty();
        }
        if (ux == null || uy == null) {
            return Optional.of(new double[] {x, y});
        }
        return Optional.of(new double[] {toBase(x, ux), toBase(y, uy)});
    }

    /** x in the base of its family, multiplied on the decimal figures (36.4% is 0.364, not 0.36400000000000005). */
    private static double toBase(double x, Unit u) {
        return u.factor == 1 ? x : BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(u.factor)).doubleValue();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
