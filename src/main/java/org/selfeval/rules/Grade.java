package org.selfeval.rules;

/** RULES.md §5: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (bounds from the rule settings). */
public final class Grade {
    private Grade() {
    }

    public static String of(double total, RuleSettings s) {
        if (total >= s.gradeExcellent() - 1e-9) {
            return "优";
        }
        if (total >= s.gradeGood() - 1e-9) {
            return "良";
        }
        return total >= s.gradePass() - 1e-9 ? "中" : "差";
    }
}
