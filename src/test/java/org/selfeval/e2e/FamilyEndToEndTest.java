package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.Rows.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Cli;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md rules 1, 2 and 5 through the whole tool: a 宁夏 form (total as a header field 项目总得分 | 99分,
 * funds with no weight and no score column, 产出 40 / 效益 40 / 满意度 20) in .xls and .xlsx, run by {@code batch};
 * report.json names the family, the funds are unscored, the family's split gives no CATEGORY_WEIGHTS_UNUSUAL,
 * the scored copies (reopened from disk) hold the computed total in the header field, and 汇总.xlsx shows the
 * family.
 */
class FamilyEndToEndTest {
    @TempDir
    Path dir;

    private static void ningxia(Workbook wb) {
        Sheet s = wb.createSheet("自评表");
        put(s, 0, 0, "项目总得分", "99分");
        put(s, 1, 0, "项目名称", "马铃薯种薯繁育");
        put(s, 2, 0, "市县主管部门", "原州区农业农村局");
        put(s, 3, 0, "资金情况(万元)", null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)");
        put(s, 4, 1, "年度资金总额", "300万元", "270万元", null);
        put(s, 5, 0, "年度总体目标", "预期目标", null, null, "实际完成情况");
        put(s, 6, 1, "繁育种薯", null, null, "已繁育");
        put(s, 7, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
                "未完成原因及改进措施");
        put(s, 8, 1, "产出指标(40分)", "数量指标", "种薯繁育面积", 40, "≥1000亩", "1000亩", 40, null);
        put(s, 9, 1, "效益指标(40分)", "经济效益指标", "亩均增收率", 40, "≥90%", "85%", 40, "降雨偏少，单产下降");
        put(s, 10, 1, "满意度指标(20分)", "服务对象满意度指标", "种植户满意度", 20, "≥90%", "95%", 20, null);
    }


    @Test
    void ningxia_reportNamesTheFamily_fundsUnscored_totalWrittenIntoTheHeaderField_summaryShowsTheFamily()
            throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (wb; OutputStream out = Files.newOutputStream(in.resolve(
                    "宁夏" + (wb instanceof HSSFWorkbook ? ".xls" : ".xlsx")))) {
                ningxia(wb);
                wb.write(out);
            }
        }
        Path outDir = dir.resolve("out");
        int status = new Cli(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream())).run("batch", in.toString(), "--out", outDir.toString(),
                "--quiet");
        assertEquals(1, status, "SELF_TOTAL_CHANGED is an error finding");

        JsonNode report = new ObjectMapper().readTree(outDir.resolve("report.json").toFile());
        assertEquals(2, report.get("files").size());
        for (JsonNode file : report.get("files")) {
            JsonNode form = file.get("forms").get(0);
            assertEquals("ningxia", form.get("layout").asText());
            // funds: no weight, no score column → not scored: weight 0, score null, 执行率 270 / 300 = 0.9
            assertEquals(0.0, form.get("funds").get("weight").asDouble());
            assertTrue(form.get("funds").get("score").isNull());
            assertEquals(0.9, form.get("funds").get("rate").asDouble(), 1e-9);
            // 产出 40 (1000 ≥ 1000), 效益 40 × 85 / 90 = 37.777… → 37.78, 满意度 20 (95 ≥ 90): 0 + 40 + 37.78 + 20
            assertEquals(97.78, form.get("total").asDouble(), 1e-9);
            assertEquals(100.0, form.get("weightTotal").asDouble(), 1e-9);
            List<String> codes = new ArrayList<>();
            form.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("cell").asText()));
            // the header field said 99分: SELF_TOTAL_CHANGED on it (B1); the split 0/40/40/20 is 宁夏's usual one
            assertTrue(codes.contains("SELF_TOTAL_CHANGED@B1"), codes.toString());
            assertFalse(codes.stream().anyMatch(c -> c.startsWith("CATEGORY_WEIGHTS_UNUSUAL")), codes.toString());
            assertFalse(codes.stream().anyMatch(c -> c.startsWith("WEIGHT_MISSING")), codes.toString());
            assertFalse(codes.stream().anyMatch(c -> c.startsWith("FORM_NOT_FOUND")), codes.toString());
        }
        for (String name : List.of("宁夏.xls", "宁夏.xlsx")) {
            try (Workbook scored = Samples.reopen(outDir.resolve(name))) {
                assertEquals(97.78, scored.getSheet("自评表").getRow(0).getCell(1).getNumericCellValue(), 1e-9, name);
            }
        }
        try (Workbook summary = Samples.reopen(outDir.resolve("汇总.xlsx"))) {
            Sheet sheet = summary.getSheet("汇总");
            int col = -1;
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                if ("表样".equals(sheet.getRow(0).getCell(c).getStringCellValue())) {
                    col = c;
                }
            }
            assertTrue(col >= 0, "汇总 has a 表样 column");
            assertEquals("宁夏（ningxia）", sheet.getRow(1).getCell(col).getStringCellValue());
            assertEquals("宁夏（ningxia）", sheet.getRow(2).getCell(col).getStringCellValue());
        }
    }
}
