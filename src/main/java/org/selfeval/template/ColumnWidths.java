package org.selfeval.template;

import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.template.RenderedForm.Columns;

/**
 * Column widths for Chinese text. Widths are given in Chinese characters; one takes about two of Excel's
 * width units ('0' characters), which autoSizeColumn gets wrong.
 */
final class ColumnWidths {
    private static final int UNITS_PER_HAN = 2 * 256;

    private ColumnWidths() {
    }

    static void apply(Sheet sheet, Columns cols) {
        set(sheet, cols.block(), 5);
        set(sheet, cols.level1(), 8);
        set(sheet, cols.level2(), 7);
        set(sheet, cols.level3(), 14);
        if (cols.split()) {
            set(sheet, cols.target(), 4);
            set(sheet, cols.target() + 1, 6);
            set(sheet, cols.target() + 2, 4);
        } else {
            set(sheet, cols.target(), 7);
        }
        set(sheet, cols.actual(), 7);
        if (cols.weighted()) {
            set(sheet, cols.weight(), 5);
        }
        set(sheet, cols.score(), 5);
        set(sheet, cols.deviation(), 12);
    }

    private static void set(Sheet sheet, int col, int hanCharacters) {
        sheet.setColumnWidth(col, hanCharacters * UNITS_PER_HAN);
    }
}
