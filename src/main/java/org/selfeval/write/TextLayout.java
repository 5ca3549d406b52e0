package org.selfeval.write;

/**
 * How much room a text takes in a cell or a comment box, counted in half-width characters (a CJK character
 * counts as two, as it is drawn about twice as wide as a digit). Excel, WPS and LibreOffice do not grow a row to
 * fit wrapped text when they open a file, so every row holding wrapped text gets a height computed here.
 */
public final class TextLayout {
    /** Points per line of an 11-point font with CJK glyphs, as Excel and LibreOffice draw it. */
    private static final float POINTS_PER_LINE = 15.0f;
    /** Room above and below the text. */
    private static final float PADDING_POINTS = 3.0f;
    /** Excel's maximum row height. */
    private static final float MAX_POINTS = 409.0f;

    private TextLayout() {
    }

    /** Width of one line in half-width characters. */
    public static int width(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            width += line.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }

    /**
     * Lines the text takes when wrapped at {@code charsPerLine} half-width characters, each line break of the
     * text starting a new line; at least 1.
     */
    public static int lines(String text, int charsPerLine) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, charsPerLine);
        int lines = 0;
        for (String line : text.split("\r?\n", -1)) {
            lines += Math.max(1, (width(line) + perLine - 1) / perLine);
        }
        return lines;
    }

    /**
     * Lines the text takes in a wrapped cell {@code columnChars} wide (the width given to
     * {@code Sheet.setColumnWidth} divided by 256). Two characters are kept free for the cell's margins, so a
     * line that would just fit is counted as wrapping rather than being cut.
     */
    public static int cellLines(String text, int columnChars) {
        return lines(text, columnChars - 2);
    }

    /** Row height in points for {@code lines} lines of text. */
    public static float rowHeight(int lines) {
        return Math.min(MAX_POINTS, Math.max(1, lines) * POINTS_PER_LINE + PADDING_POINTS);
    }
}
