package org.selfeval.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;
import org.selfeval.model.ReportText;
import org.selfeval.value.Amounts;

/**
 * RULES.md §10: the report text checked against the form it describes, sentence by sentence (a sentence ends at
 * 。！？； or a line break). Each finding quotes its sentence and names its paragraph.
 * <ul>
 *   <li>REPORT_TOTAL_MISMATCH: a stated total ({@code 综合评价得分100分}, {@code 自评得分为98.5分}, {@code 总分…分})
 *       that differs from the computed total by more than 0.005;</li>
 *   <li>REPORT_GRADE_MISMATCH: a stated grade ({@code 评价等级优}, {@code 等级为“良”}; 优秀 = 优, 良好 = 良,
 *       中等 / 合格 = 中, 不合格 = 差) other than the computed grade;</li>
 *   <li>REPORT_AMOUNT_MISMATCH: a budget or spending figure ({@code 专项资金64万元}, {@code 财政预算内拨款64万元}: an
 *       amount in 万元 or 元 with 预算, 资金, 拨款, 经费, 支出, 投入, 投资, 补助 or 执行 before it in its clause) that
 *       matches none of the form's funds figures (年初预算数, 全年预算数, 全年执行数 of each funds row), once
 *       converted to the form's unit. A figure that is a part of one of them is not a mismatch: amounts the
 *       report states that together add up to a funds figure (the seed's 60万元 and 4万元 of its 64万元) are a
 *       breakdown.</li>
 * </ul>
 * No POI type: the report comes as plain paragraphs ({@link ReportText}).
 */
