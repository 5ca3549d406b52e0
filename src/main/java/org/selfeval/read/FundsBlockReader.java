package org.selfeval.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

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
        WEIGHT("funds.column.weight"), RATE("funds.column.rate"), SCORE("funds.column.score");

        final String key;

        Column(String key) {
            this.key = key;
        }
    }

    /** The block's rows, each with the vocabulary key of its label words. */
    enum RowKind {
        TOTAL("funds.row.total"), APPROPRIATION("funds.row.appropriation"), CARRYOVER("funds.row.carryover"),
        OTHER("funds.row.other");

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
        for (int r = headerRow + 1; r <= headerRow + BLOCK_ROWS && r <= grid.lastRow(); r++) {
            for (Label cell : labels.inRow(r)) {
                if (cell.col() >= firstValueCol) {
                    break;
                }
                Optional<RowKind> kind = rowKind(cell.text(), v);
                if (kind.isPresent() && !rows.containsKey(kind.get())) {
                    rows.put(kind.get(), fundsRow(grid, cell, columns));
                    break;
                }
            }
        }
        if (!rows.containsKey(RowKind.TOTAL)) {
            return Located.incomplete(anchor, "列标题下没有年度资金总额行（查找的标签：" + v.listed(RowKind.TOTAL.key) + "）");
        }
        if (!columns.has(Column.WEIGHT)) {
            rows.put(RowKind.TOTAL, withStatedWeight(grid, rows.get(RowKind.TOTAL), anchor, columns));
        }
        Form.Funds funds = new Form.Funds(amountUnit(grid, anchor), rows.get(RowKind.TOTAL),
                rows.get(RowKind.APPROPRIATION), rows.get(RowKind.CARRYOVER), rows.get(RowKind.OTHER));
        return new Located<>(funds, anchor);
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

    private static Form.FundsRow fundsRow(SheetGrid grid, Label label, HeaderColumns<Column> columns) {
        int r = label.row();
        CellValue labelCell = grid.value(r, label.col());
        return new Form.FundsRow(labelCell.text().strip(), r, labelCell,
                cell(grid, r, columns, Column.INITIAL), cell(grid, r, columns, Column.ANNUAL),
                cell(grid, r, columns, Column.EXECUTED), cell(grid, r, columns, Column.WEIGHT),
                cell(grid, r, columns, Column.RATE), cell(grid, r, columns, Column.SCORE));
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

    private static CellValue cell(SheetGrid grid, int r, HeaderColumns<Column> columns, Column column) {
        return columns.has(column) ? grid.value(r, columns.col(column)) : null;
    }

    /** 万元 unless the block label (or the cells just below it, as on the official template) says 元. */
    private static String amountUnit(SheetGrid grid, Label anchor) {
        for (int r = anchor.row(); r <= anchor.row() + 2 && r <= grid.lastRow(); r++) {
            String text = LabelText.compact(grid.value(r, anchor.col()).text());
            if (text.contains("万元")) {
                return "万元";
            }
            if (text.contains("(元)")) {
                return "元";
            }
        }
        return DEFAULT_UNIT;
    }
}
