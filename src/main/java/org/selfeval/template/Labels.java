package org.selfeval.template;

import java.util.stream.Collectors;
import org.selfeval.value.ChineseScript;

/** Turns the form's fixed words into the text a layout writes: wording, spacing, line breaks, script. */
public final class Labels {

    private final FormSpec spec;
    private final Layout layout;

    public Labels(FormSpec spec, Layout layout) {
        this.spec = spec;
        this.layout = layout;
    }

    /** The text of a fixed label in this layout (the form's own spelling when it has one). */
    public String of(Label label) {
        String override = layout.otherProvince() ? null : spec.labelOverride(label.national());
        if (override != null) {
            return script(override);
        }
        String word = layout.otherProvince() ? label.otherProvince() + statedWeight(label) : label.national();
        if (layout.spacedLabels()) {
            word = spaced(word, label.spacing());
        }
        if (layout.lineBreaks()) {
            word = broken(word, label);
        }
        return script(word);
    }

    /**
     * A fixed word of a province's own template (LAYOUTS.md D, E: 自评总分(分), 部门预算执行情况 …) in this layout: spaced
     * as {@code spacing} says, broken over lines, in this layout's script.
     */
    public String word(String word, Label.Spacing spacing) {
        String text = layout.spacedLabels() ? spaced(word, spacing) : word;
        if (layout.lineBreaks() && text.length() >= 4) {
            text = text.substring(0, 2) + "\n" + text.substring(2);
        }
        return script(text);
    }

    /** The weight the form's own label states ({@code 年度绩效目标(80分)} → {@code (80分)}), kept in another wording. */
    private String statedWeight(Label label) {
        String own = spec.labelOverride(label.national());
        java.util.regex.Matcher m = own == null ? null : STATED_WEIGHT.matcher(own);
        return m != null && m.find() ? m.group() : "";
    }

    private static final java.util.regex.Pattern STATED_WEIGHT =
            java.util.regex.Pattern.compile("[(（]\\d+(\\.\\d+)?分[)）]");

    /** A funds row label from the form (年度资金总额, 其中：当年财政拨款 …) in this layout: spaced labels get a
     * trailing colon ({@code 年度资金总额:}) unless they hold one already. */
    public String fundsRow(String label) {
        if (label == null) {
            return null;
        }
        String text = label;
        if (layout.spacedLabels() && !text.contains(":") && !text.contains("：")) {
            text = text + ":";
        }
        return script(text);
    }

    /** The 项目资金 amount unit line: （万元） or （元）. */
    public String fundsUnit() {
        String unit = spec.fundsUnit() == null ? "万元" : spec.fundsUnit();
        return script("（" + unit + "）");
    }

    /** Free template text (the title, the year line) in this layout's script. */
    public String script(String text) {
        if (text == null || !layout.traditional()) {
            return text;
        }
        return ChineseScript.toTraditional(text);
    }

    private static String spaced(String word, Label.Spacing spacing) {
        return switch (spacing) {
            case NONE -> word;
            case ASCII -> join(word, " ");
            case FULL_WIDTH -> join(word, "\u3000");
            case COLON -> word + "：";
        };
    }

    private static String broken(String word, Label label) {
        if (label == Label.INDICATORS) {
            return join(word, "\n");
        }
        return word.length() >= 4 ? word.substring(0, 2) + "\n" + word.substring(2) : word;
    }

    private static String join(String word, String separator) {
        return word.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(separator));
    }

}