public final class ReportChecks {
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；;!?\\n]+[。！？；;!?]?");
    private static final Pattern TOTAL = Pattern.compile(
            "(?:综合评价得分|综合得分|自评总分|自评得分|评价得分|总得分|最终得分|得分合计|总分)"
                    + "\\s*(?:为|是|：|:|达到|达|共计|合计|共)?\\s*(\\d+(?:\\.\\d+)?)\\s*分");
    private static final Pattern GRADE = Pattern.compile(
            "(?:评价等级|等级|评价结果|评定为|评为|评价结论)\\s*(?:为|是|：|:|评定为|确定为|定为)?\\s*[“\"「『‘']?"
                    + "(优秀|良好|优|良|中等|合格|不合格|中|差)(?=$|[^\\u4e00-\\u9fa5]|等次|等级|级|档)");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万元|元)");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,：:、]");
    private static final List<String> MONEY_WORDS = List.of("预算", "资金", "拨款", "经费", "支出", "投入", "投资", "补助",
            "执行");
    private static final double SCORE_TOLERANCE = 0.005;
    /** Distinct unmatched amounts tried for a breakdown (2^n subsets). */
    private static final int MAX_PARTS = 12;
    private static final int QUOTE_LIMIT = 120;

    private ReportChecks() {
    }

    /** Every report finding of the form's result against the report, in paragraph order. */
    public static List<Finding> check(ReportText report, FormResult result) {
        List<Finding> findings = new ArrayList<>();
        if (result.funds() == null) {
            return findings; // an incomplete form has no total, grade or funds to compare with
        }
        List<Double> figures = fundsFigures(result.form());
        String unit = result.form().funds().amountUnit();
        List<Stated> amounts = new ArrayList<>();
        for (ReportText.Paragraph p : report.paragraphs()) {
            Matcher sentences = SENTENCE.matcher(p.text());
            while (sentences.find()) {
                String sentence = sentences.group().strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                if (result.scored()) { // a form checked, not scored, has no total or grade of its own
                    totals(p, sentence, result, findings);
                    grades(p, sentence, result, findings);
                }
                amounts.addAll(amounts(p, sentence, unit));
            }
        }
        findings.addAll(amountFindings(amounts, figures, unit));
        return findings;
    }

    private static void totals(ReportText.Paragraph p, String sentence, FormResult result, List<Finding> out) {
        Matcher m = TOTAL.matcher(sentence);
        while (m.find()) {
            double stated = Double.parseDouble(m.group(1));
            if (Math.abs(stated - result.total()) > SCORE_TOLERANCE) {
                out.add(Finding.of(FindingCode.REPORT_TOTAL_MISMATCH, p.where(),
                        "报告写的总分" + Numbers.plain(stated) + "分与自评表计算的总分" + Numbers.plain(result.total())
                                + "分不符：“" + quote(sentence) + "”"));
                return;
            }
        }
    }

    private static void grades(ReportText.Paragraph p, String sentence, FormResult result, List<Finding> out) {
        Matcher m = GRADE.matcher(sentence);
        while (m.find()) {
            String stated = grade(m.group(1));
            if (!stated.equals(result.grade())) {
                out.add(Finding.of(FindingCode.REPORT_GRADE_MISMATCH, p.where(),
                        "报告写的等级“" + m.group(1) + "”与自评表按总分" + Numbers.plain(result.total()) + "分评定的等级“"
                                + result.grade() + "”不符：“" + quote(sentence) + "”"));
                return;
            }
        }
    }

    /** The four grades as the rules name them. */
    static String grade(String word) {
        return switch (word) {
            case "优秀", "优" -> "优";
            case "良好", "良" -> "良";
            case "中等", "合格", "中" -> "中";
            default -> "差";
        };
    }

    /** A budget or spending amount stated in a sentence, in the form's unit. */
    private record Stated(ReportText.Paragraph paragraph, String sentence, String text, double value) {
    }

    private static List<Stated> amounts(ReportText.Paragraph p, String sentence, String formUnit) {
        List<Stated> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(sentence);
        while (m.find()) {
            if (!afterMoneyWord(sentence, m.start())) {
                continue;
            }
            double value = Double.parseDouble(m.group(1).replace(",", ""));
            out.add(new Stated(p, sentence, m.group(1) + m.group(2), inUnit(value, m.group(2), formUnit)));
        }
        return out;
    }

    /** Whether the clause holding the amount (back to the last comma or colon) names money. */
    private static boolean afterMoneyWord(String sentence, int at) {
        String before = sentence.substring(0, at);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int from = 0;
        while (breaks.find()) {
            from = breaks.end();
        }
        String clause = before.substring(from);
        return MONEY_WORDS.stream().anyMatch(clause::contains);
    }

    private static double inUnit(double value, String statedUnit, String formUnit) {
        boolean formInYuan = formUnit != null && formUnit.strip().equals("元");
        if (statedUnit.equals("元") && !formInYuan) {
            return value / 10000;
        }
        if (statedUnit.equals("万元") && formInYuan) {
            return value * 10000;
        }
        return value;
    }

    private static List<Finding> amountFindings(List<Stated> amounts, List<Double> figures, String unit) {
        List<Double> unmatched = new ArrayList<>();
        for (Stated s : amounts) {
            if (!matchesAny(s.value(), figures) && !containsClose(unmatched, s.value())) {
                unmatched.add(s.value());
            }
        }
        Set<Double> parts = breakdownParts(unmatched, figures);
        List<Finding> out = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Stated s : amounts) {
            if (matchesAny(s.value(), figures) || containsClose(new ArrayList<>(parts), s.value())
                    || !reported.add(s.paragraph().where() + "\u0000" + s.sentence())) {
                continue;
            }
            out.add(Finding.of(FindingCode.REPORT_AMOUNT_MISMATCH, s.paragraph().where(),
                    "报告写的金额" + s.text() + "与自评表的项目资金（" + figuresText(figures, unit) + "）都不符：“"
                            + quote(s.sentence()) + "”"));
        }
        return out;
    }

    /** Amounts among {@code unmatched} that, two or more together, add up to one of the figures. */
    private static Set<Double> breakdownParts(List<Double> unmatched, List<Double> figures) {
        Set<Double> parts = new LinkedHashSet<>();
        int n = Math.min(unmatched.size(), MAX_PARTS);
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum += unmatched.get(i);
                }
            }
            if (matchesAny(sum, figures)) {
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        parts.add(unmatched.get(i));
                    }
                }
            }
        }
        return parts;
    }

    /** 年初预算数, 全年预算数 and 全年执行数 of every funds row, as read (the form's unit). */
    private static List<Double> fundsFigures(Form form) {
        List<Double> figures = new ArrayList<>();
        List<Form.FundsRow> rows = new ArrayList<>();
        rows.add(form.funds().total());
        rows.addAll(form.funds().parts());
        for (Form.FundsRow row : rows) {
            if (row == null) {
                continue;
            }
            for (var cell : new org.selfeval.model.CellValue[] {row.initial(), row.annual(), row.executed()}) {
                Double v = cell == null ? null : Amounts.orNull(cell);
                if (v != null && v > 0 && !containsClose(figures, v)) {
                    figures.add(v);
                }
            }
        }
        return figures;
    }

    private static boolean matchesAny(double value, List<Double> figures) {
        return containsClose(figures, value);
    }

    private static boolean containsClose(List<Double> values, double value) {
        for (double v : values) {
            if (Math.abs(v - value) <= Math.max(0.005, Math.abs(v) * 1e-9)) {
                return true;
            }
        }
        return false;
    }

    private static String figuresText(List<Double> figures, String unit) {
        if (figures.isEmpty()) {
            return "未填金额";
        }
        String u = unit == null || unit.isBlank() ? "万元" : unit.strip();
        return String.join("、", figures.stream().map(f -> Numbers.plain(f) + u).toList());
    }

    private static String quote(String sentence) {
        String s = sentence.strip();
        return s.length() <= QUOTE_LIMIT ? s : s.substring(0, QUOTE_LIMIT) + "…";
    }
}
