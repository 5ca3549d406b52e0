package org.selfeval.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Project names matched loosely (RULES.md §10), as a 项目清单, a form's 项目名称 and a report's title write them:
 * white space, punctuation and a leading year (2023年度) dropped, then the suffixes 项目支出绩效自评表 / 绩效自评表 /
 * 自评表 / 绩效评价报告 / 自评报告 / 项目 (repeatedly); two names match when one is then the other with at most
 * a few characters inserted (up to {@value #MAX_INSERTED} or half the shorter name's length, whichever is larger).
 * So the seed's list entry {@code 困难职工帮扶送温暖项目自评表} is its form {@code 困难职工送温暖} (帮扶 inserted).
 */
public final class ProjectNames {
    static final int MAX_INSERTED = 4;
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}\\p{IsPunctuation}\\u3000（）【】《》“”‘’、，。：；！？]+");
    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}年度?");
    private static final List<String> SUFFIXES = List.of("项目支出绩效自评表", "项目绩效自评表", "绩效自评表", "自评表",
            "项目支出绩效评价报告", "项目绩效评价报告", "绩效评价报告", "绩效自评报告", "自评报告", "评价报告", "项目");

    private ProjectNames() {
    }

    /** The name as compared: no spaces or punctuation, no leading year, no trailing 项目 / 自评表 / 报告 words. */
    public static String core(String name) {
        if (name == null) {
            return "";
        }
        String s = NOISE.matcher(name).replaceAll("");
        s = YEAR.matcher(s).replaceFirst("");
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String suffix : SUFFIXES) {
                if (s.length() > suffix.length() && s.endsWith(suffix)) {
                    s = s.substring(0, s.length() - suffix.length());
                    cut = true;
                }
            }
        }
        return s;
    }

    /** Whether the two names are the same project, loosely. */
    public static boolean match(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        int inserted = longer.length() - shorter.length();
        return shorter.length() >= 2 && inserted <= Math.max(MAX_INSERTED, shorter.length() / 2)
                && isSubsequence(shorter, longer);
    }

    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            if (whole.charAt(j) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }
}
