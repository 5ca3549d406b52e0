package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.selfeval.model.FindingCode;
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
    public static FormResult score(Form form, RuleSettings rules) {
        RuleSettings settings = rules.forFamily(form.family());
        List<Finding> findings = new ArrayList<>(form.readFindings());
        if (form.incomplete()) {
            findings.sort(FindingOrder.SHEET_ORDER);
            return new FormResult(form, null, List.of(), 0, 0, null, findings);
        }
        findings.addAll(HeaderRules.check(form.header()));
        findings.addAll(UnreadCells.check(form));
        if (!scored(form)) {
            return checked(form, settings, findings);
        }

        FundsScoring.Outcome funds = FundsScoring.score(form.funds(), settings);
        findings.addAll(funds.findings());
        double weightTotal = funds.result().weight();
        double total = funds.result().score();

        List<IndicatorScoring.Assessment> assessed = new ArrayList<>();
        for (Form.IndicatorRow row : form.indicators()) {
            assessed.add(IndicatorScoring.assess(row, settings));
        }
        Map<Integer, List<Integer>> groups = IndicatorGroups.of(form.indicators());
        List<IndicatorResult> indicators = new ArrayList<>();
        List<IndicatorResult> counted = new ArrayList<>();
        List<IndicatorScoring.Assessment> explainedOnForm = new ArrayList<>();
        for (int i = 0; i < assessed.size(); i++) {
            IndicatorScoring.Assessment a = assessed.get(i);
            if (groups.containsKey(i)) {
                // a heading: the sum of its items, its own 得分 checked against that sum, nothing counted twice
                IndicatorResult heading = heading(a.result(), groups.get(i).stream().map(assessed::get).toList());
                indicators.add(heading);
                SelfScoreCheck.check(a.result().row().score(), heading.selfScore(), heading.score(),
                        FindingCode.SELF_SCORE_CHANGED, "得分").ifPresent(findings::add);
                continue;
            }
            indicators.add(a.result());
            counted.add(a.result());
            findings.addAll(a.findings());
            if (a.result().row().deviation() == null && form.explanation() != null) {
                explainedOnForm.add(a); // LAYOUTS.md F: explained in the form-level cell, not on the row
            } else {
                DeviationRule.check(a, settings).ifPresent(findings::add);
            }
            weightTotal += a.result().weightOrZero();
            total += a.result().score();
        }
        weightTotal = Scores.round(weightTotal);
        total = Scores.round(total);

        if (form.explanation() != null) {
            DeviationRule.checkFormLevel(explainedOnForm, form.explanation(), settings).ifPresent(findings::add);
        }
        findings.addAll(CategoryRules.check(counted, funds.result().weight(), settings));
        CategoryRules.checkBlock(form.indicatorBlock(), counted).ifPresent(findings::add);
        String fallback = funds.result().scoreCell() != null ? funds.result().scoreCell() : "A1";
        findings.addAll(TotalRules.check(form.total(), form.header() == null ? null : form.header().total(),
                weightTotal, total, fallback));

        findings.sort(FindingOrder.SHEET_ORDER);
        return new FormResult(form, funds.result(), indicators, weightTotal, total, Grade.of(total, settings), findings,
                true, FormResult.achievedShare(counted));
    }

    /** A form scores something unless it has no 分值 / 得分 anywhere (LAYOUTS.md G, {@link Form#scoresNothing}). */
    static boolean scored(Form form) {
        return !Form.scoresNothing(form.funds(), form.indicators(), form.total());
    }

    /**
     * A form that scores nothing, checked: 执行率 and its findings, each row judged (RULES.md §3/§4 with w = 1)
     * and §6 applied; no weight, category or total findings, no total, 等级 不评分.
     */
    private static FormResult checked(Form form, RuleSettings settings, List<Finding> findings) {
        FundsScoring.Outcome funds = FundsScoring.score(form.funds(), settings, false);
        findings.addAll(funds.findings());
        List<IndicatorResult> indicators = new ArrayList<>();
        for (Form.IndicatorRow row : form.indicators()) {
            IndicatorScoring.Assessment a = IndicatorScoring.judge(row, settings);
            indicators.add(a.result());
            findings.addAll(a.findings());
            DeviationRule.check(a, settings).ifPresent(findings::add);
        }
        findings.sort(FindingOrder.SHEET_ORDER);
        return new FormResult(form, funds.result(), indicators, 0, 0, FormResult.UNSCORED_GRADE, findings, false,
                FormResult.achievedShare(indicators));
    }

    /** A heading's result: weight and score are its items' sums (null weight when no item has one). */
    private static IndicatorResult heading(IndicatorResult own, List<IndicatorScoring.Assessment> items) {
        boolean weighted = items.stream().anyMatch(a -> a.result().weight() != null);
        double weight = items.stream().mapToDouble(a -> a.result().weightOrZero()).sum();
        double score = items.stream().mapToDouble(a -> a.result().score()).sum();
        return new IndicatorResult(own.row(), own.kind(), weighted ? Scores.round(weight) : null, own.selfScore(),
                Scores.round(score), own.scoreCell(), own.achievement());
    }
}
