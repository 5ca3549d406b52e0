package org.selfeval.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * TextLayout: lines of a wrapped cell, as Excel draws them (a column of w digits holds 7w pixels of text; 95 % of
 * them are counted, for LibreOffice's narrower columns).
 */
class TextLayoutTest {
    private static final String CODE = "（WEIGHT_TOTAL_NOT_100）"; // 185 px, one piece: never split

    @Test
    void aColumnsWidthIsAllText_theMarginsComeOnTop() {
        assertEquals(1, TextLayout.cellLines("已评分", 7), "45 px in 46");
        assertEquals(1, TextLayout.cellLines("县/区", 6));
        assertEquals(2, TextLayout.cellLines("霍邱县总工会", 12), "90 px in 79");
        assertEquals(1, TextLayout.cellLines("一".repeat(19), 44), "285 px in 292");
        assertEquals(2, TextLayout.cellLines("一".repeat(20), 44));
        assertEquals(2, TextLayout.cellLines("DEVIATION_ANALYSIS_MISSING", 28), "189 px in 186");
        assertEquals(1, TextLayout.cellLines("", 5));
        assertEquals(3, TextLayout.cellLines("一\n\n二", 44), "each line break starts a line");
    }

    @Test
    void aWordOrCodeMovesWholeToTheNextLine_andOneWiderThanALineIsCut() {
        assertEquals(2, TextLayout.cellLines("一二三四五六七八" + CODE, 36), "120 px, then the code's 185 on line 2");
        // 380 px in all would fit two lines of 239, but the code cannot follow 八 on the first
        assertEquals(3, TextLayout.cellLines("一二三四五六七八" + CODE + "一二三四五", 36));
        assertEquals(5, TextLayout.cellLines("A".repeat(40), 10), "8 px each, 8 a line of 66 px");
    }

    @Test
    void lettersAreAsWideAsCalibriDrawsThem() {
        assertEquals(1, TextLayout.cellLines("县A/fill-list-file.xlsx", 20), "109 px in 133");
        assertEquals(2, TextLayout.cellLines("WWWWWWWWWWW", 20), "13 px each: 143 px");
    }
}
