package org.selfeval.template;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.selfeval.template.FormSpec.IndicatorSpec;
import org.selfeval.template.FormStyles.Kind;
import org.selfeval.template.Layout.Categories;
import org.selfeval.template.RenderedForm.Columns;

/**
 * Writes the 一级/二级指标 labels over their indicator rows: a run of consecutive rows with the same label
 * (for 二级, also the same 一级) is merged, repeated or written once, as the layout says.
 */
final class CategoryCells {
    private final SheetWriter out;
    private final Categories style;

    CategoryCells(SheetWriter out, Categories style) {
        this.out = out;
        this.style = style;
    }

    void write(List<IndicatorSpec> indicators, List<Integer> rows, Columns cols) {
        writeRuns(indicators, rows, cols.level1(), IndicatorSpec::level1, IndicatorSpec::level1);
        writeRuns(indicators, rows, cols.level2(), IndicatorSpec::level2,
                i -> i.level1() + "\u0000" + i.level2());
    }

    /** Writes {@code label} of each run of rows sharing the same non-null {@code key}. */
    private void writeRuns(List<IndicatorSpec> indicators, List<Integer> rows, int col,
                           Function<IndicatorSpec, String> label, Function<IndicatorSpec, String> key) {
        int start = 0;
        while (start < indicators.size()) {
            IndicatorSpec first = indicators.get(start);
            int end = start;
            while (label.apply(first) != null && end + 1 < indicators.size()
                    && Objects.equals(key.apply(indicators.get(end + 1)), key.apply(first))) {
                end++;
            }
            writeRun(label.apply(first), rows.get(start), rows.get(end), col);
            start = end + 1;
        }
    }

    private void writeRun(String label, int firstRow, int lastRow, int col) {
        switch (style) {
            case MERGED -> {
                out.text(firstRow, col, label, Kind.VALUE);
                if (label != null) {
                    out.merge(firstRow, lastRow, col, col);
                }
            }
            case REPEATED -> {
                for (int r = firstRow; r <= lastRow; r++) {
                    out.text(r, col, label, Kind.VALUE);
                }
            }
            case ONCE -> out.text(firstRow, col, label, Kind.VALUE);
        }
    }
}
