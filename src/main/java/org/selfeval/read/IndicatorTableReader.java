package org.selfeval.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

/**
 * Reads the 绩效指标 table: its header (columns mapped by header text, in any order, over several header rows,
 * with a target split into 指标性质 | 指标值 | 度量单位), one row per real indicator, and the 总分 row where
 * reading stops.
 */
final class IndicatorTableReader {
    /** Vocabulary keys: the block label, the rows that end the table, texts that do not make a padding row real. */
    private static final String BLOCK = "indicators.block";
    static final String TOTAL = "total.row";
    private static final String END = "indicators.end.prefix";
    private static final String EMPTY_DEVIATIONS = "placeholder.deviation";
    /** The form-level explanation after the 总分 row (LAYOUTS.md F). */
    private static final String FORM_EXPLANATION = "indicators.explanation.form";
    /** Rows below the 总分 row searched for the form-level explanation. */
    private static final int EXPLANATION_ROWS = 4;
    private static final String KINDS = "indicators.nature.kind";
    /** The exact headers of the explanation column (beside those containing a word of DEVIATION's key). */
    private static final String DEVIATION_EXACT = "indicators.column.deviation";
    /** Words of a 指标名称 naming a loss, damage or cost (LAYOUTS.md D): a bare figure is at most on a flat list. */
    private static final String AT_MOST_NAMES = "indicators.name.at.most";
    /** Reading stops this many rows below the header when no 总分 row came. */
    private static final int MAX_TABLE_ROWS = 1000;
    /** Reading stops after this many consecutive empty rows. */
    private static final int MAX_BLANK_RUN = 30;

    /** The table's columns, each with the vocabulary key of its header words. */
    enum Column {
        LEVEL1("indicators.column.level1"), LEVEL2("indicators.column.level2"), NAME("indicators.column.name"),
        TARGET("indicators.column.target"), NATURE("indicators.column.nature"),
        TARGET_VALUE("indicators.column.target.value"), MEASURE_UNIT("indicators.column.measure.unit"),
        /** 调整指标值 (LAYOUTS.md D): the target when filled, else 年初指标值. */
        ADJUSTED("indicators.column.target.adjusted"),
        ACTUAL("indicators.column.actual"), WEIGHT("indicators.column.weight"), SCORE("indicators.column.score"),
        /** 河北 (LAYOUTS.md C): 单项指标得分, the row's score on a 100-point scale, and 单项指标完成情况, a word. */
        POINTS("indicators.column.points"), STATUS("indicators.column.status"),
        /** 得分系数(%) (LAYOUTS.md D): 得分 / 分值, written back. */
        FACTOR("indicators.column.score.factor"),
        /** Any header containing one of its words (偏差原因分析及改进措施, 未完成原因分析 …) or exactly 说明. */
        DEVIATION("indicators.column.deviation.contains");

        final String key;

        Column(String key) {
            this.key = key;
        }
    }

    /**
     * The rows of the table and its 总分 row (null when reading ended without one).
     *
     * @param scoreColumns the table has a 分值 or a 得分 column (a form with neither scores nothing, LAYOUTS.md G)
     * @param explanation  the form-level explanation cell after the 总分 row (LAYOUTS.md F), null when none
     */
    record Table(List<Form.IndicatorRow> rows, Form.TotalRow total, boolean scoreColumns, CellValue explanation) {
    }

    private IndicatorTableReader() {
    }

    /** Labels that announce the table: its block label, or the 三级指标 column header alone. */
    static List<String> searched(Vocabulary v) {
        return java.util.stream.Stream.concat(v.words(BLOCK).stream(), v.words(Column.NAME.key).stream()).toList();
    }

    static Located<Table> read(SheetGrid grid, LabelScan labels, Vocabulary v) {
        Optional<Label> nameHeader = labels.first(v.words(Column.NAME.key));
        Label anchor = labels.first(v.words(BLOCK)).or(() -> nameHeader).orElse(null);
        if (anchor == null) {
            return Located.absent();
        }
        if (nameHeader.isEmpty()) {
            return Located.incomplete(anchor, "“" + anchor.text() + "”下没有指标表的列标题（查找的标签："
                    + v.listed(Column.NAME.key) + "）");
        }
        int headerRow = nameHeader.get().row();
        int headerBottom = labels.inRow(headerRow).stream()
                .filter(l -> column(l.text(), v).isPresent()) // not the 绩效指标 label merged down the table
                .mapToInt(l -> grid.regionLastRow(l.row(), l.col())).max().orElse(headerRow);
        List<Label> headerCells = labels.inRows(headerRow, headerBottom + 2);
        HeaderColumns<Column> columns = HeaderColumns.of(Column.class, headerCells, h -> column(h, v));
        int dataStart = headerBottom + 1;
        if (labels.inRow(dataStart).stream().anyMatch(l -> column(l.text(), v).isPresent())) {
            dataStart++; // a row of sub-headers (指标性质 | 指标值 | 度量单位)
        }
        return new Located<>(new RowReader(grid, columns, v).read(dataStart), anchor);
    }

