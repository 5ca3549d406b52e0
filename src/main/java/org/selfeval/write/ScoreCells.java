package org.selfeval.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.selfeval.model.FormResult;

/**
 * Writes the computed figures of one form into their own cells as plain numbers (RULES.md §8): 执行率 (a
 * fraction, shown as a percentage; a % format of the unit's own is kept), the funds 得分, every indicator 得分 (and
 * its 得分系数 = 得分 / 分值 where the form has that column, 重庆 LAYOUTS.md D, as a percentage), 河北's 单项指标得分
 * beside each 折算得分 (LAYOUTS.md C) and the 总分 wherever the form prints it (the 总分 row's 得分, a header field
 * such as 自评总分(分), or both; LAYOUTS.md rule 5). A score whose cell format would round it (0.0) is shown with two
 * decimals. A formula there is removed first, so the cell holds the number the rules computed, not a formula Excel
 * would recompute.
 */
final class ScoreCells {
    private ScoreCells() {
    }

    static void write(CellLocator cells, FormResult result, StyleCache styles) {
        FormResult.FundsResult funds = result.funds();
        if (funds != null) {
            if (funds.rate() != null) {
                Cell rate = number(cells, funds.rateCell(), funds.rate());
                if (rate != null && !isPercentFormat(rate)) { // the unit's own % format is kept
                    styles.apply(rate, StylePurpose.PERCENT);
                }
            }
            score(cells, funds.scoreCell(), funds.score(), styles);
            if (funds.points() != null) {
                score(cells, funds.pointsCell(), funds.points(), styles);
            }
        }
        for (FormResult.IndicatorResult indicator : result.indicators()) {
            score(cells, indicator.scoreCell(), indicator.score(), styles);
            if (indicator.points() != null) {
                score(cells, indicator.pointsCell(), indicator.points(), styles); // 河北 单项指标得分 (LAYOUTS.md C)
            }
            if (indicator.row().factor() != null && indicator.factor() != null) {
                factor(number(cells, indicator.row().factor().address(), indicator.factor()), indicator.factor(),
                        styles);
            }
        }
        score(cells, result.totalScoreCell(), result.total(), styles);
        score(cells, result.headerTotalCell(), result.total(), styles);
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

    /**
     * A score, shown with two decimals where the cell's own format would round it (a 自评总分 cell formatted 0.0
     * showed 92.73 as 92.7); a General cell shows it as it is.
     */
    private static void score(CellLocator cells, String address, double value, StyleCache styles) {
        Cell cell = number(cells, address, value);
        if (cell != null && !isPercentFormat(cell) && decimalsShown(cell) < decimalsOf(value)) {
            styles.apply(cell, StylePurpose.TWO_DECIMALS);
        }
    }

    /** 得分系数 (LAYOUTS.md D) shown as a percentage with its decimals (a 0% cell would show 72.5% as 73%). */
    private static void factor(Cell cell, double fraction, StyleCache styles) {
        if (cell != null && (!isPercentFormat(cell) || decimalsShown(cell) < Math.min(2, decimalsOf(fraction * 100)))) {
            styles.apply(cell, StylePurpose.PERCENT);
        }
    }

    private static boolean isPercentFormat(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        return format != null && format.contains("%");
    }

    /** The decimals a cell's number format shows (General: as many as the number has). */
    private static int decimalsShown(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
            return Integer.MAX_VALUE;
        }
        String positive = format.split(";", 2)[0];
        int dot = positive.indexOf('.');
        int n = 0;
        while (dot >= 0 && dot + 1 + n < positive.length() && "0#?".indexOf(positive.charAt(dot + 1 + n)) >= 0) {
            n++;
        }
        return n;
    }

    /** The decimals a value written to the cent needs: 92.73 → 2, 7.6 → 1, 10 → 0. */
    private static int decimalsOf(double value) {
        return Math.max(0, java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().scale());
    }
}
