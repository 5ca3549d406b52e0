package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Achievement;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form.IndicatorRow;
import org.selfeval.model.Numbers;
import org.selfeval.model.Severity;

/**
 * RULES.md §6: where a target was missed, or exceeded by far, 偏差原因分析及改进措施 must hold a real
 * explanation, not a placeholder such as 无. A form with no such column (河北, 重庆) gets a warning on the
 * indicator's name, to explain it in the 自评报告 (LAYOUTS.md rule 4).
 */
final class DeviationRule {
    private DeviationRule() {
    }

    static Optional<Finding> check(IndicatorScoring.Assessment a, RuleSettings s) {
        List<String> reasons = reasons(a, s);
        IndicatorRow row = a.result().row();
        String text = row.deviation() == null ? "" : row.deviation().text();
        if (reasons.isEmpty() || !s.isPlaceholder(text)) {
            return Optional.empty();
        }
        if (row.deviation() == null) {
            // LAYOUTS.md rule 4: the form has no explanation column: a warning on the indicator's name
            String cell = (row.name() != null ? row.name() : row.score()).address();
            return Optional.of(new Finding(Severity.WARNING, FindingCode.DEVIATION_ANALYSIS_MISSING, cell,
                    String.join("；", reasons) + "，须说明偏差原因；本表没有偏差原因分析栏，请在自评报告中说明"));
        }
        String now = text.isBlank() ? "现为空白" : "现为“" + text.strip() + "”";
        return Optional.of(Finding.of(FindingCode.DEVIATION_ANALYSIS_MISSING, row.deviation().address(),
                String.join("；", reasons) + "，须填写偏差原因分析及改进措施（" + now + "）"));
    }

    /**
     * LAYOUTS.md F: a form with no explanation column but one form-level cell (偏差大或目标未完成原因分析) meets
     * §6 there. When a row needs an explanation and that cell is blank or a placeholder, one
     * DEVIATION_ANALYSIS_MISSING sits on the cell and names the rows (三级指标 and sheet row).
     */
    static Optional<Finding> checkFormLevel(List<IndicatorScoring.Assessment> rows,
                                            org.selfeval.model.CellValue explanation, RuleSettings s) {
        List<String> needing = new ArrayList<>();
        for (IndicatorScoring.Assessment a : rows) {
            List<String> reasons = reasons(a, s);
            if (!reasons.isEmpty()) {
                IndicatorRow row = a.result().row();
                String name = row.name() == null ? "" : row.name().text().strip();
                needing.add("第" + row.sheetRow() + "行“" + name + "”（" + String.join("；", reasons) + "）");
            }
        }
        String text = explanation.text();
        if (needing.isEmpty() || !s.isPlaceholder(text)) {
            return Optional.empty();
        }
        String now = text.isBlank() ? "现为空白" : "现为“" + text.strip() + "”";
        return Optional.of(Finding.of(FindingCode.DEVIATION_ANALYSIS_MISSING, explanation.address(),
                "以下指标须说明偏差原因：" + String.join("，", needing) + "；请在“偏差大或目标未完成原因分析”栏填写（" + now + "）"));
    }

    private static List<String> reasons(IndicatorScoring.Assessment a, RuleSettings s) {
        List<String> reasons = new ArrayList<>();
        double w = a.result().weightOrZero();
        if (a.actualMissing()) {
            reasons.add("实际完成值未填写");
        } else if (!a.scored()) {
            if (a.outcome() == null && a.result().achievement() != null && a.result().achievement().judged()
                    && a.result().achievement() != Achievement.ACHIEVED) {
                reasons.add("实际完成值未达到年度指标值（判定为“" + a.result().achievement().label() + "”）");
            }
        } else if (a.result().points() != null) {
            if (a.result().points() < 100 - 1e-9) { // 河北: the 100-point 单项指标得分 (LAYOUTS.md C)
                reasons.add("单项指标得分" + Numbers.plain(a.result().points()) + "低于100");
            }
        } else if (a.result().score() < Scores.round(w)) {
            reasons.add("得分" + Numbers.plain(a.result().score()) + "低于分值" + Numbers.plain(w));
        }
        if (a.equalMissed()) {
            reasons.add("实际完成值未恰好达到“=”指标值");
        }
        if (a.achievement() != null && a.achievement() >= s.overAchievement() - 1e-9) {
            reasons.add("实际完成值达到指标值的" + Numbers.percent(a.achievement()) + "（" + Numbers.percent(s.overAchievement())
                    + "及以上），指标值可能定得过低");
        }
        if (a.outcome() != null && a.outcome() != WordScoring.Outcome.ACHIEVED) {
            reasons.add("定性指标判定为“" + a.outcome().label() + "”");
        }
        return reasons;
    }
}