    static Optional<Column> column(String header, Vocabulary v) {
        for (Column column : Column.values()) {
            if (column == Column.DEVIATION ? v.containsOne(column.key, header) || v.names(DEVIATION_EXACT, header)
                    : v.names(column.key, header)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Walks the data rows of one table. */
    private static final class RowReader {
        private final SheetGrid grid;
        private final HeaderColumns<Column> columns;
        private final Vocabulary v;
        private final int firstValueCol;
        private CellValue level1;
        private CellValue level2;

        RowReader(SheetGrid grid, HeaderColumns<Column> columns, Vocabulary v) {
            this.grid = grid;
            this.columns = columns;
            this.v = v;
            this.firstValueCol = columns.leftmost(SheetGrid.COL_LIMIT, Column.TARGET, Column.NATURE,
                    Column.TARGET_VALUE, Column.ADJUSTED, Column.ACTUAL, Column.WEIGHT, Column.SCORE, Column.POINTS,
                    Column.STATUS, Column.FACTOR);
        }

        Table read(int dataStart) {
            List<Form.IndicatorRow> rows = new ArrayList<>();
            int end = Math.min(grid.lastRow(), dataStart + MAX_TABLE_ROWS);
            int blankRun = 0;
            for (int r = dataStart; r <= end && blankRun < MAX_BLANK_RUN; r++) {
                if (grid.rowAbsent(r)) {
                    blankRun++;
                    continue;
                }
                Optional<CellValue> label = firstLabel(r);
                if (label.isPresent() && v.names(TOTAL, LabelText.normalize(label.get().text()))) {
                    return table(rows, totalRow(r, label.get()), explanation(r + 1));
                }
                if (label.isPresent() && v.startsWithOne(END, LabelText.normalize(label.get().text()))) {
                    break;
                }
                boolean categoryChanged = updateCategories(r);
                CellValue name = cell(r, Column.NAME);
                Form.IndicatorRow row = new Form.IndicatorRow(r, level1, level2, name, target(r),
                        withUnit(r, cell(r, Column.ACTUAL)), cell(r, Column.WEIGHT), cell(r, Column.SCORE),
                        cell(r, Column.DEVIATION), cell(r, Column.POINTS), cell(r, Column.STATUS), cell(r, Column.FACTOR),
                        name != null && v.containsOne(AT_MOST_NAMES, LabelText.normalize(name.text())),
                        Categories.of(v, level1 == null ? null : level1.text(), level2 == null ? null : level2.text()));
                if (isPadding(row)) {
                    blankRun = categoryChanged ? 0 : blankRun + 1;
                    continue;
                }
                blankRun = 0;
                rows.add(row);
            }
            return table(rows, null, null);
        }

        private Table table(List<Form.IndicatorRow> rows, Form.TotalRow total, CellValue explanation) {
            return new Table(rows, total, columns.has(Column.WEIGHT) || columns.has(Column.SCORE), explanation);
        }

        /**
         * The form-level explanation (偏差大或目标未完成原因分析) in the rows after the 总分 row: the first non-empty
         * cell right of its label, else the blank cell right after the label's region; null when there is none.
         */
        private CellValue explanation(int from) {
            for (int r = from; r < from + EXPLANATION_ROWS && r <= grid.lastRow(); r++) {
                Optional<CellValue> label = firstLabel(r);
                if (label.isEmpty() || !v.names(FORM_EXPLANATION, LabelText.normalize(label.get().text()))) {
                    continue;
                }
                int after = grid.regionLastColumn(r, label.get().col()) + 1;
                List<CellValue> right = nonEmptyRightOf(r, after - 1, 1);
                return Answers.of(right.isEmpty() ? grid.value(r, after) : right.get(0), v);
            }
            return null;
        }

        /** Takes the 一级/二级 labels written on this row as the categories in force; true when one was. */
        private boolean updateCategories(int r) {
            CellValue l1 = cell(r, Column.LEVEL1);
            CellValue l2 = cell(r, Column.LEVEL2);
            boolean changed = false;
            if (l1 != null && !l1.isBlank()) {
                if (level1 == null || !LabelText.compact(l1.text()).equals(LabelText.compact(level1.text()))) {
                    level2 = null; // a new 一级指标 starts: the previous 二级指标 no longer applies
                }
                level1 = l1;
                changed = true;
            }
            if (l2 != null && !l2.isBlank()) {
                level2 = l2;
                changed = true;
            }
            return changed;
        }

        /** The first non-empty cell of the row left of the value columns (where 总分 or a note is written). */
        private Optional<CellValue> firstLabel(int r) {
            for (int c = 0; c < firstValueCol && c <= grid.lastColumn(r); c++) {
                if (grid.isTopLeft(r, c)) {
                    CellValue v = grid.value(r, c);
                    if (!v.isBlank()) {
                        return Optional.of(v);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The 总分 row's 分值 and 得分: the cells of the table's 分值/得分 columns when either is filled, else the
         * first two non-empty cells right of the label, else the (blank) column cells.
         */
        private Form.TotalRow totalRow(int r, CellValue label) {
            CellValue weight = cell(r, Column.WEIGHT);
            CellValue score = cell(r, Column.SCORE);
            boolean columnsFilled = weight != null && !weight.isBlank() || score != null && !score.isBlank();
            if (!columnsFilled) {
                List<CellValue> right = nonEmptyRightOf(r, grid.regionLastColumn(label.row(), label.col()), 2);
                if (right.size() == 2) {
                    weight = right.get(0);
                    score = right.get(1);
                } else if (right.size() == 1) {
                    if (columns.has(Column.WEIGHT)) {
                        weight = right.get(0);
                    } else {
                        score = right.get(0);
                    }
                }
            }
            return new Form.TotalRow(r, label, weight, score);
        }

        private List<CellValue> nonEmptyRightOf(int r, int fromCol, int limit) {
            List<CellValue> found = new ArrayList<>();
            for (int c = fromCol + 1; c <= grid.lastColumn(r) && found.size() < limit; c++) {
                if (grid.isTopLeft(r, c)) {
                    CellValue v = grid.value(r, c);
                    if (!v.isBlank()) {
                        found.add(v);
                    }
                }
            }
            return found;
        }

        /**
         * 年度指标值; a split target is joined (≧ + 735 + 人次 → ≧735人次, {@code >=} as well) and placed at the 指标值
         * cell; a 指标性质 that names the kind (定性 | 是) is left out: it reads 是.
         */
        private CellValue target(int r) {
            CellValue adjusted = cell(r, Column.ADJUSTED);
            if (adjusted != null && !adjusted.isBlank()) {
                return withUnit(r, adjusted);
            }
            if (!columns.has(Column.TARGET_VALUE)) {
                return withUnit(r, cell(r, Column.TARGET));
            }
            CellValue value = cell(r, Column.TARGET_VALUE);
            String nature = textOf(cell(r, Column.NATURE));
            if (v.names(KINDS, LabelText.normalize(nature))) {
                nature = ""; // 定性 / 定量 say what kind of value follows, they are not part of it (LAYOUTS.md rule 6)
            }
            String unit = textOf(cell(r, Column.MEASURE_UNIT));
            String figure = value.text().strip();
            String joined = nature + figure + (figure.endsWith(unit) ? "" : unit);
            if (nature.isEmpty() && unit.isEmpty()) {
                return value;
            }
            // the joined text is the value: the 指标值 cell's bare number would lose ≥ / = and the unit
            return new CellValue(value.row(), value.col(), joined, null, false, value.formula());
        }

        /**
         * A bare figure with the row's 计量单位 (LAYOUTS.md D: the unit column speaks for the target and the actual
         * alike): {@code 2200} under 篇 reads {@code 2200篇}. Not on a table of categories whose target is split into
         * 指标值 columns (云南: the 度量单位 belongs to the target there); on a flat list (重庆 order 2, 指标值 and
         * 计量单位 side by side) the actual gets it too. A figure that carries a unit or a % format, and words, stay as
         * they are.
         */
        private CellValue withUnit(int r, CellValue value) {
            boolean flatList = !columns.has(Column.LEVEL1) && !columns.has(Column.LEVEL2);
            if (value == null || columns.has(Column.TARGET_VALUE) && !flatList || !columns.has(Column.MEASURE_UNIT)
                    || value.percentFormat() || !BARE_NUMBER.matcher(value.text().strip()).matches()) {
                return value;
            }
            String unit = textOf(cell(r, Column.MEASURE_UNIT));
            if (unit.isEmpty() || LabelText.isPlaceholder(unit)) {
                return value;
            }
            return new CellValue(value.row(), value.col(), value.text().strip() + unit, null, false, value.formula());
        }

        private static final java.util.regex.Pattern BARE_NUMBER =
                java.util.regex.Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

        private static String textOf(CellValue cell) {
            return cell == null ? "" : cell.text().strip();
        }

        private CellValue cell(int r, Column column) {
            return columns.has(column) ? Answers.of(grid.value(r, columns.col(column)), v) : null;
        }

        /** Padding or placeholder row: nothing but placeholders in the name and value cells (RULES.md §1). */
        private boolean isPadding(Form.IndicatorRow row) {
            for (CellValue cell : List.of(opt(row.name()), opt(row.target()), opt(row.actual()), opt(row.weight()),
                    opt(row.score()), opt(row.points()))) {
                if (!LabelText.isPlaceholder(cell.text())) {
                    return false;
                }
            }
            String deviation = LabelText.normalize(opt(row.deviation()).text());
            return LabelText.isPlaceholder(deviation) || v.names(EMPTY_DEVIATIONS, deviation);
        }

        private static CellValue opt(CellValue cell) {
            return cell == null ? CellValue.blank(0, 0) : cell;
        }
    }
}
