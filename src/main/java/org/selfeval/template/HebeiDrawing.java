package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.template.FormSpec.FundsRowSpec;
import org.selfeval.template.FormSpec.IndicatorSpec;
import org.selfeval.template.FormStyles.Kind;
import org.selfeval.template.RenderedForm.Columns;

/**
 * Draws a 河北 预算项目绩效自评表 (LAYOUTS.md C) in a {@link Layout}: each of the four sections' label in the first
 * column, merged down over its rows, its content to the right:
 * <pre>
 * 一、基本情况            | 项目名称 | … / 主管部门 | … | 实施单位 | …
 * 二、预算执行情况（万元）|  | 预算数(调整后) | 到位数 | 执行数 | 预算执行进度(%)   (then one row per funds row)
 * 三、目标完成情况        | 预期目标 | 实际完成情况 | 总体完成率(%)                  (then their values)
 * 四、年度绩效指标完成情况| 一级指标 | 二级指标 | 三级指标 | 指标解释 | 预期指标值 (符号 | 数值 | 单位(文字描述)) |
 *                         单项指标实际完成值 | 单项指标完成情况 | 单项指标得分 | 权重占比(%) | 单项指标折算得分
 * 合计                    | Σ 权重占比 | Σ 折算得分
 * </pre>
 * The layout moves the table, spaces, breaks and converts its labels, stores numbers as text and lays the
 * category labels out as it does on the national form; the wording is the form's own (no other-province
 * wording, the target is always split, no formulas).
 */
final class HebeiDrawing {
    private final SheetWriter out;
    private final FormSpec spec;
    private final Layout layout;
    private final Labels labels;
    private final Columns cols;
    private int row;

    HebeiDrawing(SheetWriter out, FormSpec spec, Layout layout) {
        this.out = out;
        this.spec = spec;
        this.layout = layout;
        this.labels = new Labels(spec, layout);
        this.cols = Columns.hebei(layout.originCol());
        this.row = layout.originRow();
    }

    RenderedForm draw() {
        FormWorkbookBuilder.clutter(out, spec, layout);
        int titleRow = title();
        int projectRow = row;
        basics();
        int fundsHeaderRow = row;
        List<Integer> fundsRows = funds();
        int goalsRow = goals();
        int indicatorHeaderRow = row;
        List<Integer> indicatorRows = indicators();
        int totalRow = total();
        out.frame(projectRow, totalRow, cols.block(), cols.last());
        widths();
        out.sheet().getPrintSetup().setLandscape(true);
        FormWorkbookBuilder.printOnA4OnePageWide(out.sheet());
        out.sheet().setHorizontallyCenter(true);
        return new RenderedForm(out.sheet().getSheetName(), cols, titleRow, projectRow, projectRow + 1,
                fundsHeaderRow, fundsRows, goalsRow, indicatorHeaderRow, indicatorRows, totalRow);
    }

    private int title() {
        if (!layout.title()) {
            return -1;
        }
        int at = row;
        out.text(at, cols.block(), labels.script(spec.title()), Kind.TITLE);
        out.merge(at, at, cols.block(), cols.last());
        out.sheet().getRow(at).setHeightInPoints(30);
        out.text(at + 1, cols.block(), labels.script("（" + spec.year() + "年度）"), Kind.NOTE);
        out.merge(at + 1, at + 1, cols.block(), cols.last());
        row = at + 2;
        return at;
    }

