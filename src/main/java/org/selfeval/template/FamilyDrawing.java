package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.template.FormSpec.FamilySpec;
import org.selfeval.template.FormSpec.FundsRowSpec;
import org.selfeval.template.FormSpec.IndicatorSpec;
import org.selfeval.template.FormStyles.Kind;
import org.selfeval.template.RenderedForm.Columns;

/**
 * Draws a form of a province's own template ({@link FormSpec#family()}: 四川 0013zp, 重庆 部门整体, 宁夏 …) as that
 * template prints it: header rows of label | value pairs (the total among them), the funds block, the goals and the
 * indicator table under the template's own column headers, and a bottom total row with the rows after it when the
 * template prints one (四川 合计, then 评价结论 …). The layout moves the form, spaces or breaks its labels,
 * writes them in traditional characters, stores numbers as text, and for a family with two column orders draws the
 * other one in another wording ({@link Layout#otherProvince()}); 一级/二级 labels cover their rows as it says.
 */
final class FamilyDrawing {
    private final SheetWriter out;
    private final FormSpec spec;
    private final FamilySpec family;
    private final Layout layout;
    private final Labels labels;
    private final int left;
    /** The last column of the table. */
    private final int right;
    private final List<String> indicatorColumns;
    private int row;

    FamilyDrawing(SheetWriter out, FormSpec spec, Layout layout) {
        this.out = out;
        this.spec = spec;
        this.family = spec.family();
        this.layout = layout;
        this.labels = new Labels(spec, layout);
        this.left = layout.originCol();
        this.indicatorColumns = layout.otherProvince() && family.indicatorColumnsOther() != null
                ? family.indicatorColumnsOther() : family.indicatorColumns();
        int width = Math.max(indicatorColumns.size(), 1 + spec.fundsColumns().size());
        this.right = left + width;
        this.row = layout.originRow();
    }

    RenderedForm draw() {
        FormWorkbookBuilder.clutter(out, spec, layout);
        int titleRow = title();
        int headerTop = row;
        for (List<String> fields : family.headerRows()) {
            headerRow(fields);
        }
        int fundsHeader = row;
        List<Integer> fundsRows = funds();
        int goalsRow = goals();
        int indicatorHeader = row;
        List<Integer> indicatorRows = indicators();
        int totalRow = total();
        afterTotal();
        out.frame(headerTop, row - 1, left, right);
        Sheet sheet = out.sheet();
        for (int c = left; c <= right; c++) {
            sheet.setColumnWidth(c, width(c) * 512);
        }
        sheet.getPrintSetup().setLandscape(true);
        FormWorkbookBuilder.printOnA4OnePageWide(sheet);
        Columns columns = new Columns(left, false, true, true);
        return new RenderedForm(sheet.getSheetName(), columns, titleRow, headerTop, headerTop, fundsHeader, fundsRows,
                goalsRow, indicatorHeader, indicatorRows, totalRow);
    }

    private int title() {
        if (!layout.title()) {
            return -1;
        }
        int at = row++;
        out.text(at, left, labels.script(spec.title()), Kind.TITLE);
        out.merge(at, at, left, right);
        out.sheet().getRow(at).setHeightInPoints(30);
        if (spec.year() != null && !spec.title().contains(spec.year())) {
            out.text(row, left, labels.script("（" + spec.year() + "年度）"), Kind.NOTE);
            out.merge(row, row, left, right);
            row++;
        }
        return at;
    }

    /** One header row: its label | value pairs share the table's width. */
    private void headerRow(List<String> fields) {
        int at = row++;
        int pairs = fields.size() / 2;
        int span = (right - left + 1) / pairs;
        for (int p = 0; p < pairs; p++) {
            int c = left + p * span;
            int end = p == pairs - 1 ? right : c + span - 1;
            String label = label(fields.get(2 * p), Label.Spacing.FULL_WIDTH);
            out.text(at, c, label, Kind.HEADER);
            fit(at, label, width(c));
            out.value(at, c + 1, fields.get(2 * p + 1));
            out.merge(at, at, c + 1, end);
        }
    }

