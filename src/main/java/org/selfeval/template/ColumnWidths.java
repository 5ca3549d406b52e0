package org.selfeval.template;

import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.template.RenderedForm.Columns;

/**
 * Column widths for Chinese text. Widths are given in Chinese characters; one takes about two of Excel's
 * width units ('0' characters), which autoSizeColumn gets wrong.
 */
final class ColumnWidths {
    private static final int UNITS_PER_HAN = 2 * 256;
    static final int LEVEL3 = 14;
    static final int TARGET = 7;
    static final int DEVIATION = 12;

    private ColumnWidths() {
    }

    static void apply(Sheet sheet, Columns cols) {
        set(sheet, cols.block(), 5);
        set(sheet, cols.level1(), 8);
        set(sheet, cols.level2(), 7);
        set(sheet, cols.level3(), LEVEL3);
        if (cols.split()) {
            set(sheet, cols.target(), 4);
            set(sheet, cols.target() + 1, 6);
            set(sheet, cols.target() + 2, 4);
        } else {
            set(sheet, cols.target(), TARGET);
        }
        set(sheet, cols.actual(), TARGET);
        if (cols.weighted()) {
            set(sheet, cols.weight(), 5);
        }
        if (cols.scored()) {
            set(sheet, cols.score(), 5);
        }
        set(sheet, cols.deviation(), DEVIATION);
    }

    /** How many lines a text takes in a column this many Chinese characters wide (ASCII counts half). */
    static int lines(String text, int hanCharacters) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int halfWidths = 0;
        for (int i = 0; i < text.length(); i++) {
            halfWidths += text.charAt(i) < 0x80 ? 1 : 2;
        }
        return Math.max(1, (halfWidths + 2 * hanCharacters - 1) / (2 * hanCharacters));
    }

    private static void set(Sheet sheet, int col, int hanCharacters) {
        sheet.setColumnWidth(col, hanCharacters * UNITS_PER_HAN);
    }
}
