package org.selfeval.write;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
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

    static void write(Workbook wb, java.util.List<FormResult> results) {
        int old = wb.getSheetIndex(AllottedPointsSheet.NAME);
        if (old >= 0) {
            wb.removeSheetAt(old);
        }
        Sheet sheet = null;
        int r = 0;
        for (FormResult result : results) {
            for (FormResult.IndicatorResult indicator : result.indicators()) {
                if (indicator.row().weight() != null && !indicator.row().weight().address().equals(
                        indicator.scoreCell()) || indicator.weight() == null || indicator.scoreCell() == null) {
                    continue; // a 分值 column of its own, or nothing allotted
                }
                if (sheet == null) {
                    sheet = wb.createSheet(AllottedPointsSheet.NAME);
                    Row head = sheet.createRow(r++);
                    head.createCell(0).setCellValue("工作表");
                    head.createCell(1).setCellValue("单元格");
                    head.createCell(2).setCellValue("分值");
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(result.form().sheet());
                row.createCell(1).setCellValue(indicator.scoreCell());
                row.createCell(2).setCellValue(indicator.weight());
            }
        }
        if (sheet != null) {
            wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
        }
    }
}
