package org.selfeval.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.FormResult;

/**
 * Puts the scoring back into the workbook (RULES.md §8), in memory; the caller saves it. Works the same on
 * .xls and .xlsx and keeps every original style, merge, width, drawing and print setting. Applying it to an
 * output it already produced gives the same cells, comments and one 校验结果 sheet.
 */
public final class ScoredWorkbookWriter {
    private ScoredWorkbookWriter() {
    }

    /**
     * For each result, on the sheet its form names: writes 执行率, the funds 得分, every indicator 得分 and the
     * 总分 as numbers, fills and comments every cell a finding names; then (re)builds the 校验结果 sheet.
     * Formulas elsewhere that used the overwritten cells are recalculated when the file is next opened.
     */
    public static void apply(Workbook workbook, List<FormResult> results) {
        StyleCache styles = new StyleCache(workbook);
        for (FormResult result : results) {
            Sheet sheet = workbook.getSheet(result.form().sheet());
            if (sheet == null) {
                continue;
            }
            CellLocator cells = new CellLocator(sheet);
            ScoreCells.write(cells, result, styles);
            FindingMarks.apply(cells, result.findings(), styles);
        }
        ResultsSheet.write(workbook, results, styles);
        AllottedPoints.write(workbook, results);
        workbook.setForceFormulaRecalculation(true);
    }
}
