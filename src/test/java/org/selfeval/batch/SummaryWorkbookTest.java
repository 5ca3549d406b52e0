package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileResult;
import org.selfeval.model.FindingCode;
import org.selfeval.testing.Results;

class SummaryWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void summaryHasOneRowPerFormAndPerUnreadableFile_findingsAndStatistics() throws Exception {
        Path out = dir.resolve("out");
        List<FileResult> results = List.of(
                Results.scored(Path.of("in/县A/a.xlsx"), out.resolve("县A/a.xlsx"),
                        Results.form("自评表", "=HYPERLINK(\"http://x\")", "霍邱县总工会", 95.5, "优",
                                Results.error(FindingCode.WEIGHT_TOTAL_NOT_100, "G31", "分值合计为110，应为100")),
                        Results.form("自评表2", "困难职工送温暖", "霍邱县总工会", 70, "中")),
                FileResult.failed(Path.of("in/bad.xlsx"), "ENCRYPTED", "文件已加密，无法读取"));

        Path target = out.resolve("汇总.xlsx");
        SummaryWorkbook.write(results, out, target);

        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet summary = wb.getSheet("汇总");
            assertEquals(3, summary.getLastRowNum());
            assertEquals("项目名称", summary.getRow(0).getCell(2).getStringCellValue());
            // text from a form stays text, never a formula
            assertEquals(CellType.STRING, summary.getRow(1).getCell(2).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", summary.getRow(1).getCell(2).getStringCellValue());
            assertEquals(64.0, summary.getRow(1).getCell(5).getNumericCellValue());
            assertEquals(0.75, summary.getRow(1).getCell(7).getNumericCellValue());
            assertEquals("0.00%", summary.getRow(1).getCell(7).getCellStyle().getDataFormatString());
            assertEquals(95.5, summary.getRow(1).getCell(8).getNumericCellValue());
            assertEquals("优", summary.getRow(1).getCell(9).getStringCellValue());
            assertEquals(1.0, summary.getRow(1).getCell(10).getNumericCellValue());
            assertTrue(summary.getRow(1).getCell(13).getStringCellValue().contains("WEIGHT_TOTAL_NOT_100"));
            assertNotNull(summary.getRow(1).getCell(0).getHyperlink());
            assertEquals("县A/a.xlsx", summary.getRow(1).getCell(0).getHyperlink().getAddress());
            assertEquals("无法读取", summary.getRow(3).getCell(12).getStringCellValue());
            assertTrue(summary.getRow(3).getCell(13).getStringCellValue().contains("ENCRYPTED"));
            assertNotNull(summary.getPaneInformation());
            assertTrue(summary.getCTWorksheet().isSetAutoFilter());

            Sheet findings = wb.getSheet("问题清单");
            assertEquals(1, findings.getLastRowNum());
            assertEquals("G31", findings.getRow(1).getCell(2).getStringCellValue());
            assertEquals("错误", findings.getRow(1).getCell(3).getStringCellValue());

            XSSFSheet stats = wb.getSheet("统计");
            assertEquals("优", stats.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1.0, stats.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(1.0, stats.getRow(3).getCell(1).getNumericCellValue()); // 中
            assertEquals(1, stats.getDrawingPatriarch().getCharts().size());
        }
        try (var files = Files.list(out)) {
            assertEquals(List.of("汇总.xlsx"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
