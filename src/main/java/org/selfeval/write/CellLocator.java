package org.selfeval.write;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Finds (or creates) the cell an A1 address names on one sheet. A cell inside a merged region resolves to the
 * region's top-left cell, where the value lives. A newly created cell takes its nearest row neighbour's style,
 * or the column's, so it looks like the rest of the form.
 */
final class CellLocator {
    private static final Pattern A1 = Pattern.compile("\\$?[A-Za-z]{1,3}\\$?[1-9][0-9]{0,6}");

    private final Sheet sheet;
    private final List<CellRangeAddress> merged;

    CellLocator(Sheet sheet) {
        this.sheet = sheet;
        this.merged = sheet.getMergedRegions();
    }

    Sheet sheet() {
        return sheet;
    }

    /** The cell at the address, created if missing; null for an address that is not A1 notation or off the sheet. */
    Cell cell(String a1) {
        if (a1 == null || !A1.matcher(a1).matches()) {
            return null;
        }
        CellReference ref = new CellReference(a1);
        int row = ref.getRow();
        int col = ref.getCol();
        SpreadsheetVersion limits = sheet.getWorkbook().getSpreadsheetVersion();
        if (row > limits.getLastRowIndex() || col > limits.getLastColumnIndex()) {
            return null;
        }
        for (CellRangeAddress region : merged) {
            if (region.isInRange(row, col)) {
                row = region.getFirstRow();
                col = region.getFirstColumn();
                break;
            }
        }
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        if (c == null) {
            c = r.createCell(col);
            CellStyle neighbour = neighbourStyle(r, col);
            if (neighbour != null) {
                c.setCellStyle(neighbour);
            }
        }
        return c;
    }

    private CellStyle neighbourStyle(Row row, int col) {
        for (int d = 1; d <= Math.max(col, row.getLastCellNum()); d++) {
            Cell left = col - d >= 0 ? row.getCell(col - d) : null;
            if (left != null) {
                return left.getCellStyle();
            }
            Cell right = row.getCell(col + d);
            if (right != null) {
                return right.getCellStyle();
            }
        }
        return sheet.getColumnStyle(col);
    }
}
