package org.selfeval.e2e;

import org.apache.poi.ss.usermodel.Cell;
import org.selfeval.batch.SummaryWorkbook.Column;
import org.selfeval.batch.SummaryWorkbook.FindingColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Cli;
import org.selfeval.testing.Samples;

/** Issue "Bulk-check every county submission": a nested tree of good and bad workbooks through `batch`. */
class BatchEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path tree() throws Exception {
        Path in = dir.resolve("in");
        Samples.copy(Samples.SEED, "xlsx", in.resolve("霍邱县/总工会"));
        Samples.copy(Samples.SEED, "xls", in.resolve("霍邱县/总工会/旧版"));
        Samples.copy("03-普陀-体育中心结算-外省表头", "xls", in.resolve("普陀区/体育局"));
        Samples.copy("20-两张表-永德与普陀", "xlsx", in.resolve("永德县"));
        Files.writeString(in.resolve("永德县/坏文件.xlsx"), "这不是工作簿", StandardCharsets.UTF_8);
        Files.write(in.resolve("永德县/~$锁文件.xlsx"), new byte[] {1, 2, 3});
        Files.writeString(in.resolve("永德县/说明.txt"), "不是表格", StandardCharsets.UTF_8);
        return in;
    }

    private int batch(Path in, Path out, String threads) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(sink, sink).run("batch", in.toString(), "--out", out.toString(), "--threads", threads, "-q");
    }

    @Test
    void batchMirrorsTheTreeSummarisesEveryFormAndFailsTheBadFile() throws Exception {
        Path in = tree();
        Path out = in.resolve("out"); // inside the input: must not be read back as input

        int status = batch(in, out, "4");

        assertEquals(2, status, "an unreadable file gives exit status 2");
        assertTrue(Files.exists(out.resolve("霍邱县/总工会/" + Samples.SEED + ".xlsx")));
        assertTrue(Files.exists(out.resolve("霍邱县/总工会/旧版/" + Samples.SEED + ".xls")));
        assertTrue(Files.exists(out.resolve("普陀区/体育局/03-普陀-体育中心结算-外省表头.xls")));
        assertTrue(Files.exists(out.resolve("永德县/20-两张表-永德与普陀.xlsx")));
        assertFalse(Files.exists(out.resolve("永德县/坏文件.xlsx")), "no output for a failure");

        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        JsonNode files = report.get("files");
        assertEquals(5, files.size(), "lock file, text file and the output folder are not inputs");
        int forms = 0;
        int findings = 0;
        Set<String> reportFindings = new HashSet<>();
        for (JsonNode file : files) {
            if (file.get("status").asText().equals("failed")) {
                assertEquals("NOT_A_WORKBOOK", file.get("error").get("code").asText());
                assertTrue(file.get("file").asText().endsWith("坏文件.xlsx"));
            }
            for (JsonNode form : file.get("forms")) {
                forms++;
                for (JsonNode f : form.get("findings")) {
                    findings++;
                    // 汇总.xlsx shows each file relative to the batch folder
                    String relative = in.relativize(Path.of(file.get("file").asText())).toString().replace('\\', '/');
                    reportFindings.add(relative + "|" + form.get("sheet").asText() + "|"
                            + f.get("cell").asText() + "|" + f.get("code").asText());
                }
            }
        }
        assertEquals(5, forms);

        try (Workbook summary = Samples.reopen(out.resolve("汇总.xlsx"))) {
            Sheet rows = summary.getSheet("汇总");
            assertEquals(forms + 1, rows.getLastRowNum(), "one row per form and one per unreadable file");
            List<String> projects = new ArrayList<>();
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                Cell project = rows.getRow(r).getCell(Column.PROJECT.index());
                projects.add(project == null ? "" : project.getStringCellValue());
            }
            assertTrue(projects.contains("困难职工送温暖"), projects.toString());
            Sheet issues = summary.getSheet("问题清单");
            assertEquals(findings, issues.getLastRowNum(), "问题清单 holds exactly the findings of report.json");
            Set<String> sheetFindings = new HashSet<>();
            for (int r = 1; r <= issues.getLastRowNum(); r++) {
                Row row = issues.getRow(r);
                sheetFindings.add(row.getCell(FindingColumn.FILE.index()).getStringCellValue() + "|"
                        + row.getCell(FindingColumn.SHEET.index()).getStringCellValue() + "|"
                        + row.getCell(FindingColumn.CELL.index()).getStringCellValue() + "|"
                        + row.getCell(FindingColumn.CODE.index()).getStringCellValue());
            }
            assertEquals(reportFindings, sheetFindings);
        }
    }

    @Test
    void theReportIsTheSameWithOneThreadOrFour() throws Exception {
        Path in = tree();
        Path out1 = dir.resolve("one/out");
        Path out4 = dir.resolve("four/out");
        assertEquals(batch(in, out1, "1"), batch(in, out4, "4"));
        assertEquals(withoutOutputs(out1.resolve("report.json")), withoutOutputs(out4.resolve("report.json")));
    }

    /** The report with each file's output path made relative to its output folder. */
    private static JsonNode withoutOutputs(Path report) throws Exception {
        JsonNode root = JSON.readTree(report.toFile());
        Path outDir = report.getParent();
        for (JsonNode file : root.get("files")) {
            if (!file.get("output").isNull()) {
                ((ObjectNode) file).put("output",
                        outDir.relativize(Path.of(file.get("output").asText())).toString());
            }
        }
        return root;
    }
}
