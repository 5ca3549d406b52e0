package org.selfeval.write;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * How much room a text takes in a cell or a comment box. Excel, WPS and LibreOffice do not grow a row to fit
 * wrapped text when they open a file, so every row holding wrapped text gets a height computed here.
 *
 * <p>Widths are counted as Excel draws them on a 96-dpi screen with the workbook's font (Calibri 11, Arial 10 in
 * .xls), where a digit is 7 pixels: a column {@code w} characters wide is {@code 7w + 5} pixels, the 5 being the
 * cell's margins and grid line (Microsoft's definition of the column width), so {@code 7w} pixels hold text
 * (Latin text is counted 5 % wider, as LibreOffice draws it). A CJK
 * character (and full-width punctuation, and the curly quotes a CJK font draws full width) is drawn 15 pixels wide
 * (11 points); Latin letters, digits and signs as wide as Calibri draws them (a space 3, {@code i} 3, a digit 7,
 * {@code W} 13). The text is wrapped as the programs wrap it,
 * where Unicode's line breaking rules allow (the JDK's line {@link BreakIterator}; LibreOffice follows the same
 * rules): between two CJK characters, after a space, a hyphen or {@code !}, never inside a word of Latin letters
 * and digits, never before a closing bracket or comma nor after an opening one; a piece wider than a line is cut
 * by character. LibreOffice draws CJK
 * narrower than Excel (about 13 pixels against the digit's 7): a row sized here can show spare room there, never
 * too little.
 */
public final class TextLayout {
    /** Points per line of an 11-point font with CJK glyphs, as Excel and LibreOffice draw it. */
    private static final float POINTS_PER_LINE = 15.0f;
    /** Room above and below the text. */
    private static final float PADDING_POINTS = 3.0f;
    /** Excel's maximum row height. */
    private static final float MAX_POINTS = 409.0f;
    /** A digit of the workbook's font in pixels: the unit of column widths. */
    private static final int DIGIT_PIXELS = 7;
    /**
     * Widths are counted in twentieths of a pixel: a Latin character counts 21 twentieths of its pixels, as
     * LibreOffice draws Latin text about 4 % wider against its columns than Excel (a 28-wide column wraps a
     * 189-pixel {@code DEVIATION_ANALYSIS_MISSING}, a 22-wide one holds 148 pixels of {@code WEIGHT_TOTAL_NOT_1});
     * CJK, which it draws narrower than Excel, counts its 15 pixels.
     */
    private static final int UNITS_PER_PIXEL = 20;
    private static final int LATIN_UNITS_PER_PIXEL = 21;
    /** Line-break opportunities (Unicode's line breaking rules); an iterator is not thread-safe. */
    private static final ThreadLocal<BreakIterator> BREAKS =
            ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(Locale.CHINA));

    /**
     * Pixels of the printable ASCII characters, space to {@code ~}: Calibri 11 at 96 dpi (the advance widths of
     * Carlito, its metric twin, rounded). A digit is 7, as the column width counts it.
     */
    private static final byte[] ASCII_PIXELS = {
        3, 5, 6, 7, 7, 10, 10, 3, 4, 4, 7, 7, 4, 4, 4, 6,
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 4, 4, 7, 7, 7, 7,
        13, 8, 8, 8, 9, 7, 7, 9, 9, 4, 5, 8, 6, 13, 9, 10,
        8, 10, 8, 7, 7, 9, 8, 13, 8, 7, 7, 4, 6, 4, 7, 7,
        4, 7, 8, 6, 8, 7, 4, 7, 8, 3, 4, 7, 3, 12, 8, 8,
        8, 8, 5, 6, 5, 8, 7, 10, 6, 7, 6, 5, 7, 5, 7};
    /** A CJK character at 11 points: 14.67 pixels, drawn 15. */
    private static final int CJK_PIXELS = 15;

    private TextLayout() {
    }

    /** Twentieths of a pixel the character takes in Excel at 96 dpi (see the class comment). */
    private static int pixels(char c) {
        if (c >= ' ' && c <= '~') {
            return ASCII_PIXELS[c - ' '] * LATIN_UNITS_PER_PIXEL;
        }
        // CJK, full-width forms, and the punctuation CJK fonts draw full width (‘’“”—…); any other letter as wide
        // as the widest Latin capitals
        return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F) ? CJK_PIXELS * UNITS_PER_PIXEL : 13 * LATIN_UNITS_PER_PIXEL;
    }

    /** Twentieths of a pixel the characters from {@code from} to {@code to} take. */
    private static int pixels(CharSequence text, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width += pixels(text.charAt(i));
        }
        return width;
    }

    /**
     * Lines the text takes when wrapped in a width of {@code charsPerLine} digits, each line break of the text
     * starting a new line; at least 1.
     */
    public static int lines(String text, int charsPerLine) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int room = Math.max(1, charsPerLine) * DIGIT_PIXELS * UNITS_PER_PIXEL;
        int lines = 0;
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String paragraph = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            // most cells: one short line, no need to look for breaks
            lines += pixels(paragraph, 0, paragraph.length()) <= room ? 1 : wrappedLines(paragraph, room);
        }
        return lines;
    }

    /** Lines one paragraph takes, filled greedily piece by piece; a piece wider than the line is cut by character. */
    private static int wrappedLines(String paragraph, int room) {
        int lines = 1;
        int used = 0;
        BreakIterator breaks = BREAKS.get();
        breaks.setText(paragraph);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int visible = end;
            while (visible > start && paragraph.charAt(visible - 1) == ' ') {
                visible--; // a space ending the piece may hang over the line's end, as in Excel and LibreOffice
            }
            if (used + pixels(paragraph, start, visible) <= room) {
                used += pixels(paragraph, start, end);
                continue;
            }
            if (used > 0) {
                lines++;
                used = 0;
            }
            for (int i = start; i < end; i++) { // cut by character when the piece alone is wider than a line
                int w = pixels(paragraph.charAt(i));
                if (used + w > room && used > 0) {
                    lines++;
                    used = 0;
                }
                used += w;
            }
        }
        return lines;
    }

    /**
     * Lines the text takes in a wrapped cell {@code columnChars} wide (the width given to
     * {@code Sheet.setColumnWidth} divided by 256): the column's margins are outside that width.
     */
    public static int cellLines(String text, int columnChars) {
        return lines(text, columnChars);
    }

    /** Row height in points for {@code lines} lines of text. */
    public static float rowHeight(int lines) {
        return Math.min(MAX_POINTS, Math.max(1, lines) * POINTS_PER_LINE + PADDING_POINTS);
    }
}
