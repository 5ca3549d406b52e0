package org.selfeval.template;

import java.util.List;
import org.selfeval.model.CellAddress;

/**
 * Where {@link FormWorkbookBuilder} put a form: 0-based sheet rows and the column plan. Rows that a layout
 * leaves out are -1.
 *
 * @param sheetName          the sheet the form is on
 * @param columns            the column of each field
 * @param titleRow           the title line, -1 without titles
 * @param projectRow         the 项目名称 row
 * @param departmentRow      the 主管部门 / 实施单位 row
 * @param fundsHeaderRow     the first of the two 项目资金 header rows
 * @param fundsRows          one row per funds row of the spec, in order
 * @param goalsRow           the 年度总体目标 header row (the texts are on the next row)
 * @param indicatorHeaderRow the first indicator header row
 * @param indicatorRows      one row per indicator of the spec (placeholders included), in order
 * @param totalRow           the 总分 row, -1 on a form with no scores (LAYOUTS.md G)
 */
public record RenderedForm(String sheetName, Columns columns, int titleRow, int projectRow, int departmentRow,
                           int fundsHeaderRow, List<Integer> fundsRows, int goalsRow, int indicatorHeaderRow,
                           List<Integer> indicatorRows, int totalRow) {

    public RenderedForm {
        fundsRows = List.copyOf(fundsRows);
        indicatorRows = List.copyOf(indicatorRows);
    }

    /** A1 address of a cell on this form's sheet. */
    public static String address(int row, int col) {
        return CellAddress.of(row, col);
    }

    /**
     * The column plan (0-based sheet columns). The 项目资金 block shares the table's columns: its row labels
     * sit under 一级指标 and its six figures start under 二级指标.
     *
     * @param origin     the table's first column (block labels: 项目资金, 年度总体目标, 绩效指标)
     * @param split      年度指标值 takes three columns (指标性质 | 指标值 | 度量单位)
     * @param weightFirst 分值 comes before 年度指标值 (other-province order)
     * @param weighted   the table has a 分值 column (the 20/80 variant has none)
     * @param scored     the table has a 得分 column and a 总分 row (forms with no scores, LAYOUTS.md G, have neither)
     * @param fundsMask  which of the six funds columns (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分: bits 0-5)
     *                   the block has; the present ones sit side by side from {@link #fundsInitial()}'s place
     * @param hebei      河北's plan (LAYOUTS.md C): 指标解释 after 三级指标, the target split in three, then 实际完成值 |
     *                   完成情况 | 单项指标得分 | 权重占比 ({@link #weight()}) | 折算得分 ({@link #score()}), no explanation
     *                   column; funds 预算数(调整后) | 到位数 | 执行数 | 预算执行进度
     */
    public record Columns(int origin, boolean split, boolean weightFirst, boolean weighted, boolean scored,
                          int fundsMask, boolean hebei) {
        /** Every funds column. */
        public static final int ALL_FUNDS = 0b111111;

        /** A table with a 得分 column and every funds column. */
        public Columns(int origin, boolean split, boolean weightFirst, boolean weighted) {
            this(origin, split, weightFirst, weighted, true, ALL_FUNDS);
        }

        /** A plan of the national shape. */
        public Columns(int origin, boolean split, boolean weightFirst, boolean weighted, boolean scored,
                       int fundsMask) {
            this(origin, split, weightFirst, weighted, scored, fundsMask, false);
        }

        /** 河北's plan from column {@code origin}. */
        public static Columns hebei(int origin) {
            return new Columns(origin, true, false, true, true, 0, true);
        }

        /** 指标解释 (河北), -1 when the table has none. */
        public int explanation() {
            return hebei ? origin + 4 : -1;
        }

        /** 单项指标完成情况 (河北), -1 when the table has none. */
        public int status() {
            return hebei ? actual() + 1 : -1;
        }

        /** 单项指标得分 (河北), -1 when the table has none. */
        public int points() {
            return hebei ? actual() + 2 : -1;
        }

        /** 到位数 (河北), -1 when the block has none. */
        public int fundsReceived() {
            return hebei ? origin + 3 : -1;
        }

        public int block() {
            return origin;
        }

        public int level1() {
            return origin + 1;
        }

        public int level2() {
            return origin + 2;
        }

        public int level3() {
            return origin + 3;
        }

        /** First column of 年度指标值 (the 指标性质 column when split). */
        public int target() {
            return origin + (hebei || weightFirst && weighted ? 5 : 4);
        }

        public int targetWidth() {
            return split ? 3 : 1;
        }

        public int actual() {
            return target() + targetWidth();
        }

        /** The 分值 column, -1 when the table has none. */
        public int weight() {
            if (!weighted) {
                return -1;
            }
            if (hebei) {
                return actual() + 3;
            }
            return weightFirst ? origin + 4 : actual() + 1;
        }

        /** The 得分 column, -1 when the table has none. */
        public int score() {
            if (!scored) {
                return -1;
            }
            if (hebei) {
                return actual() + 4;
            }
            return weightFirst || !weighted ? actual() + 1 : actual() + 2;
        }

        /** The first column after 三级指标's values that the 总分 row's label stops before. */
        public int totalFigures() {
            return weighted ? Math.min(weight(), score()) : score();
        }

        /** 偏差原因分析及改进措施, -1 when the table has none (河北). */
        public int deviation() {
            if (hebei) {
                return -1;
            }
            return scored ? score() + 1 : weighted && !weightFirst ? actual() + 2 : actual() + 1;
        }

        /** The table's last column (the funds block's last column reaches at least as far). */
        public int last() {
            return Math.max(hebei ? score() : deviation(), fundsLast());
        }

        public int fundsLabel() {
            return origin + 1;
        }

        public int fundsInitial() {
            return hebei ? -1 : fundsColumn(0);
        }

        public int fundsAnnual() {
            return hebei ? origin + 2 : fundsColumn(1);
        }

        public int fundsExecuted() {
            return hebei ? origin + 4 : fundsColumn(2);
        }

        public int fundsWeight() {
            return fundsColumn(3);
        }

        public int fundsRate() {
            return hebei ? origin + 5 : fundsColumn(4);
        }

        /** The funds 得分 column (merged to the table's right edge). */
        public int fundsScore() {
            return fundsColumn(5);
        }

        /** The last funds column present (merged to the table's right edge). */
        public int fundsLast() {
            if (hebei) {
                return fundsRate();
            }
            return origin + 2 + Integer.bitCount(fundsMask) - 1;
        }

        /** The column of funds column {@code bit} (0 年初预算数 … 5 得分), -1 when the block has none. */
        private int fundsColumn(int bit) {
            if ((fundsMask & (1 << bit)) == 0) {
                return -1;
            }
            return origin + 2 + Integer.bitCount(fundsMask & ((1 << bit) - 1));
        }
    }
}
