package org.selfeval.testing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a test form's cells row by row, in .xls and .xlsx alike. */
public final class Rows {
    private Rows() {
    }

    /** Text and numbers in consecutive cells of row r from column c; a null leaves the cell out. */
    public static void put(Sheet s, int r, int c, Object... values) {
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String t) {
                row.createCell(c + i).setCellValue(t);
            } else if (values[i] instanceof Number n) {
                row.createCell(c + i).setCellValue(n.doubleValue());
            }
        }
    }
}
