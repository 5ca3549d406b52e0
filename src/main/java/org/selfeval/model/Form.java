package org.selfeval.model;

import java.util.List;

/**
 * One 项目支出绩效自评表 as located on a sheet: a plain model with no POI types. Parts the locator could
 * not find are null; {@link #readFindings()} then holds a FORM_NOT_FOUND naming them.
 *
 * @param sheet        sheet name
 * @param sheetIndex   0-based sheet index in the workbook
 * @param header       项目名称 / 主管部门 / 实施单位 / year
 * @param funds        the 项目资金 block, or null when not found
 * @param goals        年度总体目标, or null when not found
 * @param indicators   every real indicator row (padding and placeholder rows already dropped), in sheet order
 * @param total        the 总分 (or 合计) row, or null when not found
 * @param readFindings findings made while locating (e.g. FORM_NOT_FOUND for a missing part)
 * @param indicatorBlock the indicator table's block label cell (绩效指标, 年度绩效目标(80分)), null when not read
 * @param explanation  the form-level explanation cell after the total (偏差大或目标未完成原因分析, LAYOUTS.md F), the
 *                     cell where the text is or should be written; null when the form has none
 * @param family       the template family the form follows (LAYOUTS.md rule 1)
 */
public record Form(String sheet, int sheetIndex, Header header, Funds funds, Goals goals,
                   List<IndicatorRow> indicators, TotalRow total, List<Finding> readFindings,
                   CellValue indicatorBlock, CellValue explanation, Family family) {

    public Form {
        indicators = List.copyOf(indicators);
        readFindings = List.copyOf(readFindings);
        java.util.Objects.requireNonNull(family, "family");
    }

    /** A form of the national family with no indicator block label read and no form-level explanation. */
    public Form(String sheet, int sheetIndex, Header header, Funds funds, Goals goals, List<IndicatorRow> indicators,
                TotalRow total, List<Finding> readFindings) {
        this(sheet, sheetIndex, header, funds, goals, indicators, total, readFindings, null, null);
    }

    /** A form of the national family. */
    public Form(String sheet, int sheetIndex, Header header, Funds funds, Goals goals, List<IndicatorRow> indicators,
                TotalRow total, List<Finding> readFindings, CellValue indicatorBlock, CellValue explanation) {
        this(sheet, sheetIndex, header, funds, goals, indicators, total, readFindings, indicatorBlock, explanation,
                Family.NATIONAL);
    }

    /**
     * LAYOUTS.md G, the one place it is decided: a form with no 分值 / 权重 / 得分 anywhere — not on the funds total
     * row (as a column or a weight stated in a label), not on any indicator row, and no 总分 row — scores nothing:
     * it is checked, not scored.
     */
    public static boolean scoresNothing(Funds funds, List<IndicatorRow> rows, TotalRow total) {
        FundsRow fundsTotal = funds == null ? null : funds.total();
        boolean fundsScored = fundsTotal != null && (fundsTotal.weight() != null || fundsTotal.score() != null);
        return !fundsScored && total == null && rows.stream().allMatch(r -> r.weight() == null && r.score() == null);
    }

    /** True when a part needed for scoring (funds block or indicator table) is missing. */
    public boolean incomplete() {
        return funds == null || indicators.isEmpty() && readFindings.stream()
                .anyMatch(f -> f.code() == FindingCode.FORM_NOT_FOUND);
    }

    /**
     * The header fields. Each CellValue is the cell beside the label (where the value is or should be
     * written), null when the label itself is absent.
     *
     * @param title      the title line (项目支出绩效自评表 …), may be null
     * @param project    项目名称
     * @param department 主管部门
     * @param unit       实施单位
     * @param year       the year from the title line (（2023年度）), or null
     * @param total      the total printed as a header field (自评总分(分), 项目总得分, 总分:), null when the header
     *                   has no such field (LAYOUTS.md rule 5)
     * @param upperDepartment the department above the 主管部门 (宁夏 自治区主管部门, 中央主管部门), null when the header
     *                   has no such field
     */
    public record Header(CellValue title, CellValue project, CellValue department, CellValue unit, Integer year,
                         CellValue total, CellValue upperDepartment) {
        /** A header with no upper department. */
        public Header(CellValue title, CellValue project, CellValue department, CellValue unit, Integer year,
                      CellValue total) {
            this(title, project, department, unit, year, total, null);
        }

        /** A header with no total field. */
        public Header(CellValue title, CellValue project, CellValue department, CellValue unit, Integer year) {
            this(title, project, department, unit, year, null);
        }
    }

    /**
     * The 项目资金 block.
     *
     * @param amountUnit    万元 (default), 元 or 亿元, from the block's label
     * @param total         年度资金总额 row
     * @param appropriation 其中：当年财政拨款 / 本年财政拨款 row, may be null
     * @param carryover     上年结转资金 row, may be null
     * @param other         其他资金 row, may be null
     * @param sources       further source rows (财政专户管理资金, 单位资金, 中央补助 …), in sheet order
     * @param reason        the total row's 原因 cell (四川 0013zp), null when the block has no such column
     * @param scoredBy      the indicator-table row that scores the funds (河北 预算执行率, LAYOUTS.md C): its
     *                      权重占比, 单项指标得分, 折算得分 and 完成情况 cells; null on every other form
     * @param columnNames   the budget and spending columns as the form prints them, for messages a clerk compares
     *                      with the form (四川 调整后预算数 / 预算执行数, 河北 预算数(调整后) / 执行数)
     */
    public record Funds(String amountUnit, FundsRow total, FundsRow appropriation, FundsRow carryover,
                        FundsRow other, List<FundsRow> sources, CellValue reason, IndicatorRow scoredBy,
                        ColumnNames columnNames) {
        public Funds {
            sources = List.copyOf(sources);
            columnNames = columnNames == null ? ColumnNames.NATIONAL : columnNames;
        }

        /** A block with the national form's column names. */
        public Funds(String amountUnit, FundsRow total, FundsRow appropriation, FundsRow carryover,
                     FundsRow other, List<FundsRow> sources, CellValue reason, IndicatorRow scoredBy) {
            this(amountUnit, total, appropriation, carryover, other, sources, reason, scoredBy, ColumnNames.NATIONAL);
        }

        /** A block scored in its own columns (every family but 河北). */
        public Funds(String amountUnit, FundsRow total, FundsRow appropriation, FundsRow carryover,
                     FundsRow other, List<FundsRow> sources, CellValue reason) {
            this(amountUnit, total, appropriation, carryover, other, sources, reason, null);
        }

        /**
         * This block scored by an indicator row (河北 预算执行率, LAYOUTS.md C): the total row's weight is the row's
         * 权重占比, its score the row's 折算得分.
         */
        public Funds scoredBy(IndicatorRow row) {
            FundsRow t = new FundsRow(total.label(), total.row(), total.labelCell(), total.initial(), total.annual(),
                    total.executed(), row.weight(), total.rate(), row.score());
            return new Funds(amountUnit, t, appropriation, carryover, other, sources, reason, row, columnNames);
        }

        /** A block of the national form: its three 其中 rows, no further source, no 原因 column. */
        public Funds(String amountUnit, FundsRow total, FundsRow appropriation, FundsRow carryover, FundsRow other) {
            this(amountUnit, total, appropriation, carryover, other, List.of(), null);
        }

        /** The unit people compare amounts in across forms (汇总.xlsx). */
        public static final String COMPARISON_UNIT = "万元";

        /**
         * An amount of this block converted from its own unit (元, 千元, 万元 or 亿元) to 万元; null stays null.
         * A unit the reader does not name is taken as 万元, as the block's label defaults.
         */
        public Double inWanYuan(Double amount) {
            if (amount == null) {
                return null;
            }
            return switch (amountUnit == null ? COMPARISON_UNIT : amountUnit) {
                case "元" -> amount / 10_000;
                case "千元" -> amount / 10;
                case "亿元" -> amount * 10_000;
                default -> amount;
            };
        }

        /** The rows the total is made of (其中 …), in the order appropriation, carryover, other, sources. */
        public List<FundsRow> parts() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(appropriation, carryover, other)
                    .filter(java.util.Objects::nonNull), sources.stream()).toList();
        }
    }

    /**
     * One row of the funds block; each cell is the cell in that column on this row (blank when nothing
     * was filled), null only when the form has no such column.
     */
    public record FundsRow(String label, int row, CellValue labelCell, CellValue initial, CellValue annual,
                           CellValue executed, CellValue weight, CellValue rate, CellValue score) {
    }

    /** 年度总体目标: 预期目标 and 实际完成情况 text cells. */
    public record Goals(CellValue expected, CellValue actual) {
    }

    /**
     * One indicator (三级指标) row. Category labels are resolved through merges, repeats and blank cells
     * below, so {@code level1}/{@code level2} always hold the category in force; their cell is where that
     * label is written on the sheet.
     *
     * @param row       0-based sheet row
     * @param level1    一级指标 in force (e.g. 产出指标(50分)), cell of the label
     * @param level2    二级指标 in force
     * @param name      三级指标 cell
     * @param target    年度指标值 (for a split target: the 指标值 cell with the three parts joined in its text)
     * @param actual    实际完成值
     * @param weight    分值 (null when the form has no weight column)
     * @param score     得分 (where the computed score is written)
     * @param deviation 偏差原因分析及改进措施 (null when the form has no such column)
     * @param points    单项指标得分, the row's score on a 100-point scale (河北, LAYOUTS.md C; {@code score} is then
     *                  its 折算得分 and {@code weight} its 权重占比); null when the form has no such column
     * @param status    单项指标完成情况, the unit's word (完成 / 未完成); null when the form has no such column
     * @param factor    得分系数(%) (重庆 部门整体, LAYOUTS.md D), where 得分 / 分值 is written; null when the form has no
     *                  such column
     * @param atMostByName the 指标名称 names a loss, damage or cost (words {@code indicators.name.at.most} of the
     *                  layouts file): on a flat list with no category column a bare figure is then at most
     * @param category  the category its 一级 (or 二级) label names (words {@code category.*} of the layouts file),
     *                  null when none does
     */
    public record IndicatorRow(int row, CellValue level1, CellValue level2, CellValue name, CellValue target,
                               CellValue actual, CellValue weight, CellValue score, CellValue deviation,
                               CellValue points, CellValue status, CellValue factor, boolean atMostByName,
                               Category category) {
        /** A row of the national grid: no 100-point score, 完成情况 or 得分系数 column, no direction in its name. */
        public IndicatorRow(int row, CellValue level1, CellValue level2, CellValue name, CellValue target,
                            CellValue actual, CellValue weight, CellValue score, CellValue deviation,
                            Category category) {
            this(row, level1, level2, name, target, actual, weight, score, deviation, null, null, null, false,
                    category);
        }

        /** 1-based sheet row. */
        public int sheetRow() {
            return row + 1;
        }

        /** The same row at another 0-based row (a Word table row told as its table's). */
        public IndicatorRow atRow(int otherRow) {
            return new IndicatorRow(otherRow, level1, level2, name, target, actual, weight, score, deviation, points,
                    status, factor, atMostByName, category);
        }

        /** The same row weighing {@code otherWeight} (points a previous run kept, LAYOUTS.md F). */
        public IndicatorRow withWeight(CellValue otherWeight) {
            return new IndicatorRow(row, level1, level2, name, target, actual, otherWeight, score, deviation, points,
                    status, factor, atMostByName, category);
        }
    }

    /** The headers of a funds block's budget and spending columns, as printed (spaces dropped, brackets kept). */
    public record ColumnNames(String annual, String executed) {
        public static final ColumnNames NATIONAL = new ColumnNames("全年预算数", "全年执行数");
    }

    /** The 总分 row: its 分值 and 得分 cells. */
    public record TotalRow(int row, CellValue labelCell, CellValue weight, CellValue score) {
    }
}
