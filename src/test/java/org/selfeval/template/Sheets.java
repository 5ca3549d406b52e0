package org.selfeval.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** Test helpers: reopen saved workbooks read-only and look at their cells. */
final class Sheets {
    private static final DataFormatter FORMAT = new DataFormatter();

    static {
        FORMAT.setUseCachedValuesForFormulaCells(true);
    }

    private Sheets() {
    }

    static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    /** The text a person sees ("" for a missing cell). */
    static String text(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return c == null ? "" : FORMAT.formatCellValue(c);
    }

    static CellType type(Sheet sheet, int row, int col) {
        Cell c = cell(sheet, row, col);
        return c == null ? CellType.BLANK : c.getCellType();
    }

    /** The merged region whose top-left cell is (row, col). */
    static Optional<CellRangeAddress> mergedAt(Sheet sheet, int row, int col) {
        return sheet.getMergedRegions().stream()
                .filter(r -> r.getFirstRow() == row && r.getFirstColumn() == col).findFirst();
    }

    /** The merged region containing (row, col). */
    static Optional<CellRangeAddress> regionOf(Sheet sheet, int row, int col) {
        return sheet.getMergedRegions().stream().filter(r -> r.isInRange(row, col)).findFirst();
    }

    /** Every sheet of a saved workbook as name, grid text and merged regions: its content, not its bytes. */
    static List<String> contents(Path file) throws IOException {
        List<String> sheets = new ArrayList<>();
        try (Workbook workbook = open(file)) {
            for (Sheet sheet : workbook) {
                sheets.add(sheet.getSheetName() + "\n" + dump(sheet) + sheet.getMergedRegions());
            }
        }
        return sheets;
    }

    /** The grid as text, for looking at a rendering while debugging. */
    static String dump(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            sb.append(r + 1).append(':');
            Row row = sheet.getRow(r);
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    sb.append(" | ").append(text(sheet, r, c).replace("\n", "\\n"));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