    /**
     * Column widths in Chinese characters: the block labels' column, the indicator name's column (指标名称 /
     * 三级指标) and the explanation's wider, the figures' narrower.
     */
    private int width(int col) {
        if (col == left) {
            return 7;
        }
        int i = col - left - 1;
        String column = i < indicatorColumns.size() ? indicatorColumns.get(i) : "";
        if (column.startsWith("指标名称") || column.startsWith("三级指标")) {
            return ColumnWidths.LEVEL3;
        }
        return column.contains("原因") || column.equals("说明") ? ColumnWidths.DEVIATION : 7;
    }

    /** Wrapped text needs a taller row: readers do not grow rows that were written without a height. */
    private void fit(int at, String text, int hanCharacters) {
        int lines = ColumnWidths.lines(text == null ? null : text.replace("\n", ""), hanCharacters)
                + (text != null && text.contains("\n") ? 1 : 0);
        var r = out.sheet().getRow(at);
        if (lines > 1 && r.getHeightInPoints() < lines * 14.5f) {
            r.setHeightInPoints(lines * 14.5f);
        }
    }

    /** The funds block: its label down the left, the column headers, one row per funds row. */
    private List<Integer> funds() {
        int header = row;
        int last = header + spec.funds().size();
        out.text(header, left, label(family.fundsBlock(), Label.Spacing.ASCII), Kind.HEADER);
        out.merge(header, last, left, left);
        out.text(header, left + 1, null, Kind.HEADER);
        List<String> columns = spec.fundsColumns();
        for (int i = 0; i < columns.size(); i++) {
            out.text(header, left + 2 + i, label(columns.get(i), Label.Spacing.NONE), Kind.HEADER);
        }
        out.merge(header, header, left + 1 + columns.size(), right);
        row = header + 1;
        List<Integer> rows = new ArrayList<>();
        for (FundsRowSpec f : spec.funds()) {
            int at = row++;
            rows.add(at);
            out.text(at, left + 1, labels.fundsRow(f.label()), Kind.TEXT);
            for (int i = 0; i < columns.size(); i++) {
                out.value(at, left + 2 + i, fundsValue(f, columns.get(i)));
            }
            out.merge(at, at, left + 1 + columns.size(), right);
        }
        return rows;
    }

    /** The figure of a funds row under a column header of the template. */
    private static String fundsValue(FundsRowSpec f, String column) {
        if (column.contains("原因")) {
            return f.reason();
        }
        if (column.contains("权重") || column.startsWith("分值")) {
            return f.weight();
        }
        if (column.contains("得分")) {
            return f.score();
        }
        if (column.contains("执行率")) {
            return f.rate();
        }
        if (column.startsWith("年初")) {
            return f.initial();
        }
        return column.contains("执行数") ? f.executed() : f.annual();
    }

    /** The goals: label, one column per goal column of the template, the texts below. */
    private int goals() {
        if (family.goalsBlock() == null) {
            return -1; // drawn as header rows
        }
        int at = row;
        List<String> columns = family.goalColumns();
        out.text(at, left, label(family.goalsBlock(), Label.Spacing.NONE), Kind.HEADER);
        out.merge(at, at + 1, left, left);
        int span = (right - left) / columns.size();
        for (int i = 0; i < columns.size(); i++) {
            int c = left + 1 + i * span;
            int end = i == columns.size() - 1 ? right : c + span - 1;
            String column = columns.get(i);
            out.text(at, c, label(column, Label.Spacing.NONE), Kind.HEADER);
            out.merge(at, at, c, end);
            String text = column.contains("实际") ? spec.goalActual()
                    : column.contains("调整") ? family.goalAdjusted() : spec.goalExpected();
            out.text(at + 1, c, text, Kind.TEXT);
            out.merge(at + 1, at + 1, c, end);
        }
        out.sheet().getRow(at + 1).setHeightInPoints(90);
        row = at + 2;
        return at;
    }

