package org.selfeval.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every short text cell of the top of a sheet (the first {@link #SCAN_ROWS} rows and {@link #SCAN_COLS}
 * columns), normalised once, in row-major order. Parts of the form are found here by their labels, never by
 * fixed addresses. Only cells holding text are labels: a number, date, boolean or error cell never shows a
 * label's name, so it is not formatted here.
 */
final class LabelScan {
    static final int SCAN_ROWS = 300;
    static final int SCAN_COLS = 30;
    /** Longer texts are values (goals, explanations), never labels. */
    private static final int MAX_LABEL_LENGTH = 40;

    private final List<Label> labels;

    private LabelScan(List<Label> labels) {
        this.labels = labels;
    }

    static LabelScan of(SheetGrid grid) {
        List<Label> found = new ArrayList<>();
        int lastRow = Math.min(grid.lastRow(), SCAN_ROWS - 1);
        for (int r = 0; r <= lastRow; r++) {
            int row = r;
            grid.forEachText(r, Math.min(SCAN_COLS, SheetGrid.COL_LIMIT), (text, c) -> {
                if (text.isBlank() || text.length() > MAX_LABEL_LENGTH * 3 || !grid.isTopLeft(row, c)) {
                    return;
                }
                String label = LabelText.normalize(text);
                if (!label.isEmpty() && label.length() <= MAX_LABEL_LENGTH) {
                    found.add(new Label(row, c, grid.regionLastColumn(row, c), label, LabelText.compact(text)));
                }
            });
        }
        return new LabelScan(List.copyOf(found));
    }

    /** The first label (row-major) whose text is one of the given names. */
    Optional<Label> first(Collection<String> names) {
        return labels.stream().filter(l -> names.contains(l.text())).findFirst();
    }

    /** True when a label's normalised text is one of the names. */
    boolean any(Collection<String> names) {
        return first(names).isPresent();
    }

    /** True when a label's normalised text contains one of the words. */
    boolean anyContaining(Collection<String> words) {
        return labels.stream().anyMatch(l -> words.stream().anyMatch(l.text()::contains));
    }

    /** True when a label's whole text (brackets kept) contains one of the words. */
    boolean anyWholeContaining(Collection<String> words) {
        return labels.stream().anyMatch(l -> words.stream().anyMatch(l.whole()::contains));
    }

    /** Every label on row r, left to right. */
    List<Label> inRow(int r) {
        return labels.stream().filter(l -> l.row() == r).toList();
    }

    /** Every label in rows [fromRow, toRow), row-major. */
    List<Label> inRows(int fromRow, int toRow) {
        return labels.stream().filter(l -> l.row() >= fromRow && l.row() < toRow).toList();
    }
}
