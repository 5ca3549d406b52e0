package org.selfeval.read;

import java.util.Optional;
import java.util.Set;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

/** Reads 年度总体目标: the 预期目标 and 实际完成情况 cells of the row below their column headers. */
final class GoalsReader {
    /** The vocabulary key of the block's labels. */
    static final String BLOCK = "goals.block";

    private GoalsReader() {
    }

    static Located<Form.Goals> read(SheetGrid grid, LabelScan labels, Vocabulary v) {
        Optional<Label> found = labels.first(v.words(BLOCK));
        if (found.isEmpty()) {
            return Located.absent();
        }
        Label anchor = found.get();
        Optional<Label> expected = headerNear(labels, anchor, v.words("goals.column.expected"));
        Optional<Label> actual = headerNear(labels, anchor, v.words("goals.column.actual"));
        if (expected.isEmpty() && actual.isEmpty()) {
            // no column headers: the goal is written beside the label
            CellValue beside = Answers.of(HeaderReader.valueRightOf(grid, anchor, Set.of()), v);
            return new Located<>(new Form.Goals(beside, null), anchor);
        }
        return new Located<>(new Form.Goals(Answers.of(below(grid, expected), v), Answers.of(below(grid, actual), v)),
                anchor);
    }

    /** A column header on the label's row or the next one, right of the label. */
    private static Optional<Label> headerNear(LabelScan labels, Label anchor, java.util.List<String> names) {
        return labels.inRows(anchor.row(), anchor.row() + 2).stream()
                .filter(l -> l.col() > anchor.col() && names.contains(l.text()))
                .findFirst();
    }

    /** The cell below a header (below its merged region). */
    private static CellValue below(SheetGrid grid, Optional<Label> header) {
        return header.map(h -> grid.value(grid.regionLastRow(h.row(), h.col()) + 1, h.col())).orElse(null);
    }
}
