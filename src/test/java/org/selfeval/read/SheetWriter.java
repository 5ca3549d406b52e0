package org.selfeval.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Test helper: writes cells into a sheet at an offset (so a whole form can be moved). */
final class SheetWriter {
    /** A formula with the cached value a spreadsheet program would have saved. */
    record Formula(String formula, double cached) {
    }

    /** A number shown as a percentage (format {@code 0%}). */
    record Percent(double value) {
    }

    private final Workbook workbook;
    private final Sheet sheet;
    private final int dr;
    private final int dc;
    private CellStyle percentStyle;

    SheetWriter(Workbook workbook, String sheetName, int rowOffset, int colOffset) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(sheetName);
        this.dr = rowOffset;
        this.dc = colOffset;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Values in consecutive columns from c; a null leaves the cell out. */
    SheetWriter row(int r, int c, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                put(r, c + i, values[i]);
            }
        }
        return this;
    }

    SheetWriter put(int r, int c, Object value) {
        Row row = sheet.getRow(r + dr);
        if (row == null) {
            row = sheet.createRow(r + dr);
        }
        Cell cell = row.createCell(c + dc);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(percentStyle());
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.formula());
            cell.setCellValue(f.cached()); // sets the cached result, keeps the formula
        } else {
            throw new IllegalArgumentException("unsupported value " + value);
        }
        return this;
    }

    /** Creates the row (empty) so that the sheet has it, as padding rows in real files do. */
    SheetWriter emptyRow(int r) {
        if (sheet.getRow(r + dr) == null) {
            sheet.createRow(r + dr);
        }
        return this;
    }

    SheetWriter merge(int r1, int r2, int c1, int c2) {
        sheet.addMergedRegion(new CellRangeAddress(r1 + dr, r2 + dr, c1 + dc, c2 + dc));
        return this;
    }

    /** The A1 address of a position given without offset. */
    String at(int r, int c) {
        return org.selfeval.model.CellAddress.of(r + dr, c + dc);
    }

    private CellStyle percentStyle() {
        if (percentStyle == null) {
            percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        }
        return percentStyle;
    }
}
