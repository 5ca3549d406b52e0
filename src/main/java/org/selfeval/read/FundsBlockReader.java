package org.selfeval.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

/** Reads the 项目资金 block: its amount unit, its column header row and its four rows (RULES.md §1, §5). */
final class FundsBlockReader {
    private static final List<String> BLOCK_LABELS = List.of("项目资金", "预算执行情况");
    /** With no block label, the 年度资金总额 row announces the block. */
    private static final List<String> TOTAL_ROW_LABELS = List.of("年度资金总额", "年度财政资金总额");
    /** Labels that announce the block, in order of preference; the last ones are the 年度资金总额 row itself. */
    static final List<String> SEARCHED = java.util.stream.Stream.concat(BLOCK_LABELS.stream(),
            TOTAL_ROW_LABELS.stream()).toList();
    private static final List<String> ANNUAL_HEADERS = List.of("全年预算数", "调整后预算数", "预算数");
    private static final List<String> EXECUTED_HEADERS = List.of("全年执行数", "预算执行数", "执行数");
    private static final List<String> TOTAL_ROWS = List.of("年度资金总额", "年度财政资金总额", "资金总额");
    /** Rows above and below the block label searched for its column header row. */
    private static final int HEADER_ROWS_ABOVE = 2;
    private static final int HEADER_ROWS_BELOW = 3;
    /** Rows below the column header searched for the block's rows. */
    private static final int BLOCK_ROWS = 10;
    private static final String DEFAULT_UNIT = "万元";
    /** A weight stated in brackets: {@code (20分)}, {@code (20分*执行率)}. */
    private static final java.util.regex.Pattern STATED_WEIGHT =
            java.util.regex.Pattern.compile("\\((\\d+(?:\\.\\d+)?)分[^()]*\\)");

    enum Column { INITIAL, ANNUAL, EXECUTED, WEIGHT, RATE, SCORE }

    enum RowKind { TOTAL, APPROPRIATION, CARRYOVER, OTHER }

    private FundsBlockReader() {
    }

    static Located<Form.Funds> read(SheetGrid grid, LabelScan labels) {
        Optional<Label> found = labels.first(BLOCK_LABELS).or(() -> labels.first(TOTAL_ROW_LABELS));
        if (found.isEmpty()) {
            return Located.absent();
        }
        Label anchor = found.get();
        Optional<HeaderColumns<Column>> header = headerNear(labels, anchor.row());
        if (header.isEmpty()) {
            return Located.incomplete(anchor, "“" + anchor.text() + "”附近没有预算数和执行数的列标题（查找的标签："
                    + String.join("、", ANNUAL_HEADERS) + "；" + String.join("、", EXECUTED_HEADERS) + "）");
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
                Optional<RowKind> kind = rowKind(cell.text());
                if (kind.isPresent() && !rows.containsKey(kind.get())) {
                    rows.put(kind.get(), fundsRow(grid, cell, columns));
                    break;
                }
            }
        }
        if (!rows.containsKey(RowKind.TOTAL)) {
            return Located.incomplete(anchor, "列标题下没有年度资金总额行（查找的标签：" + String.join("、", TOTAL_ROWS) + "）");
        }
        if (!columns.has(Column.WEIGHT)) {
            rows.put(RowKind.TOTAL, withStatedWeight(grid, rows.get(RowKind.TOTAL), anchor, columns));
        }
        Form.Funds funds = new Form.Funds(amountUnit(grid, anchor), rows.get(RowKind.TOTAL),
                rows.get(RowKind.APPROPRIATION), rows.get(RowKind.CARRYOVER), rows.get(RowKind.OTHER));
        return new Located<>(funds, anchor);
    }

    /** The column header row near the block label: a row naming both a budget and an executed column. */
    private static Optional<HeaderColumns<Column>> headerNear(LabelScan labels, int anchorRow) {
        for (int r = Math.max(0, anchorRow - HEADER_ROWS_ABOVE); r <= anchorRow + HEADER_ROWS_BELOW; r++) {
            HeaderColumns<Column> columns = HeaderColumns.of(Column.class, labels.inRow(r), FundsBlockReader::column);
            if (columns.has(Column.ANNUAL) && columns.has(Column.EXECUTED)) {
                return Optional.of(columns);
            }
        }
        return Optional.empty();
    }

    static Optional<Column> column(String header) {
        return Optional.ofNullable(switch (header) {
            case "年初预算数" -> Column.INITIAL;
            case "全年预算数", "调整后预算数", "预算数" -> Column.ANNUAL; // ANNUAL_HEADERS
            case "全年执行数", "预算执行数", "执行数" -> Column.EXECUTED; // EXECUTED_HEADERS
            case "分值", "权重" -> Column.WEIGHT;
            case "执行率", "预算执行率" -> Column.RATE;
            case "得分" -> Column.SCORE;
            default -> null;
        });
    }

    static Optional<RowKind> rowKind(String label) {
        String s = label.startsWith("其中") ? label.substring(2) : label;
        if (s.startsWith(":")) {
            s = s.substring(1);
        }
        return Optional.ofNullable(switch (s) {
            case "年度资金总额", "年度财政资金总额", "资金总额" -> RowKind.TOTAL; // TOTAL_ROWS
            case "当年财政拨款", "本年财政拨款", "财政拨款" -> RowKind.APPROPRIATION;
            case "上年结转资金", "上年结转" -> RowKind.CARRYOVER;
            case "其他资金" -> RowKind.OTHER;
            default -> null;
        });
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
