package org.selfeval.value;

import java.util.regex.Pattern;

/**
 * RULES.md §2 normalisation of a value or label text: full-width to half-width, no spaces or line
 * breaks, one spelling per comparator, {@code 百分比} as {@code %}, no unit repeated in brackets, no
 * trailing {@code 。}, no thousands separators.
 */
public final class TextNormalizer {
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    /** A unit followed by itself in brackets: {@code %(%)}, {@code 人次(人次)}. */
    private static final Pattern REPEATED_UNIT = Pattern.compile("(%|‰|[\\p{IsHan}/*]{1,6})\\(\\1\\)");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (!isSpace(c)) {
                sb.appendCodePoint(halfWidth(c));
            }
        });
        String s = sb.toString()
                .replace(">=", "≥").replace("=>", "≥")
                .replace("<=", "≤").replace("=<", "≤")
                .replace("百分比", "%");
        s = REPEATED_UNIT.matcher(s).replaceAll("$1");
        s = THOUSANDS.matcher(s).replaceAll("");
        while (s.endsWith("。")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * Traditional characters of the form's labels in their simplified form ({@code 產出指標} → {@code 产出指标}),
     * so that forms from 繁体 templates match the same labels.
     */
    public static String toSimplified(String text) {
        return ChineseScript.toSimplified(text);
    }

    /** White space of every kind a form may hold: Unicode spaces, line breaks, BOM and zero-width space. */
    public static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x200B;
    }

    private static int halfWidth(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0;
        }
        return switch (c) {
            case '≧' -> '≥';
            case '≦' -> '≤';
            case '═', '﹦' -> '=';
            case '﹤' -> '<';
            case '﹥' -> '>';
            case '﹪' -> '%';
            case '〜' -> '~';
            case '–', '﹣' -> '-';
            default -> c;
        };
    }
}
