package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * LAYOUTS.md E through the command line: the 宁夏 sample (forms/23 completed), .xlsx drawn from A1 and .xls moved
 * four rows down and two columns right with numbers stored as text; the scored copies reopened from disk. Where the
 * generator drew it (.xlsx; the .xls 4 rows and 2 columns further): title row 1, 项目总得分 A2 | 99分 B2, 项目名称 row
 * 3, 项目实施单位/项目负责人 row 4, 自治区主管部门 / 市县主管部门 row 5, 市县财政部门 row 6; 资金情况(万元) header row 7
 * (C 全年预算数(A), D 全年执行数(B), E 执行率(B/A)), 年度资金总额 row 8, its three parts rows 9–11; goals rows 12–13;
 * indicator header row 14 (B 一级 … E 分值, F 年度指标值, G 全年实际值, H 得分, I 未完成原因及改进措施) and the 12
 * indicators on rows 15–26.
 */
class NingxiaEndToEndTest {
    private static final String NAME = "23-原州-马铃薯种薯繁育-宁夏";

    /*
     * By hand, from LAYOUTS.md E and RULES.md §2–§5:
     * funds: no 分值 and no 得分 column → not scored (weight 0, score null); 执行率 259.45 / 300 = 0.864833… (0.8648)
     *  1 550万粒 → 550万粒: 8    2 200万粒 → 200万粒: 8    3 一级种薯繁育基地: no 分值 → WEIGHT_MISSING, weight 0, score 0
     *  4 ≥90% → ≥90% (a comparison as actual: its bound 90%, ACTUAL_NOT_QUANTIFIED): 8
     *  5 11月底完成100% (完成 is neutral: 100%) → 100%: 8    6 是 → 是: 8
     *  7 ≥5% → 5%: 8    8 80% → 80%: 8    9 ≥50% → 50%: 8    10 2% → 2%: 8
     * 11 是 → 基本达到 (部分达成): band [0.6 × 8, 0.8 × 8 − 0.01] = [4.8, 6.39]; the unit's 7 is above → 6.39
     * 12 ≥90% → 95%: 20
     * total 8 × 9 + 0 + 6.39 + 20 = 98.39 (the header said 99分); weights 8 × 10 + 20 = 100;
     * 产出 8 × 5 = 40, 效益 8 × 5 = 40, 满意度 20: 宁夏's usual split and each 一级 label's stated weight
     */
    private static final List<Double> SCORES = List.of(8.0, 8.0, 0.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 6.39, 20.0);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void fundsUnscored_headerTotalWritten_usualSplit_byHand(String ext) throws Exception {
        int down = ext.equals("xls") ? 4 : 0;
        int right = ext.equals("xls") ? 2 : 0;
        Path input = Samples.copy(NAME, ext, dir.resolve("in"));
        JsonNode form = QuietCli.scoreFirstForm(input, dir);

        assertEquals("ningxia", form.get("layout").asText());
        assertEquals("马铃薯种薯繁育示范推广项目", form.get("project").asText());
        assertEquals("原州区农业农村局", form.get("department").asText(), "主管部门 is the 市县主管部门");
        assertEquals("农业农村厅", form.get("upperDepartment").asText(), "the 自治区主管部门 kept too");
        assertEquals("原州区农技中心", form.get("unit").asText(), "项目实施单位/项目负责人: the part before the slash");
        JsonNode funds = form.get("funds");
        assertEquals(0.0, funds.get("weight").asDouble());
        assertTrue(funds.get("score").isNull());
        assertEquals(300.0, funds.get("annual").asDouble());
        assertEquals(0.8648, funds.get("rate").asDouble(), 1e-12);
        List<Double> scores = new ArrayList<>();
        form.get("indicators").forEach(i -> scores.add(i.get("score").asDouble()));
        assertEquals(SCORES, scores);
        assertEquals(100.0, form.get("weightTotal").asDouble());
        assertEquals(98.39, form.get("total").asDouble());

        List<String> expected = new ArrayList<>();
        for (String finding : List.of("SELF_TOTAL_CHANGED@B2", "LOW_EXECUTION@E8", "WEIGHT_MISSING@E17",
                "ACTUAL_NOT_QUANTIFIED@G18", "SELF_SCORE_OUT_OF_BAND@H25", "SELF_SCORE_CHANGED@H25")) {
            String[] parts = finding.split("@");
            CellReference at = new CellReference(parts[1]);
            expected.add(parts[0] + "@" + new CellReference(at.getRow() + down, at.getCol() + right).formatAsString());
        }
        List<String> codes = new ArrayList<>();
        form.get("findings").forEach(f -> codes.add(f.get("code").asText() + "@" + f.get("cell").asText()));
        // no funds weight finding, no CATEGORY_WEIGHTS_UNUSUAL (0 / 40 / 40 / 20 is 宁夏's split), no mismatch
        assertEquals(expected.stream().sorted().toList(), codes.stream().sorted().toList());

        try (Workbook wb = Samples.reopen(dir.resolve("out").resolve(NAME + "." + ext))) {
            Sheet sheet = wb.getSheet("自评表");
            assertEquals(98.39, cell(sheet, 1 + down, 1 + right).getNumericCellValue(), 1e-9, "项目总得分 written");
            Cell rate = cell(sheet, 7 + down, 4 + right);
            assertEquals(259.45 / 300, rate.getNumericCellValue(), 1e-12);
            assertTrue(rate.getCellStyle().getDataFormatString().contains("%"));
            for (int i = 0; i < SCORES.size(); i++) {
                assertEquals(SCORES.get(i), cell(sheet, 14 + i + down, 7 + right).getNumericCellValue(), 1e-9,
                        "得分 of row " + (15 + i));
            }
        }
    }

    private static Cell cell(Sheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col);
    }
}