    /** The indicator table: its block label down the left, the header row, one row per indicator. */
    private List<Integer> indicators() {
        int header = row;
        List<IndicatorSpec> indicators = spec.indicators();
        out.text(header, left, label(family.indicatorBlock(), Label.Spacing.ASCII), Kind.HEADER);
        out.merge(header, header + indicators.size(), left, left);
        for (int i = 0; i < indicatorColumns.size(); i++) {
            out.text(header, left + 1 + i, label(indicatorColumns.get(i), Label.Spacing.NONE), Kind.HEADER);
        }
        out.merge(header, header, left + indicatorColumns.size(), right);
        List<Integer> rows = new ArrayList<>();
        for (IndicatorSpec ind : indicators) {
            int at = ++row;
            rows.add(at);
            for (int i = 0; i < indicatorColumns.size(); i++) {
                String column = indicatorColumns.get(i);
                if (column.startsWith("一级") || column.startsWith("二级")) {
                    continue;
                }
                String value = indicatorValue(ind, column);
                if (column.startsWith("三级") || column.startsWith("指标名称") || column.contains("原因")
                        || column.equals("说明")) {
                    out.text(at, left + 1 + i, value, Kind.TEXT);
                } else {
                    out.value(at, left + 1 + i, value);
                }
                fit(at, value, width(left + 1 + i));
            }
            out.merge(at, at, left + indicatorColumns.size(), right);
        }
        row++;
        if (indicatorColumns.contains("一级指标")) {
            new CategoryCells(out, layout.categories()).write(indicators, rows, new Columns(left, false, true, true));
        }
        return rows;
    }

    /**
     * The bottom total row ({@link FormSpec.FamilySpec#totalLabel()}): the label in the block column, the total
     * weight and score under their columns; -1 when the template prints none.
     */
    private int total() {
        if (family.totalLabel() == null) {
            return -1;
        }
        int at = row++;
        out.text(at, left, label(family.totalLabel(), Label.Spacing.ASCII), Kind.HEADER);
        for (int i = 0; i < indicatorColumns.size(); i++) {
            String column = indicatorColumns.get(i).replaceAll("[(（].*", "");
            if (List.of("权重", "分值", "指标权重").contains(column)) {
                out.value(at, left + 1 + i, spec.totalWeight());
            } else if (List.of("得分", "指标得分").contains(column)) {
                out.value(at, left + 1 + i, spec.totalScore());
            }
        }
        return at;
    }

    /** The rows a template prints after its total (四川 评价结论, 存在问题, 改进措施): label, then the text across. */
    private void afterTotal() {
        spec.afterTotal().forEach((name, text) -> {
            int at = row++;
            out.text(at, left, label(name, Label.Spacing.NONE), Kind.HEADER);
            out.text(at, left + 1, text, Kind.TEXT);
            out.merge(at, at, left + 1, right);
        });
    }

    /** The value of an indicator under a column header of the template. */
    private static String indicatorValue(IndicatorSpec ind, String column) {
        String c = column.replaceAll("[(（].*", "");
        return switch (c) {
            case "三级指标", "指标名称" -> ind.level3();
            case "计量单位", "度量单位" -> ind.unit();
            case "指标性质" -> ind.nature();
            case "调整指标值" -> ind.targetAdjusted();
            // a template with one target column prints the target in force: the adjusted one when there is one
            case "指标值" -> ind.targetAdjusted() != null ? ind.targetAdjusted() : ind.target();
            case "全年完成值", "全年实际值", "实际完成值", "完成值" -> ind.actual();
            case "得分系数" -> ind.scoreCoefficient();
            case "指标权重", "分值", "权重" -> ind.weight();
            case "指标得分", "得分" -> ind.score();
            case "是否核心指标" -> ind.isCore();
            default -> c.contains("原因") || c.equals("说明") ? ind.deviation() : ind.target();
        };
    }

    private String label(String word, Label.Spacing spacing) {
        return labels.word(word, spacing);
    }
}
