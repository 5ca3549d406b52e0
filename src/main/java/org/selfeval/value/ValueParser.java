package org.selfeval.value;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.CellValue;

/** Turns a 年度指标值 / 实际完成值 text or cell into a {@link Value} (RULES.md §2). */
public final class ValueParser {
    private static final Set<String> NOT_APPLICABLE = Set.of("", "-", "—", "/", "--", "——", "\\", "─");

    private static final String NUM = "[+-]?\\d+(?:\\.\\d+)?";
    private static final Pattern RANGE = Pattern.compile(
            "^(" + NUM + ")(%|‰|[\\p{IsHan}/*]{1,5}?)?(?:-|~|至|到|—)(" + NUM + ")(%|‰|[\\p{IsHan}/*·]{1,6})?$");
    private static final Pattern FIGURE = Pattern.compile(
            "^(?<pre>.*?)(?<num>" + NUM + ")(?<approx>余|多)?(?<unit>[^\\d]*?)(?<approx2>余|多)?"
                    + "(?<suf>及以上|以上|及以下|以下|以内|之内|内|左右)?$");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "^(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号])?(底|末|份|上旬|中旬|下旬)?"
                    + "(?:前|之前|以前|内|止)?(?:完成)?$");
    private static final Pattern YEAR_DATE = Pattern.compile(
            "^(\\d{4})年(?:度)?(?:全年|内|年内|度内|底|底前|末|末前|年底前|年底)?(?:完成)?$");
    private static final Set<String> BUDGET_YEAR = Set.of("预算年度内", "本年度内", "年度内", "当年", "当年内", "年内",
            "本年内", "本年度", "预算年度", "全年", "年底前", "年底", "年末", "年末前", "本年底前", "预算年度内完成",
            "年度内完成", "年内完成", "当年完成", "本年完成", "本年度内完成");

    /** Comparator words written before a figure, by what they say; longest first so that 不低于 wins over 低于. */
    private static final List<Map.Entry<String, Comparison>> PREFIXES = longestFirst(Map.of(
            Comparison.AT_LEAST, List.of("≥", "不低于", "不少于", "不小于", "至少", "最少", "大于等于", "大于或等于",
                    "高于或等于", "达到或超过"),
            Comparison.MORE_THAN, List.of(">", "大于", "超过", "高于", "多于"),
            Comparison.AT_MOST, List.of("≤", "不高于", "不超过", "不大于", "不多于", "小于等于", "小于或等于", "低于或等于",
                    "至多", "最多", "控制在"),
            Comparison.LESS_THAN, List.of("<", "小于", "低于", "少于"),
            Comparison.EQUAL, List.of("=", "等于"),
            Comparison.BARE, List.of("达到", "达", "为", "完成", "共", "累计", "约", "大约", "近")));
    private static final Set<String> APPROXIMATE_PREFIXES = Set.of("约", "大约", "近");

    private static List<Map.Entry<String, Comparison>> longestFirst(Map<Comparison, List<String>> wordsByComparison) {
        return wordsByComparison.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(word -> Map.entry(word, e.getKey())))
                .sorted(Comparator.comparingInt((Map.Entry<String, Comparison> e) -> e.getKey().length()).reversed())
                .toList();
    }

    private ValueParser() {
    }

    /**
     * A cell's value: a stored number is a bare figure (with {@code percentFormat}, 1.0 is 100%),
     * otherwise its text is parsed.
     */
    public static Value parse(CellValue cell) {
        if (cell == null) {
            return new Value.NotApplicable();
        }
        if (cell.number() != null) {
            Value.Figure bare = new Value.Figure(Comparison.BARE, cell.number(), null, false);
            return cell.percentFormat() ? bare.fractionAsPercent() : bare;
        }
        return parse(cell.text());
    }

    public static Value parse(String text) {
        String s = TextNormalizer.normalize(text);
        if (NOT_APPLICABLE.contains(s)) {
            return new Value.NotApplicable();
        }
        return deadline(s)
                .or(() -> range(s))
                .or(() -> figure(s))
                .orElseGet(() -> new Value.Words(s));
    }

    private static Optional<Value> deadline(String s) {
        if (BUDGET_YEAR.contains(s)) {
            return Optional.of(new Value.Deadline(null, 12, 31));
        }
        Matcher y = YEAR_DATE.matcher(s);
        if (y.matches()) {
            return Optional.of(new Value.Deadline(Integer.parseInt(y.group(1)), 12, 31));
        }
        Matcher m = MONTH_DATE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        Integer year = m.group(1) == null ? null : Integer.parseInt(m.group(1));
        int day = m.group(3) != null ? Integer.parseInt(m.group(3)) : dayOf(m.group(4));
        return Optional.of(new Value.Deadline(year, month, day));
    }

    private static int dayOf(String part) {
        if (part == null) {
            return 31;
        }
        return switch (part) {
            case "上旬" -> 10;
            case "中旬" -> 20;
            default -> 31;
        };
    }

    private static Optional<Value> range(String s) {
        Matcher m = RANGE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Unit> u1 = unit(m.group(2));
        Optional<Unit> u2 = unit(m.group(4));
        if (u1 == null || u2 == null) {
            return Optional.empty();
        }
        Unit unit = u2.orElse(u1.orElse(null));
        double a = Double.parseDouble(m.group(1));
        double b = Double.parseDouble(m.group(3));
        return Optional.of(new Value.Range(Math.min(a, b), Math.max(a, b), unit));
    }

    private static Optional<Value> figure(String s) {
        Matcher m = FIGURE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Unit> unit = unit(m.group("unit"));
        if (unit == null || m.group("approx") != null && m.group("approx2") != null) {
            return Optional.empty();
        }
        String pre = m.group("pre");
        Comparison comparison = Comparison.BARE;
        boolean approximate = m.group("approx") != null || m.group("approx2") != null;
        if (!pre.isEmpty()) {
            Map.Entry<String, Comparison> p = prefix(pre);
            if (p == null) {
                return Optional.empty();
            }
            comparison = p.getValue();
            approximate |= APPROXIMATE_PREFIXES.contains(p.getKey());
        }
        String suf = m.group("suf");
        if (suf != null) {
            if (suf.equals("左右")) {
                approximate = true;
            } else if (comparison == Comparison.BARE) {
                comparison = suf.endsWith("以上") ? Comparison.AT_LEAST : Comparison.AT_MOST;
            }
        }
        return Optional.of(new Value.Figure(comparison, Double.parseDouble(m.group("num")), unit.orElse(null),
                approximate));
    }

    /** The longest comparator word {@code pre} ends with, or null. */
    private static Map.Entry<String, Comparison> prefix(String pre) {
        for (Map.Entry<String, Comparison> e : PREFIXES) {
            if (pre.endsWith(e.getKey())) {
                return e;
            }
        }
        return null;
    }

    /** Empty optional for no unit, null when the text is not a unit. */
    private static Optional<Unit> unit(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> u = Unit.parse(text);
        return u.isPresent() ? u : null;
    }
}
