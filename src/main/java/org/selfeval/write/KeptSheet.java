package org.selfeval.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A very hidden sheet in which a scored copy keeps what a second run must read back (RULES.md §8: the points a unit
 * allotted, the figures it filled in): rebuilt on every run from its rows, absent when there are none.
 */
final class KeptSheet {
    private KeptSheet() {
    }

    /** Replaces the sheet {@code name} by a header row and these rows; a cell is a String, a Double or null. */
    static void replace(Workbook wb, String name, List<String> headers, List<List<Object>> rows) {
        int old = wb.getSheetIndex(name);
        if (old >= 0) {
            wb.removeSheetAt(old);
        }
        if (rows.isEmpty()) {
            return;
        }
        Sheet sheet = wb.createSheet(name);
        write(sheet.createRow(0), List.copyOf(headers));
        int r = 1;
        for (List<Object> values : rows) {
            write(sheet.createRow(r++), values);
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private static void write(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }
}
