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

    /** 河北 (LAYOUTS.md C): the 三级指标 and 指标解释 columns; the eight figure columns are narrow. */
    static final int HEBEI_LEVEL3 = 9;
    static final int HEBEI_EXPLANATION = 9;
    /** 一级指标, and the funds rows' labels above it (预算数/到位数/执行数). */
    static final int HEBEI_FUNDS_LABEL = 7;

    /** 河北's plan: thirteen columns that fit A4 landscape at a readable size. */
    static void applyHebei(Sheet sheet, Columns cols) {
        set(sheet, cols.block(), 6);
        set(sheet, cols.level1(), HEBEI_FUNDS_LABEL);
        set(sheet, cols.level2(), 7);
        set(sheet, cols.level3(), HEBEI_LEVEL3);
        set(sheet, cols.explanation(), HEBEI_EXPLANATION);
        set(sheet, cols.target(), 3);
        set(sheet, cols.target() + 1, 4);
        set(sheet, cols.target() + 2, 6);
        set(sheet, cols.actual(), 5);
        set(sheet, cols.status(), 4);
        set(sheet, cols.points(), 4);
        set(sheet, cols.weight(), 4);
        set(sheet, cols.score(), 5);
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
