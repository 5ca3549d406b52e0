package org.selfeval.hostile;

import org.selfeval.batch.SummaryWorkbook.Column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Cli;

/**
 * {@code selfeval batch} over a folder mixing the samples, good forms and every hand-made hostile file: every
 * good one scored, every bad one listed in 汇总.xlsx with its code and reason, exit status 2. The forms whose
 * texts start with = + - @ keep them as text in the scored copy, 校验结果, 汇总.xlsx and report.json.
 */
class HostileBatchCliTest {
    @TempDir
    static Path dir;
    static Path in;
    static Path out;
    static int status;
    static String stderr;
    static final Map<String, HostileCorpus.Case> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void runBatch() throws Exception {
        in = Files.createDirectories(dir.resolve("收件"));
        out = dir.resolve("输出");
        for (Path sample : HostileCorpus.sampleFiles(Path.of("samples"))) {
            Files.copy(sample, in.resolve(sample.getFileName()));
        }
        for (HostileCorpus.Case c : HostileCorpus.handmade()) {
            Files.write(in.resolve(c.name()), c.bytes());
            CASES.put(c.name(), c);
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        status = new Cli(new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run("batch", in.toString(), "--out", out.toString(), "--quiet");
        stderr = e.toString(StandardCharsets.UTF_8);
    }

    private static Workbook open(Path p) throws Exception {
        try (InputStream s = Files.newInputStream(p)) {
            return WorkbookFactory.create(s);
        }
    }

    private static String fileName(Cell cell) {
        String path = cell.getStringCellValue();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void exitStatus2_everyGoodFileScored_everyBadOneListedWithItsCodeAndReason() throws Exception {
        assertEquals(2, status, stderr);
        Map<String, List<Row>> rowsByFile = new HashMap<>();
        try (Workbook summary = open(out.resolve("汇总.xlsx"))) {
            Sheet sheet = summary.getSheet("汇总");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rowsByFile.computeIfAbsent(fileName(row.getCell(Column.FILE.index())), k -> new ArrayList<>()).add(row);
            }
        }
        for (Path sample : HostileCorpus.sampleFiles(Path.of("samples"))) {
            String name = sample.getFileName().toString();
            List<Row> rows = rowsByFile.get(name);
            assertTrue(rows != null && !rows.isEmpty(), "sample missing from 汇总: " + name);
            rows.forEach(row -> assertEquals("已评分", row.getCell(Column.STATUS.index()).getStringCellValue(), name));
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        for (HostileCorpus.Case c : CASES.values()) {
            List<Row> rows = rowsByFile.get(c.name());
            assertTrue(rows != null && !rows.isEmpty(), "missing from 汇总: " + c.name());
            String status = rows.get(0).getCell(Column.STATUS.index()).getStringCellValue();
            if (status.equals("已评分")) {
                assertTrue(c.expected().contains(HostileCorpus.SCORED), c.name() + " scored");
                assertTrue(Files.isRegularFile(out.resolve(c.name())), c.name());
            } else {
                assertEquals(1, rows.size(), c.name());
                assertEquals("无法读取", status, c.name());
                String reason = rows.get(0).getCell(Column.PROBLEMS.index()).getStringCellValue();
                String code = reason.substring(reason.lastIndexOf('（') + 1, reason.length() - 1);
                assertTrue(c.expected().contains(code), c.name() + ": " + reason);
                assertTrue(reason.length() > code.length() + 10, "a reason, not only a code: " + reason);
                assertFalse(Files.exists(out.resolve(c.name())), c.name() + " has an output");
            }
        }
        Outcomes.assertNoTempFiles(out);
    }

    @Test
    void textsStartingWithFormulaCharacters_stayText_inTheScoredCopy_theResultsSheet_theSummaryAndTheReport()
            throws Exception {
        String[] texts = {HostileCorpus.PROJECT, HostileCorpus.INDICATOR, HostileCorpus.DEVIATION, HostileCorpus.UNIT};
        for (String name : List.of("injection.xlsx", "injection.xls")) {
            try (Workbook scored = open(out.resolve(name))) {
                Sheet form = scored.getSheet("自评表");
                for (String text : texts) {
                    assertTrue(stringCells(form, text) >= 1, name + " lost " + text);
                }
                assertNoFormulaMentioning(form, name);
                Sheet results = scored.getSheet("校验结果");
                assertTrue(stringCells(results, HostileCorpus.PROJECT) >= 1, name + " 校验结果 lacks the project");
                assertNoFormulaMentioning(results, name + " 校验结果");
            }
        }
        try (Workbook summary = open(out.resolve("汇总.xlsx"))) {
            Sheet sheet = summary.getSheet("汇总");
            int projects = stringCells(sheet, HostileCorpus.PROJECT);
            assertEquals(2, projects, "汇总 rows of the two injection files");
            assertEquals(4, stringCells(sheet, HostileCorpus.UNIT), "主管部门 and 实施单位 of both");
            for (Sheet s : summary) {
                assertNoFormulaMentioning(s, "汇总.xlsx " + s.getSheetName());
            }
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        int seen = 0;
        for (JsonNode file : report.get("files")) {
            if (!file.get("file").asText().contains("injection.xls")) {
                continue;
            }
            JsonNode form = file.get("forms").get(0);
            assertEquals(HostileCorpus.PROJECT, form.get("project").asText());
            assertTrue(form.get("project").isTextual());
            assertEquals(HostileCorpus.UNIT, form.get("unit").asText());
            boolean indicator = false;
            for (JsonNode i : form.get("indicators")) {
                if (HostileCorpus.INDICATOR.equals(i.get("level3").asText())) {
                    assertEquals(HostileCorpus.DEVIATION, i.get("deviation").asText());
                    indicator = true;
                }
            }
            assertTrue(indicator, "indicator text in report.json");
            seen++;
        }
        assertEquals(2, seen);
    }

    /** Cells holding exactly {@code text}, each asserted to be a STRING cell. */
    private static int stringCells(Sheet sheet, String text) {
        int n = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** No formula cell whose formula carries any of the injected texts' content. */
    private static void assertNoFormulaMentioning(Sheet sheet, String where) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    String f = cell.getCellFormula();
                    assertFalse(f.contains("HYPERLINK") || f.contains("cmd") || f.contains("困难职工人数")
                            || f.contains("霍邱"), where + " " + cell.getAddress() + ": formula " + f);
                }
            }
        }
    }
}
