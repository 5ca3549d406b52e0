package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.selfeval.template.WorkbookFormat;
import org.selfeval.testing.HebeiForm;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md C through the command line: the 河北 form of {@link HebeiForm} saved as .xlsx and .xls, scored, the
 * scored copy reopened from disk. Figures by hand (as in the form's comment): 执行率 37.24 / 43.2 = 0.862037…;
 * 预算执行率 row 86.20 points × 15 / 100 = 12.93; rows 80 × 40 / 100 = 32, 100 × 20 / 100 = 20, 100 × 10 / 100 = 10,
 * 80 × 10 / 100 = 8, 100 × 5 / 100 = 5; 总分 12.93 + 32 + 20 + 10 + 8 + 5 = 87.93.
 */
class HebeiEndToEndTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void scoredCopy_holdsEveryFigure_andReportShowsTheBudgetRowAsFunds(WorkbookFormat format) throws Exception {
        Path input = dir.resolve("in").resolve("河北." + format.extension());
        Files.createDirectories(input.getParent());
        try (Workbook wb = format.newWorkbook()) {
            HebeiForm.draw(wb);
            WorkbookFormat.save(wb, input);
        }
        JsonNode form = QuietCli.scoreFirstForm(input, dir);

        assertEquals("hebei", form.get("layout").asText());
        JsonNode funds = form.get("funds");
        assertEquals(43.2, funds.get("annual").asDouble());
        assertEquals(37.24, funds.get("executed").asDouble());
        assertEquals(0.862, funds.get("rate").asDouble(), "4 decimals of 0.862037…");
        assertEquals(15.0, funds.get("weight").asDouble(), "the 预算执行率 row's 权重占比");
        assertEquals(12.93, funds.get("score").asDouble(), "the 预算执行率 row's 折算得分");
        assertEquals("M17", funds.get("cell").asText());
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        form.get("indicators").forEach(i -> {
            names.add(i.get("level3").asText());
            weights.add(i.get("weight").asDouble());
            scores.add(i.get("score").asDouble());
        });
        assertEquals(List.of("改造面积", "验收合格率", "师生满意度", "改造机组数", "学生满意度"), names,
                "预算执行率 is the funds, not an indicator");
        assertEquals(List.of(40.0, 20.0, 10.0, 10.0, 5.0), weights);
        assertEquals(List.of(32.0, 20.0, 10.0, 8.0, 5.0), scores);
        assertEquals(8.5, form.get("indicators").get(3).get("selfScore").asDouble(), "the unit's 折算得分");
        assertEquals(100.0, form.get("weightTotal").asDouble());
        assertEquals(87.93, form.get("total").asDouble());
        assertEquals("良", form.get("grade").asText());
        List<String> codes = new ArrayList<>();
        form.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("cell").asText()));
        for (String expected : List.of("SELF_SCORE_CHANGED@K17", "SELF_SCORE_CHANGED@M17",
                "STATUS_CONTRADICTS_FIGURES@J17", "STATUS_CONTRADICTS_FIGURES@J12", "STATUS_CONTRADICTS_FIGURES@J13",
                "SELF_SCORE_CHANGED@K15", "SELF_SCORE_CHANGED@M15", "DEVIATION_ANALYSIS_MISSING@D12",
                "DEVIATION_ANALYSIS_MISSING@D15", "SELF_TOTAL_CHANGED@M18", "LOW_EXECUTION@F5")) {
            assertTrue(codes.contains(expected), expected + " not in " + codes);
        }

        try (Workbook wb = Samples.reopen(dir.resolve("out").resolve(input.getFileName()))) {
            Sheet sheet = wb.getSheet("自评表");
            assertEquals(37.24 / 43.2, number(sheet, "F5"), 1e-9, "执行率 written into 预算执行进度");
            assertTrue(cell(sheet, "F5").getCellStyle().getDataFormatString().contains("%"));
            // 单项指标得分 (K) and 折算得分 (M), the 预算执行率 row last
            double[] points = {80, 100, 100, 80, 100, 86.20};
            double[] converted = {32, 20, 10, 8, 5, 12.93};
            for (int i = 0; i < points.length; i++) {
                assertEquals(points[i], number(sheet, "K" + (12 + i)), 1e-9, "K" + (12 + i));
                assertEquals(converted[i], number(sheet, "M" + (12 + i)), 1e-9, "M" + (12 + i));
            }
            assertEquals(87.93, number(sheet, "M18"), 1e-9, "总分 into the 合计 row");
            assertEquals(100.0, number(sheet, "L18"), 1e-9, "Σ 权重占比 left as filled");
            assertNotNull(cell(sheet, "J12").getCellComment(), "完成 contradicted: commented");
            assertNull(cell(sheet, "J15").getCellComment(), "未完成 agrees with 80 points");
            assertTrue(cell(sheet, "K15").getCellComment().getString().getString().contains("85"),
                    "the unit's 85 kept in the comment");
            assertNotNull(wb.getSheet("校验结果"));
        }
    }

    /**
     * The 廊坊 sample (LAYOUTS.md C, .xlsx official, .xls traditional characters), drawn by the generator: rows 5–7
     * funds (F6 its 执行率), 13–21 the nine indicators, 22 预算执行率, 23 合计. By hand: 执行率 37.24 / 43.2 =
     * 86.20 % → 预算执行率 86.20 points × 10 / 100 = 8.62; 工程资金金额 37.24 of ≥ 43.2 万元 → 86.20 × 10 / 100 = 8.62
     * (its 完成 contradicts that); the other eight rows 100 × 10 / 100 = 10 each; 总分 8.62 + 8.62 + 80 = 97.24, 优.
     */
    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void sample_scoredByHand(WorkbookFormat format) throws Exception {
        Path input = Samples.copy("20-廊坊-暖通改造-河北四段式", format.extension(), dir.resolve("in"));
        JsonNode form = QuietCli.scoreFirstForm(input, dir);
        assertEquals("hebei", form.get("layout").asText());
        assertEquals("办公宿舍楼、食堂及餐厅暖通改造经费", form.get("project").asText());
        assertEquals(10.0, form.get("funds").get("weight").asDouble());
        assertEquals(8.62, form.get("funds").get("score").asDouble());
        assertEquals(9, form.get("indicators").size(), "预算执行率 is the funds");
        List<Double> scores = new ArrayList<>();
        form.get("indicators").forEach(i -> scores.add(i.get("score").asDouble()));
        assertEquals(List.of(8.62, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0), scores);
        assertEquals(100.0, form.get("weightTotal").asDouble());
        assertEquals(97.24, form.get("total").asDouble());
        assertEquals("优", form.get("grade").asText());
        List<String> codes = new ArrayList<>();
        form.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("cell").asText()));
        assertEquals(List.of("LOW_EXECUTION@F6", "DEVIATION_ANALYSIS_MISSING@D13", "STATUS_CONTRADICTS_FIGURES@J13",
                "SELF_SCORE_CHANGED@K13", "SELF_SCORE_CHANGED@M13", "SELF_SCORE_CHANGED@K22", "SELF_SCORE_CHANGED@M22",
                "SELF_TOTAL_CHANGED@M23"), codes);
        try (Workbook wb = Samples.reopen(dir.resolve("out").resolve(input.getFileName()))) {
            Sheet sheet = wb.getSheet("自评表");
            assertEquals(37.24 / 43.2, number(sheet, "F6"), 1e-9);
            assertEquals(86.20, number(sheet, "K13"), 1e-9);
            assertEquals(8.62, number(sheet, "M13"), 1e-9);
            assertEquals(100.0, number(sheet, "K14"), 1e-9);
            assertEquals(86.20, number(sheet, "K22"), 1e-9);
            assertEquals(8.62, number(sheet, "M22"), 1e-9);
            assertEquals(97.24, number(sheet, "M23"), 1e-9);
        }
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double number(Sheet sheet, String address) {
        return cell(sheet, address).getNumericCellValue();
    }
}
