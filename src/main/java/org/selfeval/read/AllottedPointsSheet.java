package org.selfeval.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The points a unit allotted the rows of a table with no 分值 column, kept by a previous run of selfeval in a very
 * hidden sheet (LAYOUTS.md F, RULES.md §8): sheet name and 得分 cell → the weight. Read back so that scoring a
 * scored copy again uses the unit's points, not the score written over them.
 */
public final class AllottedPointsSheet {
    /** The sheet's name (very hidden in the scored copy). */
    public static final String NAME = "selfeval分值";

    private AllottedPointsSheet() {
    }

    /** Key {@code 工作表!单元格} → 分值; empty when the workbook has no such sheet. */
    static Map<String, Double> read(Workbook wb) {
        Map<String, Double> points = new HashMap<>();
        Sheet sheet = wb.getSheet(NAME);
        if (sheet == null) {
            return points;
        }
        for (Row row : sheet) {
            Cell form = row.getCell(0);
            Cell address = row.getCell(1);
            Cell weight = row.getCell(2);
            if (form != null && address != null && weight != null && form.getCellType() == CellType.STRING
                    && address.getCellType() == CellType.STRING && weight.getCellType() == CellType.NUMERIC) {
                points.put(key(form.getStringCellValue(), address.getStringCellValue()), weight.getNumericCellValue());
            }
        }
        return points;
    }

    static String key(String sheet, String address) {
        return sheet + "!" + address;
    }
}
