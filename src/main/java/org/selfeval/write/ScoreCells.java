package org.selfeval.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.selfeval.model.FormResult;

/**
 * Writes the computed figures of one form into their own cells as plain numbers (RULES.md §8): 执行率 (a
 * fraction, shown as a percentage), the funds 得分, every indicator 得分 (and its 得分系数 = 得分 / 分值 where the
 * form has that column, 重庆 LAYOUTS.md D, as a percentage) and the 总分 wherever the form prints
 * it (the 总分 row's 得分, a header field such as 自评总分(分), or both; LAYOUTS.md rule 5), and 河北's 单项指标得分
 * beside each 折算得分 (LAYOUTS.md C). A formula there
 * is removed first, so the cell holds the number the rules computed, not a formula Excel would recompute.
 */
final class ScoreCells {
    private ScoreCells() {
    }

    static void write(CellLocator cells, FormResult result, StyleCache styles) {
        FormResult.FundsResult funds = result.funds();
        if (funds != null) {
            if (funds.rate() != null) {
                percent(number(cells, funds.rateCell(), funds.rate()), styles);
            }
            number(cells, funds.scoreCell(), funds.score());
            if (funds.points() != null) {
                number(cells, funds.pointsCell(), funds.points());
            }
        }
        for (FormResult.IndicatorResult indicator : result.indicators()) {
            number(cells, indicator.scoreCell(), indicator.score());
            if (indicator.points() != null) {
                number(cells, indicator.pointsCell(), indicator.points()); // 河北 单项指标得分 (LAYOUTS.md C)
            }
            if (indicator.row().factor() != null && indicator.factor() != null) {
                percent(number(cells, indicator.row().factor().address(), indicator.factor()), styles);
            }
        }
        number(cells, result.totalScoreCell(), result.total());
        number(cells, result.headerTotalCell(), result.total());
    }

    private static Cell number(CellLocator cells, String address, double value) {
        Cell cell = cells.cell(address);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            if (cell.isPartOfArrayFormulaGroup()) {
                cell.getSheet().removeArrayFormula(cell);
            }
            cell.setBlank();
        }
        cell.setCellValue(value);
        return cell;
    }

    /** A fraction shown as a percentage (a cell printed 79.27 under 执行率(%) shows 79.27% once written). */
    private static void percent(Cell cell, StyleCache styles) {
        if (cell != null && !isPercentFormat(cell)) {
            styles.apply(cell, StylePurpose.PERCENT);
        }
    }

    private static boolean isPercentFormat(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        return format != null && format.contains("%");
    }
}
