package org.selfeval.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.read.OriginalValuesSheet;
import org.selfeval.read.OriginalValuesSheet.Original;

/**
 * RULES.md §8: a computed score written over the unit's (SELF_SCORE_CHANGED, SELF_TOTAL_CHANGED) would lose the
 * unit's figure, and a second run would no longer see the change. The unit's figures are kept in a very hidden sheet
 * ({@value OriginalValuesSheet#NAME}), which the reader takes back while the cell still holds what was written. Taken
 * before the figures are written ({@link #before}), kept after ({@link #write}); rebuilt on every run, absent when no
 * figure was changed.
 */
final class OriginalValues {
    private static final DataFormatter FORMAT = new DataFormatter();

    /** One changed cell: where, what the unit had, and (once written) what selfeval wrote. */
    static final class Changed {
        private final String sheet;
        private final String address;
        private final String text;
        private final Double number;
        private final Cell cell;

        private Changed(String sheet, String address, String text, Double number, Cell cell) {
            this.sheet = sheet;
            this.address = address;
            this.text = text;
            this.number = number;
            this.cell = cell;
        }
    }

    private OriginalValues() {
    }

    /**
     * What each cell a SELF_*_CHANGED finding of this form names holds before the figures are written — or, when an
     * earlier run wrote it and it still holds that figure, what the unit had filled in before that run.
     */
    static List<Changed> before(CellLocator cells, FormResult result, Map<String, Original> earlier) {
        List<Changed> changed = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.code() != FindingCode.SELF_SCORE_CHANGED && f.code() != FindingCode.SELF_TOTAL_CHANGED
                    || f.cell().contains("!")) {
                continue;
            }
            Cell cell = cells.cell(f.cell());
            if (cell == null) {
                continue;
            }
            Original kept = earlier.get(f.cell());
            boolean numeric = cell.getCellType() == CellType.NUMERIC;
            if (kept != null && numeric && Math.abs(cell.getNumericCellValue() - kept.written()) < 1e-9) {
                changed.add(new Changed(result.form().sheet(), f.cell(), kept.text(), kept.number(), cell));
            } else {
                changed.add(new Changed(result.form().sheet(), f.cell(), FORMAT.formatCellValue(cell),
                        numeric ? cell.getNumericCellValue() : null, cell));
            }
        }
        return changed;
    }

    /** Replaces the sheet of kept figures by these cells, each with the figure now written into it. */
    static void write(Workbook wb, List<Changed> changed) {
        int old = wb.getSheetIndex(OriginalValuesSheet.NAME);
        if (old >= 0) {
            wb.removeSheetAt(old);
        }
        List<Changed> written = changed.stream().filter(c -> c.cell.getCellType() == CellType.NUMERIC).toList();
        if (written.isEmpty()) {
            return;
        }
        Sheet sheet = wb.createSheet(OriginalValuesSheet.NAME);
        Row head = sheet.createRow(0);
        String[] headers = {"工作表", "单元格", "原填", "原填数值", "写入"};
        for (int i = 0; i < headers.length; i++) {
            head.createCell(i).setCellValue(headers[i]);
        }
        int r = 1;
        for (Changed c : written) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(c.sheet);
            row.createCell(1).setCellValue(c.address);
            row.createCell(2).setCellValue(c.text);
            if (c.number != null) {
                row.createCell(3).setCellValue(c.number);
            }
            row.createCell(4).setCellValue(c.cell.getNumericCellValue());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
