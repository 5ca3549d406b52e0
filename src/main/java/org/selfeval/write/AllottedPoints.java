package org.selfeval.write;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.FormResult;
import org.selfeval.read.AllottedPointsSheet;

/**
 * LAYOUTS.md F, RULES.md §8: on a table with no 分值 column the 得分 a unit filled in is the row's weight (the
 * points it allotted); writing the computed score over it would lose that weight. The weights are kept in a very
 * hidden sheet ({@value AllottedPointsSheet#NAME}: 工作表 | 单元格 | 分值), which the reader takes back, so scoring
 * the output again gives the same figures. The sheet is rebuilt on every run and absent when no row needs it.
 */
final class AllottedPoints {
    private AllottedPoints() {
    }

    static void write(Workbook wb, List<FormResult> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (FormResult result : results) {
            for (FormResult.IndicatorResult indicator : result.indicators()) {
                if (indicator.row().weight() != null && !indicator.row().weight().address().equals(
                        indicator.scoreCell()) || indicator.weight() == null || indicator.scoreCell() == null) {
                    continue; // a 分值 column of its own, or nothing allotted
                }
                rows.add(List.of(result.form().sheet(), indicator.scoreCell(), indicator.weight()));
            }
        }
        KeptSheet.replace(wb, AllottedPointsSheet.NAME, List.of("工作表", "单元格", "分值"), rows);
    }
}
