package org.selfeval.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;
import org.selfeval.value.Amounts;

/** Reads the 项目资金 block: its amount unit, its column header row and its four rows (RULES.md §1, §5). */
final class FundsBlockReader {
    /** The block label; with none, the total row's label announces the block (vocabulary keys). */
    private static final String BLOCK = "funds.block";
    private static final String BLOCK_TOTAL = "funds.block.total";
    /** Rows above and below the block label searched for its column header row. */
    private static final int HEADER_ROWS_ABOVE = 2;
    private static final int HEADER_ROWS_BELOW = 3;
    /** Rows below the column header searched for the block's rows. */
    private static final int BLOCK_ROWS = 10;
    private static final String DEFAULT_UNIT = "万元";
    /** A weight stated in brackets: {@code (20分)}, {@code (20分*执行率)}. */
    private static final java.util.regex.Pattern STATED_WEIGHT =
            java.util.regex.Pattern.compile("\\((\\d+(?:\\.\\d+)?)分[^()]*\\)");

    /** The block's columns, each with the vocabulary key of its header words. */
    enum Column {
        INITIAL("funds.column.initial"), ANNUAL("funds.column.annual"), EXECUTED("funds.column.executed"),
        WEIGHT("funds.column.weight"), RATE("funds.column.rate"), SCORE("funds.column.score"),
        REASON("funds.column.reason");

        final String key;

        Column(String key) {
            this.key = key;
        }
    }

    /** The block's rows, each with the vocabulary key of its label words. */
    enum RowKind {
        TOTAL("funds.row.total"), APPROPRIATION("funds.row.appropriation"), CARRYOVER("funds.row.carryover"),
        OTHER("funds.row.other"),
        /** Any number of further source rows. */
        SOURCE("funds.row.source");

        final String key;

        RowKind(String key) {
            this.key = key;
        }
    }

    private FundsBlockReader() {
    }

    /** Labels that announce the block, in order of preference; the last ones are the total row itself. */
    static List<String> searched(Vocabulary v) {
        return java.util.stream.Stream.concat(v.words(BLOCK).stream(), v.words(BLOCK_TOTAL).stream()).toList();
    }

    static Located<Form.Funds> read(SheetGrid grid, LabelScan labels, Vocabulary v) {
        Optional<Label> found = labels.first(v.words(BLOCK)).or(() -> labels.first(v.words(BLOCK_TOTAL)));
        if (found.isEmpty()) {
            return Located.absent();
        }
        Label anchor = found.get();
        Optional<HeaderColumns<Column>> header = headerNear(labels, anchor.row(), v);
        if (header.isEmpty()) {
            return Located.incomplete(anchor, "“" + anchor.text() + "”附近没有预算数和执行数的列标题（查找的标签："
                    + v.listed(Column.ANNUAL.key) + "；" + v.listed(Column.EXECUTED.key) + "）");
        }
        HeaderColumns<Column> columns = header.get();
        int headerRow = columns.header(Column.EXECUTED).row();
        int firstValueCol = columns.leftmost(SheetGrid.COL_LIMIT, Column.values());
        Map<RowKind, Form.FundsRow> rows = new EnumMap<>(RowKind.class);
        List<Form.FundsRow> sources = new ArrayList<>();
        List<Form.FundsRow> unnamed = new ArrayList<>(); // rows whose label is no known word (LAYOUTS.md rule 3)
        int end = Math.min(blockEnd(labels, headerRow, v), grid.lastRow());
        for (int r = headerRow + 1; r <= end; r++) {
            Label unknown = null;
            boolean named = false;
            for (Label cell : labels.inRow(r)) {
                if (cell.col() >= firstValueCol) {
                    break;
                }
                Optional<RowKind> kind = rowKind(cell.text(), v);
                if (kind.isPresent()) {
                    named = true;
                    if (kind.get() == RowKind.SOURCE) {
                        sources.add(fundsRow(grid, cell, columns, v));
                    } else {
                        rows.putIfAbsent(kind.get(), fundsRow(grid, cell, columns, v));
                    }
                    break;
                }
                if (cell != anchor) {
                    unknown = cell; // the label nearest the amounts
                }
            }
            if (!named && unknown != null) {
                unnamed.add(fundsRow(grid, unknown, columns, v));
            }
        }
        if (!rows.containsKey(RowKind.TOTAL)) {
            List<Form.FundsRow> named = new ArrayList<>(rows.values());
            named.addAll(sources);
            totalByStructure(named, unnamed).ifPresent(t -> rows.put(RowKind.TOTAL, t));
        }
        if (!rows.containsKey(RowKind.TOTAL)) {
            return Located.incomplete(anchor, "列标题下没有年度资金总额行（查找的标签：" + v.listed(RowKind.TOTAL.key)
                    + "；也没有一行的金额等于其余各行之和）");
        }
        if (!columns.has(Column.WEIGHT)) {
            rows.put(RowKind.TOTAL, withStatedWeight(grid, rows.get(RowKind.TOTAL), anchor, columns));
        }
        Form.FundsRow total = rows.get(RowKind.TOTAL);
        Form.Funds funds = new Form.Funds(amountUnit(grid, anchor), total, rows.get(RowKind.APPROPRIATION),
                rows.get(RowKind.CARRYOVER), rows.get(RowKind.OTHER), sources,
                cell(grid, total.row(), columns, Column.REASON, v), null,
                new Form.ColumnNames(printed(columns, Column.ANNUAL, Form.ColumnNames.NATIONAL.annual()),
                        printed(columns, Column.EXECUTED, Form.ColumnNames.NATIONAL.executed())));
        return new Located<>(funds, anchor);
    }

