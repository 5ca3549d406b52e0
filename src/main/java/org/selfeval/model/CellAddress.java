package org.selfeval.model;

/** A1 notation without POI: column letters plus 1-based row. */
public final class CellAddress {
    private CellAddress() {
    }

    /** @param row 0-based row, @param col 0-based column */
    public static String of(int row, int col) {
        return columnName(col) + (row + 1);
    }

    public static String columnName(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
