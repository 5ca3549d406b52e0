package org.selfeval.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * TextLayout: lines of a wrapped cell, as Excel draws them (a column of w digits holds 7w pixels of text; Latin
 * text counted 5 % wider, as LibreOffice draws it).
 */
class TextLayoutTest {
    private static final String CODE = "（WEIGHT_TOTAL_NOT_100）"; // 193 px (Latin 5 % wider), one piece

    @Test
    void aColumnsWidthIsAllText_theMarginsComeOnTop() {
        assertEquals(1, TextLayout.cellLines("已评分", 7), "45 px in 49");
        assertEquals(1, TextLayout.cellLines("县/区", 6));
        assertEquals(2, TextLayout.cellLines("霍邱县总工会", 12), "90 px in 84");
        assertEquals(1, TextLayout.cellLines("一".repeat(20), 44), "300 px in 308");
        assertEquals(2, TextLayout.cellLines("一".repeat(21), 44));
        assertEquals(2, TextLayout.cellLines("DEVIATION_ANALYSIS_MISSING", 28), "189 px, 198 as LibreOffice, in 196");
        assertEquals(1, TextLayout.cellLines("", 5));
        assertEquals(3, TextLayout.cellLines("一\n\n二", 44), "each line break starts a line");
    }

    @Test
    void aWordOrCodeMovesWholeToTheNextLine_andOneWiderThanALineIsCut() {
        assertEquals(2, TextLayout.cellLines("一二三四五六七八" + CODE, 36), "120 px, then the code's 193 on line 2");
        // 388 px in all would fit two lines of 252, but the code cannot follow 八 on the first
        assertEquals(3, TextLayout.cellLines("一二三四五六七八" + CODE + "一二三四五", 36));
        assertEquals(5, TextLayout.cellLines("A".repeat(40), 10), "8.4 px each, 8 a line of 70 px");
    }

    @Test
    void lettersAreAsWideAsCalibriDrawsThem() {
        assertEquals(1, TextLayout.cellLines("县A/fill-list-file.xlsx", 20), "114 px in 140");
        assertEquals(2, TextLayout.cellLines("WWWWWWWWWWW", 20), "13.65 px each: 150 px");
    }
}
