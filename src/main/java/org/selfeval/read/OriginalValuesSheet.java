package org.selfeval.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The figures a unit filled in where selfeval wrote its computed score over them (SELF_SCORE_CHANGED,
 * SELF_TOTAL_CHANGED), kept by a previous run in a very hidden sheet (RULES.md §8): 工作表 | 单元格 | 原填 | 原填数值 |
 * 写入. Read back so that scoring a scored copy again reads the unit's figure and reports the same change again — as
 * long as the cell still holds what selfeval wrote: a figure typed into the copy since is the unit's new answer.
 */
public final class OriginalValuesSheet {
    /** The sheet's name (very hidden in the scored copy). */
    public static final String NAME = "selfeval原填";

    /**
     * What the unit had filled in a cell.
     *
     * @param text    as the cell showed it
     * @param number  its figure, null when it held text
     * @param written the figure selfeval wrote over it
     */
    public record Original(String text, Double number, double written) {
    }

    private OriginalValuesSheet() {
    }

    /** 工作表 → 单元格 (A1) → what the unit had filled in; empty when the workbook has no such sheet. */
    public static Map<String, Map<String, Original>> read(Workbook wb) {
        Map<String, Map<String, Original>> originals = new HashMap<>();
        Sheet sheet = wb.getSheet(NAME);
        if (sheet == null) {
            return originals;
        }
        for (Row row : sheet) {
            String form = string(row.getCell(0));
            String address = string(row.getCell(1));
            String text = string(row.getCell(2));
            Cell number = row.getCell(3);
            Cell written = row.getCell(4);
            if (form != null && address != null && text != null && written != null
                    && written.getCellType() == CellType.NUMERIC) {
                Double figure = number != null && number.getCellType() == CellType.NUMERIC
                        ? number.getNumericCellValue() : null;
                originals.computeIfAbsent(form, k -> new HashMap<>())
                        .put(address, new Original(text, figure, written.getNumericCellValue()));
            }
        }
        return originals;
    }

    private static String string(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
    }
}
