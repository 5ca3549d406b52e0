package org.selfeval.value;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional and simplified characters of the form's wording (績效指標 ↔ 绩效指标): one table for the reader
 * (labels of 繁体 forms match the simplified labels), the rules (category names) and the sample generator
 * (which draws 繁体 layouts). It covers the characters that occur in form labels, not general text.
 */
public final class ChineseScript {
    /** Pairs of characters: traditional, then simplified. */
    private static final String PAIRS =
            "績绩標标實实際际項项稱称門门單单資资總总額额當当撥拨結结轉转預预數数執执調调後后權权進进產产質质時时經经濟济會会態态續续"
            + "響响滿满務务對对體体況况計计萬万級级與与無无說说達达類类現现評评價价區区縣县應应開开關关來来為为個个們们這这問问題题將将"
            + "劃划營营養养決决從从準准礎础費费財财餘余則则員员稅税農农業业環环衛卫歸归檢检測测証证證证據据報报動动監监鎮镇華华書书兒儿"
            + "愛爱補补貼贴戶户眾众負负擔担減减輕轻貧贫學学";

    private static final Map<Character, Character> TO_SIMPLIFIED = new HashMap<>();
    private static final Map<Character, Character> TO_TRADITIONAL = new HashMap<>();

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            char traditional = PAIRS.charAt(i);
            char simplified = PAIRS.charAt(i + 1);
            TO_SIMPLIFIED.put(traditional, simplified);
            TO_TRADITIONAL.putIfAbsent(simplified, traditional); // 證 and 証 both read as 证; 证 is written 證
        }
    }

    private ChineseScript() {
    }

    public static char toSimplified(char c) {
        return TO_SIMPLIFIED.getOrDefault(c, c);
    }

    public static String toSimplified(String text) {
        return map(text, TO_SIMPLIFIED);
    }

    public static String toTraditional(String text) {
        return map(text, TO_TRADITIONAL);
    }

    private static String map(String text, Map<Character, Character> table) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(table.getOrDefault(c, c));
        }
        return sb.toString();
    }
}
