package org.selfeval.read;

import java.util.Optional;
import java.util.Set;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

/** Reads 年度总体目标: the 预期目标 and 实际完成情况 cells of the row below their column headers. */
final class GoalsReader {
    static final java.util.List<String> LABELS = java.util.List.of("年度总体目标", "年度总体目标完成情况", "总体目标");
    private static final Set<String> EXPECTED = Set.of("预期目标");
    private static final Set<String> ACTUAL = Set.of("实际完成情况", "实际完成");

    private GoalsReader() {
    }

    static Located<Form.Goals> read(SheetGrid grid, LabelScan labels) {
        Optional<Label> found = labels.first(LABELS);
        if (found.isEmpty()) {
            return Located.absent();
        }
        Label anchor = found.get();
        Optional<Label> expected = headerNear(labels, anchor, EXPECTED);
        Optional<Label> actual = headerNear(labels, anchor, ACTUAL);
        if (expected.isEmpty() && actual.isEmpty()) {
            // no column headers: the goal is written beside the label
            CellValue beside = HeaderReader.valueRightOf(grid, anchor, Set.of());
            return new Located<>(new Form.Goals(beside, null), anchor);
        }
        return new Located<>(new Form.Goals(below(grid, expected), below(grid, actual)), anchor);
    }

    /** A column header on the label's row or the next one, right of the label. */
    private static Optional<Label> headerNear(LabelScan labels, Label anchor, Set<String> names) {
        return labels.inRows(anchor.row(), anchor.row() + 2).stream()
                .filter(l -> l.col() > anchor.col() && names.contains(l.text()))
                .findFirst();
    }

    /** The cell below a header (below its merged region). */
    private static CellValue below(SheetGrid grid, Optional<Label> header) {
        return header.map(h -> grid.value(grid.regionLastRow(h.row(), h.col()) + 1, h.col())).orElse(null);
    }
}
