package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md D through the command line: the 重庆 部门整体 sample (forms/21 completed), column order 1 in .xlsx and
 * order 2 in .xls, scored by {@code score}; the scored copies reopened from disk. Where the generator drew it: title
 * row 1, year row 2, header row 3 (自评总分(分) G3, its value H3), funds header row 5 and 年度总金额 row 6 (C 年初预算数,
 * D 全年(调整)预算数, E 全年执行数, F 执行率(%), G 执行率权重, H 执行率得分), goals rows 8–9, indicator header row 10 and
 * the 21 indicators on rows 11–31. Order 1: B 指标名称 … E 年初指标值, F 调整指标值, G 全年完成值, H 得分系数(%),
 * I 指标权重(分), J 指标得分(分), K 是否核心指标 (no explanation column). Order 2: E 指标值, F 指标权重(分), G 全年完成值,
 * H 指标得分(分), I 说明.
 */
class ChongqingEndToEndTest {
    private static final String NAME = "21-重庆科学城融媒体中心-部门整体";

    /*
     * By hand, from LAYOUTS.md D and RULES.md §3/§5 (a bare figure at least unless the name names a loss or cost):
     * funds 执行率权重 10 × min(1, 380 / 500 = 0.76) = 7.6
     *  1 财政供养人员控制率 100% → 92%: 2 × 92 / 100 = 1.84      2 “三公”经费变动率 (at most) 5% → 3%: 2
     *  3 基础信息完善 100% → 100%: 1                             4 预算完成率 70% → 76%: 2
     *  5 预算调整率 (at most: 调整率) 3% → 0 (the 计量单位 %: 0%): 2    6 结转结余率 (at most: 结余率) 2% → 0%: 2
     *  7 公用经费控制率 100% → 97%: 1.94                          8 “三公”经费控制率 100% → 95%: 1.9
     *  9 政府采购执行率 100% → 72.74%: 2 × 0.7274 = 1.4548 → 1.45
     * 10–13 高/高, 好/好, 高/高, 好/好: the unit's 3, 5, 1, 2     14 固定资产利用率 90% → 100%: 2
     * 15 党性教育培训次数 6次 → 12次: 5                          16 组织宣传活动次数 40次 → 43次: 10
     * 17 制作宣传品数量 20份 → 20份: 5                          18 播发稿件数量 调整指标值 2200篇 → 2859篇: 10
     * 19–21 90% → 95%, 90% → 95%, 85% → 92%: 10 each
     * indicators 1.84 + 2 + 1 + 2 + 2 + 2 + 1.94 + 1.9 + 1.45 + 11 + 2 + 5 + 10 + 5 + 10 + 30 = 89.13;
     * total 7.6 + 89.13 = 96.73 (the header said 97.6); weights 10 + 90 = 100
     */
    private static final List<Double> SCORES = List.of(1.84, 2.0, 1.0, 2.0, 2.0, 2.0, 1.94, 1.9, 1.45, 3.0, 5.0, 1.0,
            2.0, 2.0, 5.0, 10.0, 5.0, 10.0, 10.0, 10.0, 10.0);

    @TempDir
    Path dir;

