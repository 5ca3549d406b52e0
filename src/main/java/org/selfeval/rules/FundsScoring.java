package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.selfeval.model.Achievement;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form.FundsRow;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult.FundsResult;
import org.selfeval.model.Numbers;
import org.selfeval.model.Severity;
import org.selfeval.value.Amounts;

/**
 * RULES.md §5, funds block: 执行率 = 全年执行数 / 全年预算数 of the 年度资金总额 row (the 其中 rows' sums when
 * that row is blank or 0), score = 分值 × min(1, 执行率), and the block's findings. Findings sit on the
 * 年度资金总额 row: 执行率 cell (amounts and rate), 分值 cell (weight), 得分 cell (self-score). A block with no
 * weight and no score column is checked, not scored (weight 0, no finding; LAYOUTS.md rule 2).
 */
final class FundsScoring {

    record Outcome(FundsResult result, List<Finding> findings) {
    }

    private enum Column {
        INITIAL("年初预算数", FundsRow::initial),
        ANNUAL("全年预算数", FundsRow::annual),
        EXECUTED("全年执行数", FundsRow::executed);

        final String label;
        final Function<FundsRow, CellValue> cell;

        Column(String label, Function<FundsRow, CellValue> cell) {
            this.label = label;
            this.cell = cell;
        }
    }

    private FundsScoring() {
    }

    static Outcome score(Form.Funds funds, RuleSettings s) {
        return score(funds, s, true);
    }

    /**
     * @param scored false on a form that scores nothing (LAYOUTS.md G): 执行率 and its findings only, weight and
     *               score 0, no weight or self-score finding
     */
    static Outcome score(Form.Funds funds, RuleSettings s, boolean scored) {
        FundsRow total = funds.total();
        List<FundsRow> parts = funds.parts();
        List<Finding> findings = new ArrayList<>();
        String rateCell = cell(total, FundsRow::rate, FundsRow::score);
        String scoreCell = cell(total, FundsRow::score, FundsRow::rate);

        List<String> fromParts = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        Double[] amounts = new Double[Column.values().length];
        for (Column c : Column.values()) {
            Double own = total == null ? null : Amounts.orNull(c.cell.apply(total));
            Double sum = sum(parts, c);
            if ((own == null || own == 0) && sum != null && sum != 0) {
                amounts[c.ordinal()] = sum;
                fromParts.add(name(c, funds) + Numbers.plain(sum));
            } else {
                amounts[c.ordinal()] = own;
                if (own != null && sum != null && Math.abs(own - sum) > 0.005) {
                    mismatches.add(name(c, funds) + "：总额" + Numbers.plain(own) + "，其中各项之和" + Numbers.plain(sum));
                }
            }
        }
        if (!fromParts.isEmpty()) {
            findings.add(Finding.of(FindingCode.FUNDS_TOTAL_FROM_PARTS, rateCell,
                    "年度资金总额未填写或为0，按其中各项之和计算（" + String.join("，", fromParts) + "）；请填写年度资金总额"));
        }
        if (!mismatches.isEmpty()) {
            findings.add(Finding.of(FindingCode.FUNDS_BREAKDOWN_MISMATCH, rateCell,
                    "年度资金总额与当年财政拨款、上年结转资金、其他资金之和不符（" + String.join("；", mismatches) + "）；请核对"));
        }

        // not scored: a form that scores nothing (LAYOUTS.md G), or a block with no weight (column or stated) and no
        // score column (rule 2, 宁夏)
        boolean fundsScored = scored && (total == null || total.weight() != null || total.score() != null);
        Double weightRead = total == null ? null : Amounts.orNull(total.weight());
        double weight = !fundsScored ? 0 : weightRead != null ? weightRead : s.fundsDefaultWeight();
        if (fundsScored && weightRead == null) {
            findings.add(new Finding(Severity.WARNING, FindingCode.WEIGHT_MISSING,
                    cell(total, FundsRow::weight, FundsRow::rate),
                    "预算执行率分值未填写，按" + Numbers.plain(weight) + "分计；请填写分值"));
        }

        Double annual = amounts[Column.ANNUAL.ordinal()];
        Double executed = amounts[Column.EXECUTED.ordinal()];
        Double rate = null;
        double score = 0;
        if (annual == null || annual <= 0 || executed == null) {
            String zero = fundsScored ? "，预算执行得分按0分计" : "";
            String budget = name(Column.ANNUAL, funds);
            String spent = name(Column.EXECUTED, funds);
            findings.add(Finding.of(FindingCode.FUNDS_MISSING, rateCell, annual == null || annual <= 0
                    ? "未填写" + budget + "，无法计算执行率" + zero + "；请填写" + budget + "和" + spent
                    : "未填写" + spent + "，无法计算执行率" + zero + "；请填写" + spent));
        } else {
            rate = executed / annual;
            score = share(weight, executed, annual, s);
            String figures = "执行率为" + Numbers.percent(rate) + "（" + name(Column.EXECUTED, funds)
                    + Numbers.plain(executed) + " / " + name(Column.ANNUAL, funds) + Numbers.plain(annual) + "）";
            if (rate > 1 + 1e-9) {
                findings.add(Finding.of(FindingCode.OVER_EXECUTION, rateCell,
                        figures + "，超过100%；请核对执行数或说明超支原因"));
            } else if (rate < s.lowExecution() - 1e-9) {
                findings.add(Finding.of(FindingCode.LOW_EXECUTION, rateCell,
                        figures + "，低于" + Numbers.percent(s.lowExecution()) + "；请说明执行偏低的原因"));
            }
        }
        reasonMissing(funds, amounts[Column.INITIAL.ordinal()], annual, rate, s).ifPresent(findings::add);
        Form.IndicatorRow row = funds.scoredBy();
        Double points = null;
        if (row != null && fundsScored) {
            // LAYOUTS.md C: the 预算执行率 row scores 100 × min(1, 执行率) on its 100-point scale, and its share
            points = rate == null ? 0 : share(HUNDRED, executed, annual, s);
            score = Scores.round(Scores.mulDiv(points, weight, HUNDRED));
            SelfScoreCheck.check(row.points(), points, FindingCode.SELF_SCORE_CHANGED, "单项指标得分")
                    .ifPresent(findings::add);
            StatusRule.check(row.status(), rate == null ? Achievement.NOT_ACHIEVED : achievement(points, s), points)
                    .ifPresent(findings::add);
        }
        if (total != null && fundsScored) {
            SelfScoreCheck.check(total.score(), score, FindingCode.SELF_SCORE_CHANGED,
                    row != null ? "单项指标折算得分" : "预算执行得分").ifPresent(findings::add);
        }
        FundsResult result = new FundsResult(amounts[Column.INITIAL.ordinal()], annual, executed, weight, rate, score,
                total == null || total.rate() == null ? null : total.rate().address(),
                total == null || total.score() == null ? null : total.score().address(), fundsScored, points,
                points == null || row.points() == null ? null : row.points().address());
        return new Outcome(result, findings);
    }