    /** A column header as the form prints it: spaces and line breaks dropped, brackets kept ({@code 预算数(调整后)}). */
    private static String printed(HeaderColumns<Column> columns, Column column, String otherwise) {
        return columns.has(column) ? columns.header(column).whole() : otherwise;
    }

    /**
     * The last row of the block: the row before the next part's label (goals, indicator table, its 三级指标
     * header), at most {@value #BLOCK_ROWS} rows below the column header.
     */
    private static int blockEnd(LabelScan labels, int headerRow, Vocabulary v) {
        List<String> nextParts = new ArrayList<>(v.words(GoalsReader.BLOCK));
        nextParts.addAll(IndicatorTableReader.searched(v));
        for (Label l : labels.inRows(headerRow + 1, headerRow + BLOCK_ROWS + 1)) {
            if (nextParts.contains(l.text())) {
                return l.row() - 1;
            }
        }
        return headerRow + BLOCK_ROWS;
    }

    /**
     * LAYOUTS.md rule 3, a total row labelled in words nobody listed: among the rows with an unknown label, the
     * one whose 预算数 and 执行数 equal the sums of all other rows with amounts, or the only row with amounts.
     */
    private static Optional<Form.FundsRow> totalByStructure(List<Form.FundsRow> named, List<Form.FundsRow> unnamed) {
        List<Form.FundsRow> withAmounts = new ArrayList<>(named);
        withAmounts.addAll(unnamed);
        withAmounts.removeIf(row -> Amounts.orNull(row.annual()) == null && Amounts.orNull(row.executed()) == null);
        if (withAmounts.size() == 1 && unnamed.contains(withAmounts.get(0))) {
            return Optional.of(withAmounts.get(0));
        }
        for (Form.FundsRow candidate : unnamed) {
            if (!withAmounts.contains(candidate) || withAmounts.size() < 2) {
                continue;
            }
            List<Form.FundsRow> others = withAmounts.stream().filter(row -> row != candidate).toList();
            if (sumOf(others, Form.FundsRow::annual, candidate.annual())
                    && sumOf(others, Form.FundsRow::executed, candidate.executed())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean sumOf(List<Form.FundsRow> rows, java.util.function.Function<Form.FundsRow, CellValue> column,
                                 CellValue expected) {
        double sum = rows.stream().map(column).map(Amounts::orNull).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
        Double own = Amounts.orNull(expected);
        return own != null && Math.abs(own - sum) < 0.005;
    }

    /** The column header row near the block label: a row naming both a budget and an executed column. */
    private static Optional<HeaderColumns<Column>> headerNear(LabelScan labels, int anchorRow, Vocabulary v) {
        for (int r = Math.max(0, anchorRow - HEADER_ROWS_ABOVE); r <= anchorRow + HEADER_ROWS_BELOW; r++) {
            HeaderColumns<Column> columns = HeaderColumns.of(Column.class, labels.inRow(r), h -> column(h, v));
            if (columns.has(Column.ANNUAL) && columns.has(Column.EXECUTED)) {
                return Optional.of(columns);
            }
        }
        return Optional.empty();
    }

    static Optional<Column> column(String header, Vocabulary v) {
        return java.util.Arrays.stream(Column.values()).filter(c -> v.names(c.key, header)).findFirst();
    }

    /** The kind of a funds row by its label; a leading 其中 (funds.row.prefix) and colon are not part of it. */
    static Optional<RowKind> rowKind(String label, Vocabulary v) {
        String s = label;
        for (String prefix : v.words("funds.row.prefix")) {
            if (s.startsWith(prefix) && s.length() > prefix.length()) {
                s = s.substring(prefix.length());
                break;
            }
        }
        if (s.startsWith(":")) {
            s = s.substring(1);
        }
        String word = s;
        return java.util.Arrays.stream(RowKind.values()).filter(k -> v.names(k.key, word)).findFirst();
    }

    private static Form.FundsRow fundsRow(SheetGrid grid, Label label, HeaderColumns<Column> columns, Vocabulary v) {
        int r = label.row();
        CellValue labelCell = grid.value(r, label.col());
        return new Form.FundsRow(labelCell.text().strip(), r, labelCell,
                cell(grid, r, columns, Column.INITIAL, v), cell(grid, r, columns, Column.ANNUAL, v),
                cell(grid, r, columns, Column.EXECUTED, v), cell(grid, r, columns, Column.WEIGHT, v),
                cell(grid, r, columns, Column.RATE, v), cell(grid, r, columns, Column.SCORE, v));
    }

    /**
     * A block with no 分值 column (the 20/80 variant) states its weight in a label: {@code 预算执行情况(万元)(20分)}
     * or the 得分 header {@code 得分(20分*执行率)}. The weight is then read from that label's cell: the row's weight
     * cell is the label cell, holding the stated figure. Without a stated weight the row has no weight cell.
     */
    private static Form.FundsRow withStatedWeight(SheetGrid grid, Form.FundsRow total, Label anchor,
                                                  HeaderColumns<Column> columns) {
        List<CellValue> candidates = new java.util.ArrayList<>();
        candidates.add(grid.value(anchor.row(), anchor.col()));
        if (columns.has(Column.SCORE)) {
            Label score = columns.header(Column.SCORE);
            candidates.add(grid.value(score.row(), score.col()));
        }
        for (CellValue c : candidates) {
            java.util.regex.Matcher m = STATED_WEIGHT.matcher(LabelText.compact(c.text()));
            if (m.find()) {
                CellValue weight = new CellValue(c.row(), c.col(), c.text(), Double.valueOf(m.group(1)), false, false);
                return new Form.FundsRow(total.label(), total.row(), total.labelCell(), total.initial(),
                        total.annual(), total.executed(), weight, total.rate(), total.score());
            }
        }
        return total;
    }

    private static CellValue cell(SheetGrid grid, int r, HeaderColumns<Column> columns, Column column, Vocabulary v) {
        return columns.has(column) ? Answers.of(grid.value(r, columns.col(column)), v) : null;
    }

    /** 万元 unless the block label (or the cells just below it, as on the official template) says 亿元 or 元. */
    private static String amountUnit(SheetGrid grid, Label anchor) {
        for (int r = anchor.row(); r <= anchor.row() + 2 && r <= grid.lastRow(); r++) {
            String text = LabelText.compact(grid.value(r, anchor.col()).text());
            if (text.contains("万元")) {
                return "万元";
            }
            if (text.contains("亿元")) {
                return "亿元";
            }
            if (text.contains("(元)")) {
                return "元";
            }
        }
        return DEFAULT_UNIT;
    }
}
