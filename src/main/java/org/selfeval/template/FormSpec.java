package org.selfeval.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A 项目支出绩效自评表 as transcribed in {@code forms/*.json}: every text verbatim, numbers as strings,
 * blank cells as null. Only {@link #labels} and {@link #cover} go beyond the shared JSON shape: the seed
 * uses them for its own label spellings and its 项目清单 cover sheet. {@code after_total} holds the rows a form
 * prints after its 总分 row (label → text), in order.
 */
public record FormSpec(
        String source,
        @JsonProperty("source_note") String sourceNote,
        Boolean complete,
        @JsonProperty("truncated_note") String truncatedNote,
        String variant,
        String title,
        String year,
        String project,
        String department,
        String unit,
        @JsonProperty("filled_by") String filledBy,
        @JsonProperty("project_category") String projectCategory,
        @JsonProperty("project_attribute") String projectAttribute,
        @JsonProperty("funds_unit") String fundsUnit,
        @JsonProperty("funds_columns") List<String> fundsColumns,
        List<FundsRowSpec> funds,
        @JsonProperty("goal_expected") String goalExpected,
        @JsonProperty("goal_actual") String goalActual,
        List<IndicatorSpec> indicators,
        @JsonProperty("other_notes_row") String otherNotesRow,
        @JsonProperty("total_weight") String totalWeight,
        @JsonProperty("total_score") String totalScore,
        String grade,
        String notes,
        Map<String, String> labels,
        CoverSpec cover,
        @JsonProperty("after_total") Map<String, String> afterTotal,
        FamilySpec family,
        @JsonProperty("goal_rate") String goalRate) {

    /** The family id of a 河北 预算项目绩效自评表 (LAYOUTS.md C), drawn in its four sections by {@link HebeiDrawing}. */
    public static final String HEBEI = "hebei";

    public FormSpec {
        fundsColumns = fundsColumns == null ? List.of() : List.copyOf(fundsColumns);
        funds = funds == null ? List.of() : List.copyOf(funds);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        afterTotal = afterTotal == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(afterTotal));
    }

    /** A form with no 总体完成率 ({@code goal_rate}, 河北 only). */
    public FormSpec(String source, String sourceNote, Boolean complete, String truncatedNote, String variant,
                    String title, String year, String project, String department, String unit, String filledBy,
                    String projectCategory, String projectAttribute, String fundsUnit, List<String> fundsColumns,
                    List<FundsRowSpec> funds, String goalExpected, String goalActual, List<IndicatorSpec> indicators,
                    String otherNotesRow, String totalWeight, String totalScore, String grade, String notes,
                    Map<String, String> labels, CoverSpec cover, Map<String, String> afterTotal, FamilySpec family) {
        this(source, sourceNote, complete, truncatedNote, variant, title, year, project, department, unit, filledBy,
                projectCategory, projectAttribute, fundsUnit, fundsColumns, funds, goalExpected, goalActual, indicators,
                otherNotesRow, totalWeight, totalScore, grade, notes, labels, cover, afterTotal, family, null);
    }

    /**
     * A 河北 预算项目绩效自评表 (LAYOUTS.md C, family id {@value #HEBEI}): four sections, funds 预算数(调整后) | 到位数 |
     * 执行数 | 预算执行进度, indicators with 指标解释, a split target, 完成情况, 单项指标得分, 权重占比 and 折算得分.
     */
    public boolean hebei() {
        return family != null && HEBEI.equals(family.id());
    }

    /**
     * The form explains deviations once, in a row after the 总分 ({@code 偏差大或目标未完成原因分析}, LAYOUTS.md F),
     * not in a column of the indicator table.
     */
    public boolean explainedOnce() {
        return afterTotal.keySet().stream().anyMatch(k -> k.contains("原因"));
    }

    /** The 部门整体支出 variant: one 部门 row in place of 项目名称 / 主管部门 / 实施单位. */
    public boolean departmentOverall() {
        return variant != null && variant.contains("部门整体支出");
    }

    /** The form's own spelling of a template label (e.g. 绩效指标 written with spaces), or null. */
    public String labelOverride(String nationalLabel) {
        return labels.get(nationalLabel);
    }

    /**
     * A form of a province's own template drawn by {@link FamilyDrawing} (LAYOUTS.md B 四川, D 重庆 部门整体, E 宁夏) rather
     * than on the national grid: its header rows, block labels and column headers as the template prints them.
     *
     * @param id             the family (report.json {@code layout}): {@code chongqing-dept}, {@code ningxia}
     * @param headerRows     the header, row by row: label, value, label, value … ({@code 自评总分(分) | 97.6})
     * @param fundsBlock     the funds block's label ({@code 部门预算执行情况})
     * @param goalsBlock     the goals block's label ({@code 当年绩效目标}); null when the goals are header rows (四川
     *                       项目年度目标 | text)
     * @param goalColumns    the goals' column headers, each matched to goal_expected / goal_adjusted / goal_actual
     * @param goalAdjusted   the 全年(调整)绩效目标 text (重庆), null when none
     * @param indicatorBlock the indicator block's label ({@code 绩效指标})
     * @param indicatorColumns      the indicator table's column headers, left to right
     * @param indicatorColumnsOther the family's other column order (重庆 order 2), drawn by a layout in another
     *                              wording ({@link Layout#otherProvince()}); null when the family has one order
     * @param totalLabel     the label of a bottom total row ({@code 合计}: total_weight under the weight column,
     *                       total_score under the score column, then the after_total rows); null when the form
     *                       prints its total in the header only
     */
    public record FamilySpec(String id, @JsonProperty("header_rows") List<List<String>> headerRows,
                             @JsonProperty("funds_block") String fundsBlock,
                             @JsonProperty("goals_block") String goalsBlock,
                             @JsonProperty("goal_columns") List<String> goalColumns,
                             @JsonProperty("goal_adjusted") String goalAdjusted,
                             @JsonProperty("indicator_block") String indicatorBlock,
                             @JsonProperty("indicator_columns") List<String> indicatorColumns,
                             @JsonProperty("indicator_columns_other") List<String> indicatorColumnsOther,
                             @JsonProperty("total_label") String totalLabel) {
        public FamilySpec {
            headerRows = headerRows == null ? List.of() : headerRows.stream().map(List::copyOf).toList();
            goalColumns = goalColumns == null ? List.of() : List.copyOf(goalColumns);
            indicatorColumns = indicatorColumns == null ? List.of() : List.copyOf(indicatorColumns);
        }
    }

    /**
     * One row of the 项目资金 block; {@code received} is 河北's 到位数 and {@code reason} the 原因 cell of 四川 0013zp,
     * each null elsewhere.
     */
    public record FundsRowSpec(String label, String initial, String annual, String executed, String weight,
                               String rate, String score, String received, String reason) {
        /** A row with no 到位数 and no 原因. */
        public FundsRowSpec(String label, String initial, String annual, String executed, String weight,
                            String rate, String score) {
            this(label, initial, annual, executed, weight, rate, score, null, null);
        }
    }

    /**
     * One row of the indicator table; placeholder and empty rows are kept, in sheet order. The last five are the
     * columns of a flat list (重庆 部门整体, LAYOUTS.md D), null elsewhere: 计量单位, 指标性质, 调整指标值, 得分系数,
     * 是否核心指标. The three after them are 河北's (LAYOUTS.md C), null elsewhere: {@code explanation} its 指标解释,
     * {@code status} its 单项指标完成情况, {@code points} its 单项指标得分 ({@code weight} is then its 权重占比 and
     * {@code score} its 单项指标折算得分).
     */
    public record IndicatorSpec(String level1, String level2, String level3, String target,
                                @JsonProperty("target_parts") TargetParts targetParts, String actual,
                                String weight, String score, String deviation,
                                @JsonProperty("sub_item") Boolean subItem,
                                String unit, String nature, @JsonProperty("target_adjusted") String targetAdjusted,
                                @JsonProperty("score_coefficient") String scoreCoefficient,
                                @JsonProperty("is_core") String isCore, String explanation, String status,
                                String points) {

        /** A row with none of 河北's columns. */
        public IndicatorSpec(String level1, String level2, String level3, String target, TargetParts targetParts,
                             String actual, String weight, String score, String deviation, Boolean subItem,
                             String unit, String nature, String targetAdjusted, String scoreCoefficient,
                             String isCore) {
            this(level1, level2, level3, target, targetParts, actual, weight, score, deviation, subItem, unit, nature,
                    targetAdjusted, scoreCoefficient, isCore, null, null, null);
        }

        /** The 年度指标值 split into 指标性质 | 指标值 | 度量单位: as transcribed, else derived from the target. */
        public TargetParts parts() {
            return targetParts != null ? targetParts : TargetParts.split(target);
        }
    }

    /**
     * A 年度指标值 in three parts.
     *
     * @param nature 指标性质 (≥, ≤, =, …), null for a word target
     * @param value  指标值
     * @param unit   度量单位
     */
    public record TargetParts(String nature, String value, String unit) {
        private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
                "^(>=|<=|[≥≤≧≦><=═﹦＝])?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(\\S*)$");

        /** Splits {@code ≥500人} into ≥ | 500 | 人; a target that is not a figure stays whole in the value. */
        public static TargetParts split(String target) {
            if (target == null) {
                return new TargetParts(null, null, null);
            }
            var m = FIGURE.matcher(target.strip());
            if (!m.matches()) {
                return new TargetParts(null, target, null);
            }
            String unit = m.group(3).isEmpty() ? null : m.group(3);
            return new TargetParts(m.group(1), m.group(2), unit);
        }
    }

    /** A cover sheet such as 项目清单: a heading line, a title, column headers and one row per project. */
    public record CoverSpec(String heading, String title, List<String> columns, List<CoverItem> items) {
        public CoverSpec {
            columns = columns == null ? List.of() : List.copyOf(columns);
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** One row of the cover: 序号, 项目名称, 备注. */
    public record CoverItem(String no, String name, String remark) {
    }
}