    private JsonNode score(String ext) throws Exception {
        Path input = Samples.copy(NAME, ext, dir.resolve("in"));
        return QuietCli.scoreFirstForm(input, dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void bothColumnOrders_scoreAsLayoutsSays_figuresWrittenIntoTheirCells(String ext) throws Exception {
        boolean order1 = ext.equals("xlsx");
        JsonNode form = score(ext);
        assertEquals("chongqing-dept", form.get("layout").asText());
        assertEquals("西部（重庆）科学城融媒体中心", form.get("department").asText());
        JsonNode funds = form.get("funds");
        assertEquals(10.0, funds.get("weight").asDouble());
        assertEquals(0.76, funds.get("rate").asDouble(), 1e-12);
        assertEquals(7.6, funds.get("score").asDouble());
        List<Double> scores = new ArrayList<>();
        form.get("indicators").forEach(i -> scores.add(i.get("score").asDouble()));
        assertEquals(SCORES, scores);
        assertEquals("at-most", form.get("indicators").get(1).get("kind").asText(), "变动率");
        assertEquals("2200篇", form.get("indicators").get(17).get("target").asText(), "调整指标值 when filled");
        assertEquals(100.0, form.get("weightTotal").asDouble());
        assertEquals(96.73, form.get("total").asDouble());

        List<String> codes = codes(form);
        assertTrue(codes.contains("SELF_TOTAL_CHANGED@H3"), codes.toString());
        assertTrue(codes.contains("SELF_SCORE_CHANGED@" + (order1 ? "J19" : "H19")), codes.toString());
        // no category column: no category finding
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("CATEGORY_")), codes.toString());
        // 政府采购执行率 missed its target: order 1 has no explanation column (rule 4, a warning on 指标名称);
        // order 2's 说明 column is blank (an error there)
        JsonNode deviation = finding(form, "DEVIATION_ANALYSIS_MISSING", order1 ? "B19" : "I19");
        assertEquals(order1 ? "warning" : "error", deviation.get("severity").asText());
        if (order1) {
            assertTrue(deviation.get("message").asText().contains("自评报告"), deviation.toString());
        }

        try (Workbook wb = Samples.reopen(dir.resolve("out").resolve(NAME + "." + ext))) {
            Sheet sheet = wb.getSheet("自评表");
            assertEquals(96.73, number(sheet, "H3"), 1e-9, "自评总分(分) in the header");
            // the unit's 97.6 was formatted 0.0: the written total shows both decimals, as 校验结果 says
            assertEquals("96.73", new DataFormatter().formatCellValue(cell(sheet, "H3")));
            Cell rate = cell(sheet, "F6");
            assertEquals(0.76, rate.getNumericCellValue(), 1e-12, "执行率 printed 76 is written as 76%");
            assertTrue(rate.getCellStyle().getDataFormatString().contains("%"));
            assertEquals(7.6, number(sheet, "H6"), 1e-9);
            String scoreColumn = order1 ? "J" : "H";
            for (int i = 0; i < SCORES.size(); i++) {
                assertEquals(SCORES.get(i), number(sheet, scoreColumn + (11 + i)), 1e-9, "row " + (11 + i));
            }
            if (order1) {
                // 得分系数 = 指标得分 / 指标权重: 1.84 / 2, 2 / 2, 1.45 / 2, 10 / 10
                assertEquals(0.92, number(sheet, "H11"), 1e-12);
                assertEquals(1.0, number(sheet, "H15"), 1e-12);
                assertEquals(0.725, number(sheet, "H19"), 1e-12);
                assertEquals(1.0, number(sheet, "H28"), 1e-12);
                // printed 100% (format 0%): 72.5% is shown as such, not rounded to 73%
                assertEquals("72.50%", new DataFormatter().formatCellValue(cell(sheet, "H19")));
                assertNotNull(cell(sheet, "B19").getCellComment(), "rule 4: the finding on 指标名称");
            } else {
                assertEquals("", cell(sheet, "I19").getStringCellValue(), "说明 left blank");
                assertNotNull(cell(sheet, "I19").getCellComment());
            }
        }
    }

    private static List<String> codes(JsonNode form) {
        List<String> codes = new ArrayList<>();
        form.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("cell").asText()));
        return codes;
    }

    private static JsonNode finding(JsonNode form, String code, String cell) {
        for (JsonNode f : form.get("findings")) {
            if (f.get("code").asText().equals(code) && f.get("cell").asText().equals(cell)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " at " + cell + " in " + codes(form));
    }

    private static Cell cell(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double number(Sheet sheet, String address) {
        return cell(sheet, address).getNumericCellValue();
    }
}