    /** The scale of 河北's 单项指标得分 (LAYOUTS.md C). */
    private static final double HUNDRED = 100;

    /** w × min(1, 执行数 / 预算数), or w × 执行率 uncapped when the rules file says so (RULES.md §5, §9). */
    private static double share(double w, double executed, double annual, RuleSettings s) {
        double raw = s.fundsScoreCapped() && executed >= annual ? w : Scores.mulDiv(w, executed, annual);
        return s.fundsScoreCapped() ? Scores.within(raw, w) : Scores.round(Math.max(0, raw));
    }

    /** The budget row judged as a figure row is (RULES.md §3/§4): full 100 achieved, the partial band partial. */
    private static Achievement achievement(double points, RuleSettings s) {
        return points >= HUNDRED - 1e-9 ? Achievement.ACHIEVED
                : points / HUNDRED >= s.bandPartial() - 1e-9 ? Achievement.PARTIAL : Achievement.NOT_ACHIEVED;
    }

    /**
     * LAYOUTS.md B: where the block has a 原因 column, an 执行率 below the low-execution threshold or a budget
     * adjusted during the year (调整后预算数 ≠ 年初预算) must be explained there; template text counts as empty.
     */
    private static java.util.Optional<Finding> reasonMissing(Form.Funds funds, Double initial, Double annual,
                                                             Double rate, RuleSettings s) {
        CellValue reason = funds.reason();
        if (reason == null || !reason.isBlank()) {
            return java.util.Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (rate != null && rate < s.lowExecution() - 1e-9) {
            why.add("执行率" + Numbers.percent(rate) + "低于" + Numbers.percent(s.lowExecution()));
        }
        if (initial != null && annual != null && Math.abs(initial - annual) > 0.005) {
            why.add("年初预算" + Numbers.plain(initial) + "调整为" + Numbers.plain(annual));
        }
        if (why.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Finding.of(FindingCode.FUNDS_REASON_MISSING, reason.address(),
                String.join("，", why) + "，须在“原因”栏说明" + (reason.notAnAnswer() != null ? "（现为模板说明文字）" : "")
                        + "；请填写原因"));
    }

    /** The sum of a column over the 其中 rows, or null when none of them holds a number. */
    /** A column's name in a message, as the form prints it (四川 调整后预算数, 河北 执行数); 年初预算数 as is. */
    private static String name(Column c, Form.Funds funds) {
        return switch (c) {
            case ANNUAL -> funds.columnNames().annual();
            case EXECUTED -> funds.columnNames().executed();
            default -> c.label;
        };
    }

    private static Double sum(List<FundsRow> parts, Column c) {
        List<Double> values = parts.stream().map(p -> Amounts.orNull(c.cell.apply(p))).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String cell(FundsRow row, Function<FundsRow, CellValue> first, Function<FundsRow, CellValue> second) {
        if (row == null) {
            return "A1";
        }
        CellValue c = first.apply(row) != null ? first.apply(row) : second.apply(row);
        return (c != null ? c : row.labelCell()).address();
    }
}
