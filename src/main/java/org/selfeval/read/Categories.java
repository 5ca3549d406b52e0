package org.selfeval.read;

import java.util.LinkedHashMap;
import java.util.Map;
import org.selfeval.model.Category;

/**
 * The category of an indicator row (RULES.md §5) from its 一级指标 label, by the words of the layouts file
 * ({@code category.output}, {@code category.satisfaction}, {@code category.benefit}, looked for in that order in the
 * normalised label: {@code 产出指标(50分)}, {@code 產出指標}, {@code 满意度    指标}, 河北's {@code 效果指标}). A 二级指标
 * naming 满意度 under 效益 (LAYOUTS.md F, older templates) makes the row 满意度.
 */
public final class Categories {
    /** The words of each category, looked for in this order. */
    private static final Map<Category, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put(Category.OUTPUT, "category.output");
        KEYS.put(Category.SATISFACTION, "category.satisfaction");
        KEYS.put(Category.BENEFIT, "category.benefit");
    }

    private Categories() {
    }

    /** The row's category, or null when neither label names one (a flat list, a 一级 nobody listed). */
    public static Category of(Vocabulary v, String level1, String level2) {
        Category second = of(v, level2);
        return second == Category.SATISFACTION ? second : of(v, level1);
    }

    /** The category a label names, or null. */
    public static Category of(Vocabulary v, String label) {
        if (label == null) {
            return null;
        }
        String text = LabelText.normalize(label);
        for (Map.Entry<Category, String> key : KEYS.entrySet()) {
            if (v.containsOne(key.getValue(), text)) {
                return key.getKey();
            }
        }
        return null;
    }
}
