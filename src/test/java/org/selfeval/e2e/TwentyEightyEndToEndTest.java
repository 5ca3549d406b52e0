package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.cli.Cli;
import org.selfeval.template.FormSpec;
import org.selfeval.template.FormSpecs;
import org.selfeval.template.FormWorkbookBuilder;
import org.selfeval.template.Layout;
import org.selfeval.template.WorkbookFormat;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md F through the command line: the 长江禁捕 20/80 sample (forms/26) and a copy of it whose 满意度 actual
 * misses its target. Layout of the drawn form: funds row 7 (得分 H7, weight 20 from 得分(20分*执行率)); indicator
 * rows 11–14, 得分 in G (no 分值 column, no explanation column); 总分 row 15 (G15); 偏差大或目标未完成原因分析 on row
 * 16, its text in E16. Outputs reopened from disk, .xlsx and .xls.
 */
class TwentyEightyEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "26-长江禁捕-20分80分";

    @TempDir
    Path dir;

    private JsonNode run(String command, Path input, Path out) throws Exception {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path report = dir.resolve("report-" + Files.list(dir).count() + ".json");
        new Cli(sink, sink).run(command, input.toString(), "--out", out.toString(), "--report", report.toString(),
                "-q");
        return JSON.readTree(report.toFile()).get("files").get(0).get("forms").get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void published_scoresAsTheFormSays(String ext) throws Exception {
        Path input = Samples.copy(NAME, ext, dir.resolve("in"));
        JsonNode form = run("score", input, dir.resolve("out"));
        // funds 20 × min(1, 1.56 / 1.56) = 20; 6 ≥ 6 → 20; 100% → 10; 100% → 10; ≥90% at its bound 90 → 40;
        // total 20 + 20 + 10 + 10 + 40 = 100; no row missed its target, so the form-level 无 is enough
        assertEquals(20.0, form.get("funds").get("weight").asDouble());
        assertEquals(20.0, form.get("funds").get("score").asDouble());
        assertEquals(List.of(20.0, 10.0, 10.0, 40.0), scores(form));
        assertEquals(100.0, form.get("total").asDouble());
        assertEquals("优", form.get("grade").asText());
        assertTrue(codes(form).stream().noneMatch(c -> c.equals("DEVIATION_ANALYSIS_MISSING")), codes(form).toString());
        try (Workbook wb = Samples.reopen(dir.resolve("out").resolve(input.getFileName()))) {
            assertEquals(100.0, number(wb.getSheet("自评表"), "G15"));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void missedTarget_explainedOnlyByPlaceholder_flagsTheFormLevelCell_andASecondRunGivesTheSameFigures(
            WorkbookFormat format) throws Exception {
        FormSpec published = FormSpecs.load("26-yangtze-fishing-ban-20-80");
        List<FormSpec.IndicatorSpec> rows = new ArrayList<>(published.indicators());
        FormSpec.IndicatorSpec satisfaction = rows.get(3);
        rows.set(3, new FormSpec.IndicatorSpec(satisfaction.level1(), satisfaction.level2(), satisfaction.level3(),
                satisfaction.target(), null, "85%", null, "40", null, null, null, null, null, null, null));
        FormSpec missed = withIndicators(published, rows);
        Path input = dir.resolve("in").resolve("missed." + format.extension());
        Files.createDirectories(input.getParent());
        try (Workbook wb = format.newWorkbook()) {
            new FormWorkbookBuilder(wb).render("自评表", missed, Layout.OFFICIAL);
            WorkbookFormat.save(wb, input);
        }

        JsonNode first = run("score", input, dir.resolve("out1"));
        // 40 allotted × 85 / 90 = 37.777… → 37.78; total 20 + 20 + 10 + 10 + 37.78 = 97.78
        assertEquals(List.of(20.0, 10.0, 10.0, 37.78), scores(first));
        assertEquals(97.78, first.get("total").asDouble());
        JsonNode deviation = only(first, "DEVIATION_ANALYSIS_MISSING");
        assertEquals("E16", deviation.get("cell").asText());
        assertEquals("以下指标须说明偏差原因：第14行“退捕渔民抽样调查满意度”（得分37.78低于分值40）；"
                + "请在“偏差大或目标未完成原因分析”栏填写（现为“无”）", deviation.get("message").asText());

        Path output = dir.resolve("out1").resolve(input.getFileName());
        try (Workbook wb = Samples.reopen(output)) {
            Sheet sheet = wb.getSheet("自评表");
            assertEquals(37.78, number(sheet, "G14"));
            assertEquals(97.78, number(sheet, "G15"));
            Cell explanation = cell(sheet, "E16");
            assertNotNull(explanation.getCellComment(), "the finding is on the form-level cell");
        }

        // RULES.md §8: the scored copy keeps the 40 points allotted (a very hidden sheet), so a second run
        // computes 40 × 85 / 90 again, not 37.78 × 85 / 90
        JsonNode second = run("score", output, dir.resolve("out2"));
        assertEquals(List.of(20.0, 10.0, 10.0, 40.0), weights(second));
        assertEquals(scores(first), scores(second));
        assertEquals(97.78, second.get("total").asDouble());
        try (Workbook wb = Samples.reopen(dir.resolve("out2").resolve(input.getFileName()))) {
            assertEquals(37.78, number(wb.getSheet("自评表"), "G14"));
            assertEquals(97.78, number(wb.getSheet("自评表"), "G15"));
        }
    }

    private static FormSpec withIndicators(FormSpec s, List<FormSpec.IndicatorSpec> rows) {
        return new FormSpec(s.source(), s.sourceNote(), s.complete(), s.truncatedNote(), s.variant(), s.title(),
                s.year(), s.project(), s.department(), s.unit(), s.filledBy(), s.projectCategory(),
                s.projectAttribute(), s.fundsUnit(), s.fundsColumns(), s.funds(), s.goalExpected(), s.goalActual(),
                rows, s.otherNotesRow(), s.totalWeight(), s.totalScore(), s.grade(), s.notes(), s.labels(), s.cover(),
                s.afterTotal(), s.family());
    }

    private static List<Double> scores(JsonNode form) {
        List<Double> list = new ArrayList<>();
        form.get("indicators").forEach(i -> list.add(i.get("score").asDouble()));
        return list;
    }

    private static List<Double> weights(JsonNode form) {
        List<Double> list = new ArrayList<>();
        form.get("indicators").forEach(i -> list.add(i.get("weight").asDouble()));
        return list;
    }

    private static List<String> codes(JsonNode form) {
        List<String> list = new ArrayList<>();
        form.get("findings").forEach(f -> list.add(f.get("code").asText()));
        return list;
    }

    private static JsonNode only(JsonNode form, String code) {
        List<JsonNode> found = new ArrayList<>();
        form.get("findings").forEach(f -> {
            if (f.get("code").asText().equals(code)) {
                found.add(f);
            }
        });
        assertEquals(1, found.size(), form.get("findings").toString());
        return found.get(0);
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double number(Sheet sheet, String address) {
        return cell(sheet, address).getNumericCellValue();
    }
}
