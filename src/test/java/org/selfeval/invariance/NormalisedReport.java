package org.selfeval.invariance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.selfeval.read.LabelText;
import org.selfeval.report.JsonReport;
import org.selfeval.value.TextNormalizer;

/**
 * A report entry of one form with everything a layout may legitimately change taken out: cell addresses and
 * rows, label spelling (spaces, line breaks, script) and how a figure is stored. What remains must be the same
 * for every layout of the same form.
 */
record NormalisedReport(String project, String funds, List<String> indicators, String totals,
                        Map<String, List<String>> findings) {

    private static final Set<String> FUNDS_CODES = Set.of("FUNDS_MISSING", "FUNDS_BREAKDOWN_MISMATCH",
            "FUNDS_TOTAL_FROM_PARTS", "OVER_EXECUTION", "LOW_EXECUTION");

    static NormalisedReport of(JsonReport.FormEntry form) {
        List<String> indicators = new ArrayList<>();
        Map<Integer, Integer> indexByRow = new LinkedHashMap<>();
        for (JsonReport.IndicatorEntry i : form.indicators()) {
            indexByRow.put(i.row(), indicators.size());
            indicators.add(String.join(" | ", label(i.level1()), label(i.level2()), label(i.level3()),
                    value(i.target()), value(i.actual()), i.kind(), num(i.weight()), num(i.selfScore()),
                    num(i.score())));
        }
        String funds = form.funds() == null ? "none" : String.join(" | ", num(form.funds().initial()),
                num(form.funds().annual()), num(form.funds().executed()), num(form.funds().weight()),
                num(form.funds().rate()), num(form.funds().score()));
        int fundsRow = form.funds() == null || form.funds().cell() == null ? -1 : row(form.funds().cell());
        Map<String, List<String>> findings = new TreeMap<>();
        for (JsonReport.FindingEntry f : form.findings()) {
            int row = row(f.cell());
            String part;
            if (FUNDS_CODES.contains(f.code()) || row == fundsRow && f.code().equals("WEIGHT_MISSING")
                    || row == fundsRow && f.code().equals("SELF_SCORE_CHANGED")) {
                part = "funds";
            } else if (f.code().equals("HEADER_FIELD_MISSING")) {
                part = "header";
            } else if (f.code().startsWith("CATEGORY_") || f.code().equals("WEIGHT_TOTAL_NOT_100")
                    || f.code().equals("SELF_TOTAL_CHANGED") || f.code().equals("FORM_NOT_FOUND")) {
                part = "form";
            } else if (indexByRow.containsKey(row)) {
                part = "indicator " + indexByRow.get(row);
            } else {
                part = "unplaced";
            }
            findings.computeIfAbsent(part, k -> new ArrayList<>()).add(f.code() + "/" + f.severity());
        }
        findings.values().forEach(l -> l.sort(null));
        return new NormalisedReport(value(form.project()), funds, indicators,
                num(form.weightTotal()) + " | " + num(form.total()) + " | " + form.grade(), findings);
    }

    /** The parts in which {@code other} differs from this report, one line each (empty when the same). */
    List<String> differences(NormalisedReport other) {
        List<String> out = new ArrayList<>();
        if (!project.equals(other.project)) {
            out.add("project: " + project + " -> " + other.project);
        }
        if (!funds.equals(other.funds)) {
            out.add("funds: " + funds + " -> " + other.funds);
        }
        for (int i = 0; i < Math.max(indicators.size(), other.indicators.size()); i++) {
            String a = i < indicators.size() ? indicators.get(i) : "(none)";
            String b = i < other.indicators.size() ? other.indicators.get(i) : "(none)";
            if (!a.equals(b)) {
                out.add("indicator " + i + ": " + a + " -> " + b);
            }
        }
        if (!totals.equals(other.totals)) {
            out.add("totals: " + totals + " -> " + other.totals);
        }
        java.util.Set<String> parts = new java.util.TreeSet<>(findings.keySet());
        parts.addAll(other.findings.keySet());
        for (String part : parts) {
            List<String> a = findings.getOrDefault(part, List.of());
            List<String> b = other.findings.getOrDefault(part, List.of());
            if (!a.equals(b)) {
                out.add("findings of " + part + ": " + a + " -> " + b);
            }
        }
        return out;
    }

    private static String label(String text) {
        return text == null ? "" : LabelText.compact(text);
    }

    private static String value(String text) {
        return text == null ? "" : TextNormalizer.toSimplified(TextNormalizer.normalize(text));
    }

    private static String num(BigDecimal d) {
        return d == null ? "-" : d.stripTrailingZeros().toPlainString();
    }

    private static int row(String a1) {
        String digits = a1 == null ? "" : a1.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }
}
