package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.model.FormResult.IndicatorResult;

/**
 * Applies RULES.md §3–§7 to one form: orchestration only; each rule lives in its own class
 * ({@link FigureScoring}, {@link WordScoring}, {@code FundsScoring}, {@code DeviationRule},
 * {@link CategoryRules}, {@link Grade}, …).
 */
public final class FormScorer {
    private FormScorer() {
    }

    /**
     * Scores a form. An incomplete form (no funds block, or no indicator table) gets its read findings
     * only: no funds result, no indicator results, total 0 and a null grade.
     */
    public static FormResult score(Form form, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>(form.readFindings());
        if (form.incomplete()) {
            findings.sort(FindingOrder.SHEET_ORDER);
            return new FormResult(form, null, List.of(), 0, 0, null, findings);
        }
        findings.addAll(HeaderRules.check(form.header()));

        FundsScoring.Outcome funds = FundsScoring.score(form.funds(), settings);
        findings.addAll(funds.findings());
        double weightTotal = funds.result().weight();
        double total = funds.result().score();

        List<IndicatorResult> indicators = new ArrayList<>();
        for (Form.IndicatorRow row : form.indicators()) {
            IndicatorScoring.Assessment a = IndicatorScoring.assess(row, settings);
            indicators.add(a.result());
            findings.addAll(a.findings());
            DeviationRule.check(a, settings).ifPresent(findings::add);
            weightTotal += a.result().weight() == null ? 0 : a.result().weight();
            total += a.result().score();
        }
        weightTotal = Scores.round(weightTotal);
        total = Scores.round(total);

        findings.addAll(CategoryRules.check(indicators, funds.result().weight(), settings));
        String fallback = funds.result().scoreCell() != null ? funds.result().scoreCell() : "A1";
        findings.addAll(TotalRules.check(form.total(), weightTotal, total, fallback));

        findings.sort(FindingOrder.SHEET_ORDER);
        return new FormResult(form, funds.result(), indicators, weightTotal, total, Grade.of(total, settings), findings);
    }
}
