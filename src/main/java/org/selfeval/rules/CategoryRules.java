package org.selfeval.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.CellValue;
import org.selfeval.model.Category;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult.IndicatorResult;
import org.selfeval.model.Numbers;
import org.selfeval.value.TextNormalizer;

/**
 * RULES.md §5, categories: each 一级指标 (产出/效益/满意度) present, a weight stated in its label
 * ({@code 产出指标(50分)}) equal to its rows' sum, and the usual split 10/50/30/10.
 */
public final class CategoryRules {

    private static final Pattern STATED_WEIGHT = Pattern.compile("\\((\\d+(?:\\.\\d+)?)分\\)");

    private CategoryRules() {
    }

    /**
     * A weight stated on the indicator block ({@code 年度绩效目标(80分)}) against what its parts state: the weights
     * stated by its 一级指标 labels when every one states one ({@code (60分)} + {@code (40分)}), else the rows'
     * weights: another figure is CATEGORY_WEIGHT_MISMATCH on the block label.
     */
    static Optional<Finding> checkBlock(CellValue block, List<IndicatorResult> results) {
        OptionalDouble stated = block == null ? OptionalDouble.empty() : statedWeight(block.text());
        if (stated.isEmpty() || results.isEmpty()) {
            return Optional.empty();
        }
        Map<String, OptionalDouble> parts = new LinkedHashMap<>();
        for (IndicatorResult r : results) {
            CellValue level1 = r.row().level1();
            String text = level1 == null ? "" : TextNormalizer.normalize(level1.text());
            parts.putIfAbsent(text, statedWeight(text));
        }
        boolean allStated = parts.values().stream().allMatch(OptionalDouble::isPresent);
        double sum = allStated ? parts.values().stream().mapToDouble(OptionalDouble::getAsDouble).sum()
                : results.stream().mapToDouble(IndicatorResult::weightOrZero).sum();
        if (!Scores.weightsDiffer(stated.getAsDouble(), sum)) {
            return Optional.empty();
        }
        String what = allStated ? "其下一级指标标明的分值合计为" + Numbers.plain(sum) + "（" + String.join("、", parts.keySet()) + "）"
                : "其下各三级指标分值合计为" + Numbers.plain(sum);
        return Optional.of(Finding.of(FindingCode.CATEGORY_WEIGHT_MISMATCH, block.address(),
                TextNormalizer.normalize(block.text()) + "标明" + Numbers.plain(stated.getAsDouble()) + "分，" + what
                        + "；请核对分值"));
    }

    /** The weight written in a 一级指标 label, {@code 产出指标(50分)} → 50. */
    public static OptionalDouble statedWeight(String level1) {
        Matcher m = STATED_WEIGHT.matcher(TextNormalizer.normalize(level1));
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    static List<Finding> check(List<IndicatorResult> results, double fundsWeight, RuleSettings s) {
        List<Finding> findings = new ArrayList<>();
        // a flat list with no 一级/二级 column (LAYOUTS.md D): no category to check
        if (results.isEmpty() || results.stream().allMatch(r -> r.row().level1() == null && r.row().level2() == null)) {
            return findings;
        }
        Map<String, List<IndicatorResult>> byLabel = new LinkedHashMap<>();
        Map<Category, Double> sums = new EnumMap<>(Category.class);
        for (IndicatorResult r : results) {
            CellValue level1 = r.row().level1();
            String text = level1 == null ? "" : level1.text();
            byLabel.computeIfAbsent(TextNormalizer.normalize(text), k -> new ArrayList<>()).add(r);
            if (r.row().category() != null) {
                sums.merge(r.row().category(), r.weightOrZero(), Double::sum);
            }
        }
        for (List<IndicatorResult> group : byLabel.values()) {
            CellValue label = group.get(0).row().level1();
            OptionalDouble stated = label == null ? OptionalDouble.empty() : statedWeight(label.text());
            double sum = group.stream().mapToDouble(IndicatorResult::weightOrZero).sum();
            if (stated.isPresent() && Scores.weightsDiffer(stated.getAsDouble(), sum)) {
                findings.add(Finding.of(FindingCode.CATEGORY_WEIGHT_MISMATCH, label.address(),
                        TextNormalizer.normalize(label.text()) + "标明" + Numbers.plain(stated.getAsDouble())
                                + "分，其下各三级指标分值合计为" + Numbers.plain(sum) + "；请核对分值"));
            }
        }
        String where = firstCell(results.get(0));
        for (Category c : Category.values()) {
            if (!sums.containsKey(c)) {
                findings.add(Finding.of(FindingCode.CATEGORY_MISSING, where,
                        "未找到" + c.label() + "指标（一级指标）；请补充" + c.label() + "指标"));
            }
        }
        double output = sums.getOrDefault(Category.OUTPUT, 0.0);
        double benefit = sums.getOrDefault(Category.BENEFIT, 0.0);
        double satisfaction = sums.getOrDefault(Category.SATISFACTION, 0.0);
        if (s.indicatorsWeight() != null) {
            double indicators = results.stream().mapToDouble(IndicatorResult::weightOrZero).sum();
            if (Scores.weightsDiffer(fundsWeight, s.fundsWeight())
                    || Scores.weightsDiffer(indicators, s.indicatorsWeight())) {
                findings.add(Finding.of(FindingCode.CATEGORY_WEIGHTS_UNUSUAL, where,
                        "分值分配为预算执行" + Numbers.plain(fundsWeight) + "、绩效指标" + Numbers.plain(indicators)
                                + "，通常为" + Numbers.plain(s.fundsWeight()) + "、" + Numbers.plain(s.indicatorsWeight())
                                + "；请核对各类指标分值"));
            }
            return findings;
        }
        if (Scores.weightsDiffer(fundsWeight, s.fundsWeight()) || Scores.weightsDiffer(output, s.outputWeight())
                || Scores.weightsDiffer(benefit, s.benefitWeight())
                || Scores.weightsDiffer(satisfaction, s.satisfactionWeight())) {
            findings.add(Finding.of(FindingCode.CATEGORY_WEIGHTS_UNUSUAL, where,
                    "分值分配为预算执行" + Numbers.plain(fundsWeight) + "、产出" + Numbers.plain(output) + "、效益" + Numbers.plain(benefit)
                            + "、满意度" + Numbers.plain(satisfaction) + "，通常为" + Numbers.plain(s.fundsWeight()) + "、"
                            + Numbers.plain(s.outputWeight()) + "、" + Numbers.plain(s.benefitWeight()) + "、"
                            + Numbers.plain(s.satisfactionWeight()) + "；请核对各类指标分值"));
        }
        return findings;
    }


    private static String firstCell(IndicatorResult r) {
        CellValue c = r.row().level1() != null ? r.row().level1() : r.row().name();
        return c != null ? c.address() : "A" + r.row().sheetRow();
    }
}
