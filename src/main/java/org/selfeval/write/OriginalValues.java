package org.selfeval.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
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

    /** One changed cell: where, what the unit had; the cell, to read what selfeval wrote once it is written. */
    record Changed(String sheet, String address, String text, Double number, Cell cell) {
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
        List<List<Object>> rows = new ArrayList<>();
        for (Changed c : changed) {
            if (c.cell().getCellType() == CellType.NUMERIC) {
                rows.add(Arrays.asList(c.sheet(), c.address(), c.text(), c.number(), c.cell().getNumericCellValue()));
            }
        }
        KeptSheet.replace(wb, OriginalValuesSheet.NAME, List.of("工作表", "单元格", "原填", "原填数值", "写入"), rows);
    }
}
