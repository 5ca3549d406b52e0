package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.SummaryWorkbook.Column;
import org.selfeval.report.JsonReport;
import org.selfeval.testing.Samples;

/** batch end to end on copies of the samples: report.json and 汇总.xlsx, both written as results come. */
class CliBatchTest {
    static final String PUTUO = "03-普陀-体育中心结算-外省表头.xls";

    @TempDir
    Path dir;

    @Test
    void batch_reportAndSummaryCoverEveryFile_inInputOrder() throws Exception {
        Path in = dir.resolve("in");
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> InputTree.isWorkbookName(p.getFileName().toString())).sorted().toList();
        }
        for (int copy = 0; copy < 4; copy++) {
            for (Path sample : samples) {
                Path target = in.resolve("县" + copy + "/批/" + sample.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(sample, target);
            }
        }
        Files.writeString(in.resolve("县2/坏.xls"), "<html>not a workbook</html>");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("batch", in.toString(), "--out", out.toString(), "--threads", "3");

        assertEquals(ExitStatus.FILE_FAILED, status); // 坏.xls cannot be read
        List<Path> inputs = InputTree.find(in, out);
        assertEquals(4 * samples.size() + 1, inputs.size());
        JsonNode report = JsonReport.mapper().readTree(out.resolve("report.json").toFile());
        JsonNode files = report.get("files");
        assertEquals(inputs.size(), files.size());
        int forms = 0;
        int findings = 0;
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(inputs.get(i).toString(), files.get(i).get("file").asText());
            forms += files.get(i).get("forms").size();
            for (JsonNode form : files.get(i).get("forms")) {
                findings += form.get("findings").size();
            }
        }
        assertEquals("failed", files.get(inputs.indexOf(in.resolve("县2/坏.xls"))).get("status").asText());
        assertTrue(forms > inputs.size() - 1, "the two-sheet sample adds forms");
        try (InputStream s = Files.newInputStream(out.resolve("汇总.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertEquals(forms + 1, wb.getSheet("汇总").getLastRowNum()); // + the unreadable file's row
            assertEquals(findings, wb.getSheet("问题清单").getLastRowNum());
            var summary = wb.getSheet("汇总");
            // the unreadable file first, shown relative to the batch folder, its county the first folder level
            assertEquals("县2/坏.xls", summary.getRow(1).getCell(Column.FILE.index()).getStringCellValue());
            assertEquals("县2", summary.getRow(1).getCell(Column.COUNTY.index()).getStringCellValue());
            // 普陀's form is in 元 (250,000 / 215,457.6): 汇总 compares in 万元
            int putuo = 0;
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                if (summary.getRow(r).getCell(Column.FILE.index()).getStringCellValue().equals(
                        "县0/批/" + PUTUO)) {
                    putuo++;
                    assertEquals(25.0, summary.getRow(r).getCell(Column.ANNUAL.index()).getNumericCellValue(), 1e-9);
                    assertEquals(21.54576, summary.getRow(r).getCell(Column.EXECUTED.index()).getNumericCellValue(),
                            1e-9);
                }
            }
            assertEquals(1, putuo);
        }
        // report.json keeps the form's own figures and names their unit
        JsonNode putuoFunds = files.get(inputs.indexOf(in.resolve("县0/批/" + PUTUO))).get("forms").get(0).get("funds");
        assertEquals("元", putuoFunds.get("unit").asText());
        assertEquals(250000.0, putuoFunds.get("annual").asDouble());
        JsonNode seedFunds = files.get(inputs.indexOf(in.resolve("县0/批/" + Samples.SEED + ".xlsx"))).get("forms")
                .get(0).get("funds");
        assertEquals("万元", seedFunds.get("unit").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("完成：" + inputs.size() + " 个文件，" + forms + " 张自评表"));
        // the scored copies themselves, reopened from disk in both formats: 总分 written where report.json says
        for (String ext : List.of("xls", "xlsx")) {
            Path input = in.resolve("县3/批/" + Samples.SEED + "." + ext);
            JsonNode form = files.get(inputs.indexOf(input)).get("forms").get(0);
            assertEquals(out.resolve("县3/批/" + Samples.SEED + "." + ext).toString(),
                    files.get(inputs.indexOf(input)).get("output").asText());
            try (Workbook wb = Samples.reopen(out.resolve("县3/批/" + Samples.SEED + "." + ext))) {
                var funds = new CellReference(form.get("funds").get("cell").asText());
                assertEquals(form.get("funds").get("score").asDouble(), wb.getSheet(form.get("sheet").asText())
                        .getRow(funds.getRow()).getCell(funds.getCol()).getNumericCellValue(), 1e-9, ext);
                assertNotNull(wb.getSheet("校验结果"), ext);
            }
        }
    }
}
