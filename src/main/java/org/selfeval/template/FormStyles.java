package org.selfeval.template;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the official form (宋体 11pt, thin borders, wrapped), created once per workbook. */
final class FormStyles {
    static final String FONT_NAME = "宋体";

    /** What a cell is, which decides its look. */
    enum Kind {
        /** the title line: bold, larger, centred, no border */
        TITLE,
        /** a line outside the table: centred, no border */
        NOTE,
        /** a bold centred header or label */
        HEADER,
        /** a centred value */
        VALUE,
        /** long text, left aligned */
        TEXT
    }

    private final Workbook workbook;
    private final Map<String, CellStyle> cache = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    /** Styles for one workbook, shared by every form drawn on it (so .xls stays far from its 4,000 styles). */
    FormStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    CellStyle get(Kind kind) {
        return get(kind, "General");
    }

    /** A style of the given kind showing numbers in the given Excel format. */
    CellStyle get(Kind kind, String format) {
        return cache.computeIfAbsent(kind + "|" + format, k -> create(kind, format));
    }

    private CellStyle create(Kind kind, String format) {
        CellStyle style = workbook.createCellStyle();
        boolean bordered = kind != Kind.TITLE && kind != Kind.NOTE;
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        style.setAlignment(kind == Kind.TEXT ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(kind != Kind.TITLE);
        style.setFont(font(kind == Kind.TITLE ? 16 : 11, kind == Kind.TITLE || kind == Kind.HEADER));
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private Font font(int points, boolean bold) {
        return fonts.computeIfAbsent(points + "|" + bold, k -> {
            Font font = workbook.createFont();
            font.setFontName(FONT_NAME);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        });
    }
}
