package org.selfeval.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.read.OriginalValuesSheet;

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
     * 总分 as numbers, fills and comments every cell a finding names and sets the sheet to print its comments after
     * it; then (re)builds the 校验结果 sheet.
     * Formulas elsewhere that used the overwritten cells are recalculated when the file is next opened.
     */
    public static void apply(Workbook workbook, List<FormResult> results) {
        apply(workbook, results, List.of());
    }

    /**
     * As {@link #apply(Workbook, List)}, with the findings about the file as a whole (LIST_FORM_MISMATCH) listed
     * in 校验结果 too. A finding placed on another sheet ({@code 自评报告!A5}, {@code 项目清单!B4}: the report and
     * list checks of RULES.md §10) marks that sheet's cell.
     */
    public static void apply(Workbook workbook, List<FormResult> results, List<Finding> fileFindings) {
        StyleCache styles = new StyleCache(workbook);
        Map<String, Map<String, OriginalValuesSheet.Original>> earlier = OriginalValuesSheet.read(workbook);
        List<OriginalValues.Changed> changed = new ArrayList<>();
        for (FormResult result : results) {
            Sheet sheet = workbook.getSheet(result.form().sheet());
            if (sheet == null) {
                continue;
            }
            CellLocator cells = new CellLocator(sheet);
            changed.addAll(OriginalValues.before(cells, result, earlier.getOrDefault(sheet.getSheetName(), Map.of())));
            ScoreCells.write(cells, result, styles);
            FindingMarks.apply(cells, result.findings(), styles);
            PrintedComments.atEnd(sheet);
        }
        Map<String, List<Finding>> elsewhere = new LinkedHashMap<>();
        Stream.concat(results.stream().flatMap(r -> r.findings().stream()), fileFindings.stream())
                .filter(f -> f.cell().contains("!"))
                .forEach(f -> elsewhere.computeIfAbsent(f.cell().substring(0, f.cell().lastIndexOf('!')),
                        k -> new ArrayList<>()).add(new Finding(f.severity(), f.code(),
                        f.cell().substring(f.cell().lastIndexOf('!') + 1), f.message())));
        elsewhere.forEach((name, findings) -> {
            Sheet sheet = workbook.getSheet(name);
            if (sheet != null && results.stream().noneMatch(r -> r.form().sheet().equals(name))) {
                FindingMarks.apply(new CellLocator(sheet), findings, styles);
            }
        });
        ResultsSheet.write(workbook, results, fileFindings, styles);
        AllottedPoints.write(workbook, results);
        OriginalValues.write(workbook, changed);
        workbook.setForceFormulaRecalculation(true);
    }
}