    /** 一、基本情况: 项目名称 on one row, 主管部门 and 实施单位 on the next. */
    private void basics() {
        int at = row;
        section(Label.HEBEI_BASICS, at, at + 1);
        int value = cols.level3();
        out.text(at, cols.level1(), labels.of(Label.PROJECT), Kind.HEADER);
        out.merge(at, at, cols.level1(), value - 1);
        out.text(at, value, spec.project(), Kind.VALUE);
        out.merge(at, at, value, cols.last());
        int unitLabel = cols.last() - 4;
        out.text(at + 1, cols.level1(), labels.of(Label.DEPARTMENT), Kind.HEADER);
        out.merge(at + 1, at + 1, cols.level1(), value - 1);
        out.text(at + 1, value, spec.department(), Kind.VALUE);
        out.merge(at + 1, at + 1, value, unitLabel - 1);
        out.text(at + 1, unitLabel, labels.of(Label.UNIT), Kind.HEADER);
        out.merge(at + 1, at + 1, unitLabel, unitLabel + 1);
        out.text(at + 1, unitLabel + 2, spec.unit(), Kind.VALUE);
        out.merge(at + 1, at + 1, unitLabel + 2, cols.last());
        row = at + 2;
    }

    /** 二、预算执行情况: the column headers, then one row per funds row (the totals first, as the form prints them). */
    private List<Integer> funds() {
        int header = row;
        int last = header + spec.funds().size();
        out.text(header, cols.block(), labels.of(Label.HEBEI_FUNDS) + labels.fundsUnit(), Kind.HEADER);
        out.merge(header, last, cols.block(), cols.block());
        out.text(header, cols.fundsLabel(), null, Kind.HEADER);
        out.text(header, cols.fundsAnnual(), labels.of(Label.HEBEI_ANNUAL), Kind.HEADER);
        out.text(header, cols.fundsReceived(), labels.of(Label.HEBEI_RECEIVED), Kind.HEADER);
        out.text(header, cols.fundsExecuted(), labels.of(Label.HEBEI_EXECUTED), Kind.HEADER);
        out.text(header, cols.fundsRate(), labels.of(Label.HEBEI_RATE), Kind.HEADER);
        out.merge(header, header, cols.fundsRate(), cols.last());
        out.sheet().getRow(header).setHeightInPoints(30);
        List<Integer> rows = new ArrayList<>();
        for (FundsRowSpec f : spec.funds()) {
            int at = header + 1 + rows.size();
            out.text(at, cols.fundsLabel(), labels.fundsRow(f.label()), Kind.TEXT);
            out.value(at, cols.fundsAnnual(), f.annual());
            out.value(at, cols.fundsReceived(), f.received());
            out.value(at, cols.fundsExecuted(), f.executed());
            out.value(at, cols.fundsRate(), f.rate());
            out.merge(at, at, cols.fundsRate(), cols.last());
            int lines = ColumnWidths.lines(labels.fundsRow(f.label()), ColumnWidths.HEBEI_FUNDS_LABEL);
            out.sheet().getRow(at).setHeightInPoints(Math.max(1, lines) * 15f);
            rows.add(at);
        }
        row = last + 1;
        return rows;
    }

    /** 三、目标完成情况: 预期目标 | 实际完成情况 | 总体完成率(%), their values below. */
    private int goals() {
        int at = row;
        int actual = cols.target() + 1;
        int rate = cols.status();
        section(Label.HEBEI_GOALS, at, at + 1);
        out.text(at, cols.level1(), labels.of(Label.EXPECTED), Kind.HEADER);
        out.merge(at, at, cols.level1(), actual - 1);
        out.text(at, actual, labels.of(Label.ACHIEVED), Kind.HEADER);
        out.merge(at, at, actual, rate - 1);
        out.text(at, rate, labels.of(Label.HEBEI_GOAL_RATE), Kind.HEADER);
        out.merge(at, at, rate, cols.last());
        out.text(at + 1, cols.level1(), spec.goalExpected(), Kind.TEXT);
        out.merge(at + 1, at + 1, cols.level1(), actual - 1);
        out.text(at + 1, actual, spec.goalActual(), Kind.TEXT);
        out.merge(at + 1, at + 1, actual, rate - 1);
        out.value(at + 1, rate, spec.goalRate());
        out.merge(at + 1, at + 1, rate, cols.last());
        out.sheet().getRow(at + 1).setHeightInPoints(45);
        row = at + 2;
        return at;
    }

