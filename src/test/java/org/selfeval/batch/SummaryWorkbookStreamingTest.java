package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileResult;
import org.selfeval.batch.SummaryWorkbook.Column;
import org.selfeval.batch.SummaryWorkbook.FindingColumn;
import org.selfeval.model.FindingCode;
import org.selfeval.testing.Results;

/** Many more rows than the streaming window: every row reaches the file, the statistics count them all. */
class SummaryWorkbookStreamingTest {
    @TempDir
    Path dir;

    @Test
    void rowsBeyondTheWindow_allWritten_inOrder_countedIn统计() throws Exception {
        int files = 450; // two forms each: 900 summary rows, 450 findings rows
        Path out = dir.resolve("out");
        Path target = out.resolve("汇总.xlsx");
        try (SummaryWorkbook summary = new SummaryWorkbook(Path.of("in"), out)) {
            for (int i = 0; i < files; i++) {
                summary.add(Results.scored(Path.of("in/f" + i + ".xlsx"), out.resolve("f" + i + ".xlsx"),
                        Results.form("表1", "项目" + i, "部门" + (i % 7), 95, "优",
                                Results.error(FindingCode.WEIGHT_TOTAL_NOT_100, "G" + i, "分值合计为110，应为100")),
                        Results.form("表2", "项目" + i, "部门" + (i % 7), 70, "中")));
            }
            summary.add(FileResult.failed(Path.of("in/z.xls"), "ENCRYPTED", "文件已加密，无法读取"));
            summary.write(target);
        }
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet rows = wb.getSheet("汇总");
            assertEquals(2 * files + 1, rows.getLastRowNum());
            // the unreadable file first, then the 450 forms with an error, then the 450 without, each in order
            assertEquals("z.xls", rows.getRow(1).getCell(Column.FILE.index()).getStringCellValue());
            assertEquals("无法读取", rows.getRow(1).getCell(Column.STATUS.index()).getStringCellValue());
            assertEquals("f0.xlsx", rows.getRow(2).getCell(Column.FILE.index()).getStringCellValue());
            assertEquals("f449.xlsx", rows.getRow(files + 1).getCell(Column.FILE.index()).getStringCellValue());
            assertEquals("表1", rows.getRow(files + 1).getCell(Column.SHEET.index()).getStringCellValue());
            assertEquals("表2", rows.getRow(2 * files + 1).getCell(Column.SHEET.index()).getStringCellValue());
            assertEquals("f449.xlsx",
                    rows.getRow(2 * files + 1).getCell(Column.LINK.index()).getHyperlink().getAddress());
            Sheet findings = wb.getSheet("问题清单");
            assertEquals(files, findings.getLastRowNum());
            assertEquals("G449", findings.getRow(files).getCell(FindingColumn.CELL.index()).getStringCellValue());
            Sheet stats = wb.getSheet("统计");
            assertEquals("优", stats.getRow(1).getCell(0).getStringCellValue());
            assertEquals(files, stats.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(files, stats.getRow(3).getCell(1).getNumericCellValue()); // 中
            assertEquals(1.0, stats.getRow(6).getCell(1).getNumericCellValue()); // 无法读取的文件
            assertEquals(files, stats.getRow(9).getCell(1).getNumericCellValue()); // 分值合计不为100, the only kind
            assertEquals("部门0", stats.getRow(12).getCell(0).getStringCellValue());
            assertEquals(2.0 * 65, stats.getRow(12).getCell(1).getNumericCellValue()); // i % 7 == 0: 65 files
            assertEquals(65.0, stats.getRow(12).getCell(2).getNumericCellValue());
        }
    }
}
