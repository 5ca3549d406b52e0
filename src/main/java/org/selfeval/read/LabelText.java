package org.selfeval.read;

import java.util.regex.Pattern;
import org.selfeval.value.ChineseScript;
import org.selfeval.value.TextNormalizer;

/**
 * Normalisation of label text before matching (RULES.md §1): whitespace of every kind removed, full-width
 * characters folded to half-width, traditional characters mapped to simplified, bracketed parts dropped
 * and a trailing colon stripped. Only for matching labels: values keep their visible text.
 */
public final class LabelText {
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]|【[^【】]*】");
    /** A section number in front of a label: {@code 二、预算执行情况}, {@code 2.项目实施内容}. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\d{1,2}[、.](?=\\p{IsHan}))");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "指标[0-9一二三四五六七八九十]*|…+|\\.{2,}|/+|—+|-+|－+|_+");

    private LabelText() {
    }

    /**
     * The text with whitespace removed (including U+3000, NBSP, zero-width space and line breaks), full-width characters
     * folded to half-width and traditional characters mapped to simplified; brackets are kept.
     */
    public static String compact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (TextNormalizer.isSpace(ch)) {
                continue;
            }
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            }
            sb.append(ChineseScript.toSimplified(ch));
        }
        return sb.toString();
    }

    /**
     * The label as matched: {@link #compact(String)}, then every bracketed part ({@code (50分)}, {@code (B/A)},
     * {@code （万元）}) dropped, a section number in front ({@code 二、}, {@code 2.}) and trailing colons stripped.
     * {@code 二、项目资金（万元）} → {@code 项目资金}.
     */
    public static String normalize(String text) {
        String s = SECTION_NUMBER.matcher(compact(text)).replaceFirst("");
        String previous;
        do {
            previous = s;
            s = BRACKETED.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return stripTrailingColons(s);
    }

    /**
     * True when the text holds nothing a reader could use: blank, or a template placeholder such as
     * {@code 指标}, {@code 指标2：}, {@code ……}, {@code /}, {@code —}.
     */
    public static boolean isPlaceholder(String text) {
        String s = stripTrailingColons(compact(text));
        return s.isEmpty() || PLACEHOLDER.matcher(s).matches();
    }

    private static String stripTrailingColons(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ':') {
            end--;
        }
        return s.substring(0, end);
    }

}