    /** 四、年度绩效指标完成情况: two header rows (符号 | 数值 | 单位 under 预期指标值), then one row per indicator. */
    private List<Integer> indicators() {
        int header = row;
        int bottom = header + 1;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < spec.indicators().size(); i++) {
            rows.add(bottom + 1 + i);
        }
        section(Label.HEBEI_INDICATORS, header, bottom + spec.indicators().size());
        headerCell(header, cols.level1(), Label.LEVEL1);
        headerCell(header, cols.level2(), Label.LEVEL2);
        headerCell(header, cols.level3(), Label.LEVEL3);
        headerCell(header, cols.explanation(), Label.HEBEI_EXPLANATION);
        out.text(header, cols.target(), labels.of(Label.HEBEI_TARGET), Kind.HEADER);
        out.merge(header, header, cols.target(), cols.target() + 2);
        out.text(bottom, cols.target(), labels.of(Label.HEBEI_SIGN), Kind.HEADER);
        out.text(bottom, cols.target() + 1, labels.of(Label.HEBEI_NUMBER), Kind.HEADER);
        out.text(bottom, cols.target() + 2, labels.of(Label.HEBEI_UNIT), Kind.HEADER);
        headerCell(header, cols.actual(), Label.HEBEI_ACTUAL);
        headerCell(header, cols.status(), Label.HEBEI_STATUS);
        headerCell(header, cols.points(), Label.HEBEI_POINTS);
        headerCell(header, cols.weight(), Label.HEBEI_SHARE);
        headerCell(header, cols.score(), Label.HEBEI_CONVERTED);
        out.sheet().getRow(header).setHeightInPoints(30);
        out.sheet().getRow(bottom).setHeightInPoints(30);
        for (int i = 0; i < rows.size(); i++) {
            indicatorRow(rows.get(i), spec.indicators().get(i));
        }
        new CategoryCells(out, layout.categories()).write(spec.indicators(), rows, cols);
        row = bottom + 1 + rows.size();
        return rows;
    }

    private void indicatorRow(int at, IndicatorSpec ind) {
        out.text(at, cols.level3(), ind.level3(), Kind.VALUE);
        out.text(at, cols.explanation(), ind.explanation(), Kind.TEXT);
        FormSpec.TargetParts parts = ind.parts();
        out.text(at, cols.target(), parts.nature(), Kind.VALUE);
        out.value(at, cols.target() + 1, parts.value());
        out.text(at, cols.target() + 2, parts.unit(), Kind.VALUE);
        out.value(at, cols.actual(), ind.actual());
        out.text(at, cols.status(), ind.status(), Kind.VALUE);
        out.value(at, cols.points(), ind.points());
        out.value(at, cols.weight(), ind.weight());
        out.value(at, cols.score(), ind.score());
        int lines = Math.max(ColumnWidths.lines(ind.level3(), ColumnWidths.HEBEI_LEVEL3),
                ColumnWidths.lines(ind.explanation(), ColumnWidths.HEBEI_EXPLANATION));
        out.sheet().getRow(at).setHeightInPoints(Math.max(2, lines) * 14.5f);
    }

    /** 合计: Σ 权重占比 | Σ 折算得分. */
    private int total() {
        int at = row++;
        out.text(at, cols.block(), labels.of(Label.HEBEI_TOTAL), Kind.HEADER);
        out.merge(at, at, cols.block(), cols.weight() - 1);
        out.value(at, cols.weight(), spec.totalWeight());
        out.value(at, cols.score(), spec.totalScore());
        return at;
    }

    private void section(Label label, int first, int last) {
        out.text(first, cols.block(), labels.of(label), Kind.HEADER);
        out.merge(first, last, cols.block(), cols.block());
    }

    private void headerCell(int top, int col, Label label) {
        out.text(top, col, labels.of(label), Kind.HEADER);
        out.merge(top, top + 1, col, col);
    }

    private void widths() {
        ColumnWidths.applyHebei(out.sheet(), cols);
    }
}
