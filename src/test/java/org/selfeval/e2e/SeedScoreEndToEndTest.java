package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.cli.Cli;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * Issue "Score a 自评表 workbook end to end": the seed form (霍邱县总工会 2023), in .xlsx and .xls, through the
 * command line; the output reopened from disk. Addresses are those of the official layout the sample is drawn in:
 * funds row 7 (执行率 G, 得分 H), indicators from row 17, 总分 row 32 (分值 G, 得分 H).
 */
class SeedScoreEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static int cli(String... args) {
        return QuietCli.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void seedIsScoredWrittenAndReported(String ext) throws Exception {
        Path input = Samples.copy(Samples.SEED, ext, dir.resolve("in"));
        String before = Samples.sha256(input);
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");

        int status = cli("score", input.toString(), "--out", out.toString(), "--report", report.toString(), "-q");

        assertEquals(1, status, "WEIGHT_TOTAL_NOT_100 is an error finding");
        assertEquals(before, Samples.sha256(input), "the input's bytes are unchanged");
        Path output = out.resolve(input.getFileName());

        JsonNode form = JSON.readTree(report.toFile()).get("files").get(0).get("forms").get(0);
        assertEquals(1.0, form.get("funds").get("rate").asDouble());
        assertEquals(10.0, form.get("funds").get("score").asDouble());
        assertEquals(10, form.get("indicators").size());
        for (JsonNode indicator : form.get("indicators")) {
            assertEquals(10.0, indicator.get("score").asDouble(), indicator.toString());
        }
        assertEquals(110.0, form.get("weightTotal").asDouble());
        assertEquals(110.0, form.get("total").asDouble());
        assertEquals("优", form.get("grade").asText());
        assertEquals(List.of("G32"), cellsOf(form, "WEIGHT_TOTAL_NOT_100"));
        List<String> notQuantified = cellsOf(form, "ACTUAL_NOT_QUANTIFIED");
        assertEquals(2, notQuantified.size());
        assertEquals(List.of("困难职工人数", "维护职工合法权益"), notQuantified.stream()
                .map(cell -> levelOnRow(form, new CellReference(cell).getRow() + 1)).toList());
        assertTrue(cellsOf(form, "DEVIATION_ANALYSIS_MISSING").isEmpty());

        try (Workbook wb = Samples.reopen(output); Workbook original = Samples.reopen(input)) {
            Sheet sheet = wb.getSheet("自评表");
            assertEquals(1.0, number(sheet, "G7"));
            assertTrue(cell(sheet, "G7").getCellStyle().getDataFormatString().contains("%"));
            assertEquals(10.0, number(sheet, "H7"));
            for (JsonNode indicator : form.get("indicators")) {
                assertEquals(10.0, number(sheet, indicator.get("scoreCell").asText()));
            }
            assertEquals(110.0, number(sheet, "H32"), "the 总分 得分 cell holds the computed total");
            assertEquals(100.0, number(sheet, "G32"), "the 分值 total as the unit wrote it is kept");

            Comment weightComment = cell(sheet, "G32").getCellComment();
            assertNotNull(weightComment);
            assertTrue(weightComment.getString().getString().contains("分值合计为110，应为100"));
            assertTrue(weightComment.getString().getString().contains("WEIGHT_TOTAL_NOT_100"));
            assertEquals(FillPatternType.SOLID_FOREGROUND, cell(sheet, "G32").getCellStyle().getFillPattern());
            assertEquals(IndexedColors.ROSE.getIndex(), cell(sheet, "G32").getCellStyle().getFillForegroundColor());
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(),
                    cell(sheet, notQuantified.get(0)).getCellStyle().getFillForegroundColor());
            assertNotNull(cell(sheet, notQuantified.get(1)).getCellComment());

            // untouched cells keep value and style
            Sheet originalSheet = original.getSheet("自评表");
            for (String untouched : List.of("A1", "B3", "D17", "E17", "A13")) {
                Cell o = cell(originalSheet, untouched);
                Cell c = cell(sheet, untouched);
                assertEquals(o.toString(), c.toString(), untouched);
                assertEquals(o.getCellStyle().getBorderBottom(), c.getCellStyle().getBorderBottom(), untouched);
                assertEquals(original.getFontAt(o.getCellStyle().getFontIndex()).getBold(),
                        wb.getFontAt(c.getCellStyle().getFontIndex()).getBold(), untouched);
                assertNull(c.getCellComment(), untouched);
            }
            assertEquals(original.getSheetAt(0).getSheetName(), wb.getSheetAt(0).getSheetName(), "cover kept");
            assertEquals(originalSheet.getNumMergedRegions(), sheet.getNumMergedRegions());

            Sheet results = wb.getSheet("校验结果");
            assertNotNull(results);
            assertTrue(sheetText(results).contains("WEIGHT_TOTAL_NOT_100"));
            assertTrue(sheetText(results).contains("G32"));
            assertTrue(sheetText(results).contains("优"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void scoringAnOutputAgainGivesTheSameFiguresAndReplacesAnnotations(String ext) throws Exception {
        Path input = Samples.copy(Samples.SEED, ext, dir.resolve("in"));
        Path first = dir.resolve("out1");
        Path second = dir.resolve("out2");
        cli("score", input.toString(), "--out", first.toString(), "--report", dir.resolve("1.json").toString(), "-q");
        Path once = first.resolve(input.getFileName());
        cli("score", once.toString(), "--out", second.toString(), "--report", dir.resolve("2.json").toString(), "-q");
        Path twice = second.resolve(input.getFileName());

        // the same findings, SELF_TOTAL_CHANGED (原填100) included: the unit's 100 is kept where a second run finds it
        List<String> firstFindings = findingsOf(dir.resolve("1.json"));
        assertTrue(firstFindings.contains("SELF_TOTAL_CHANGED@H32 总分原填100，按评分规则计算为110，已改为计算值（原值见批注）"),
                firstFindings.toString());
        assertEquals(firstFindings, findingsOf(dir.resolve("2.json")));

        try (Workbook a = Samples.reopen(once); Workbook b = Samples.reopen(twice)) {
            assertEquals(a.getNumberOfSheets(), b.getNumberOfSheets(), "one 校验结果 sheet, not two");
            Sheet sa = a.getSheet("自评表");
            Sheet sb = b.getSheet("自评表");
            for (String address : List.of("G7", "H7", "H17", "H18", "H21", "H32")) {
                assertEquals(number(sa, address), number(sb, address), address);
            }
            assertEquals(cell(sa, "H32").getCellComment().getString().getString(),
                    cell(sb, "H32").getCellComment().getString().getString());
            String comment = cell(sb, "G32").getCellComment().getString().getString();
            assertEquals(1, occurrences(comment, "selfeval 校验"), comment);
            assertEquals(1, occurrences(comment, "WEIGHT_TOTAL_NOT_100"), comment);
            assertNotEquals(-1, b.getSheetIndex("校验结果"));
        }
    }

    /** A figure the clerk typed into the scored copy since is the unit's new answer, not selfeval's. */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFigureTypedIntoTheScoredCopy_isTheUnitsNewAnswer(String ext) throws Exception {
        Path input = Samples.copy(Samples.SEED, ext, dir.resolve("in"));
        cli("score", input.toString(), "--out", dir.resolve("out1").toString(), "-q");
        Path once = dir.resolve("out1").resolve(input.getFileName());
        Path edited = dir.resolve("edited").resolve(input.getFileName());
        java.nio.file.Files.createDirectories(edited.getParent());
        try (Workbook wb = Samples.reopen(once)) {
            cell(wb.getSheet("自评表"), "H32").setCellValue(105);
            try (var out = java.nio.file.Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        cli("score", edited.toString(), "--out", dir.resolve("out2").toString(), "--report",
                dir.resolve("2.json").toString(), "-q");
        assertTrue(findingsOf(dir.resolve("2.json")).contains(
                "SELF_TOTAL_CHANGED@H32 总分原填105，按评分规则计算为110，已改为计算值（原值见批注）"));
    }

    /** Every finding of the report's first form: {@code CODE@cell message}. */
    private static List<String> findingsOf(Path report) throws Exception {
        List<String> findings = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile()).get("files").get(0).get("forms")
                .get(0).get("findings").forEach(f -> findings.add(f.get("code").asText() + "@" + f.get("cell").asText()
                        + " " + f.get("message").asText()));
        return findings;
    }

    private static List<String> cellsOf(JsonNode form, String code) {
        List<String> cells = new ArrayList<>();
        form.get("findings").forEach(f -> {
            if (f.get("code").asText().equals(code)) {
                cells.add(f.get("cell").asText());
            }
        });
        return cells;
    }

    private static String levelOnRow(JsonNode form, int row) {
        for (JsonNode indicator : form.get("indicators")) {
            if (indicator.get("row").asInt() == row) {
                return indicator.get("level3").asText();
            }
        }
        return null;
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double number(Sheet sheet, String address) {
        Cell c = cell(sheet, address);
        assertEquals(CellType.NUMERIC, c.getCellType(), address + " is a plain number");
        return c.getNumericCellValue();
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(row -> row.forEach(c -> sb.append(c.toString()).append('\t')));
        return sb.toString();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
