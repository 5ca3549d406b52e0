package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateGeneratorTest {
    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void generate() throws Exception {
        files = TemplateGenerator.write(dir);
    }

    @Test
    void write_givesXlsxAndXls() {
        assertEquals(List.of(dir.resolve("项目支出绩效自评表.xlsx"), dir.resolve("项目支出绩效自评表.xls")), files);
        files.forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    }

    @Test
    void template_holdsTheOfficialLabels() throws Exception {
        for (Path file : files) {
            try (var workbook = Sheets.open(file)) {
                Set<String> texts = texts(workbook.getSheet(TemplateGenerator.SHEET_NAME));
                for (String label : List.of("项目名称", "主管部门", "实施单位", "项目资金", "（万元）", "年初预算数",
                        "全年预算数", "全年执行数", "执行率", "年度资金总额", "其中：当年财政拨款", "上年结转资金",
                        "其他资金", "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "一级指标", "二级指标",
                        "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "总分",
                        "产出指标", "成本指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标")) {
                    assertTrue(texts.contains(label), file.getFileName() + " lacks " + label);
                }
            }
        }
    }

    @Test
    void template_hasNoValues_onlyLabelsAndPlaceholders() throws Exception {
        Set<String> allowed = new HashSet<>(List.of("项目支出绩效自评表", "（\u3000\u3000年度）", "—", "（万元）",
                "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"));
        for (Label label : Label.values()) {
            allowed.add(label.national());
        }
        TemplateGenerator.CATEGORIES.forEach(allowed::addAll);
        allowed.addAll(TemplateGenerator.ROW_PLACEHOLDERS);
        for (Path file : files) {
            try (var workbook = Sheets.open(file)) {
                Sheet sheet = workbook.getSheet(TemplateGenerator.SHEET_NAME);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().toString());
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), cell.getAddress().toString());
                    }
                }
                Set<String> unexpected = texts(sheet);
                unexpected.removeAll(allowed);
                assertEquals(Set.of(), unexpected, file.getFileName().toString());
            }
        }
    }

    @Test
    void template_hasThreeEmptyRowsPerSecondLevelCategory_mergedAndBordered() throws Exception {
        for (Path file : files) {
            try (var workbook = Sheets.open(file)) {
                Sheet sheet = workbook.getSheet(TemplateGenerator.SHEET_NAME);
                String name = file.getFileName().toString();
                // 绩效指标 header on row 13; 产出指标 covers 4 categories x 3 rows from row 14
                assertEquals("产出指标", Sheets.text(sheet, 13, 1), name);
                assertEquals(13 + 11, Sheets.mergedAt(sheet, 13, 1).orElseThrow().getLastRow(), name);
                assertEquals(15, Sheets.mergedAt(sheet, 13, 2).orElseThrow().getLastRow(), name);
                assertEquals("指标1：", Sheets.text(sheet, 13, 3), name);
                assertEquals("总分", Sheets.text(sheet, 13 + 27, 0), name);
                Cell blankTarget = Sheets.cell(sheet, 13, 4);
                assertEquals(CellType.BLANK, blankTarget.getCellType(), name);
                assertNotEquals(org.apache.poi.ss.usermodel.BorderStyle.NONE,
                        blankTarget.getCellStyle().getBorderLeft(), name);
            }
        }
    }

    @Test
    void committedTemplates_areWhatTheGeneratorWrites() throws Exception {
        for (Path file : files) {
            Path committed = Path.of("workbook-templates").resolve(file.getFileName());
            assertEquals(Sheets.contents(file), Sheets.contents(committed),
                    committed + " is stale: regenerate with `selfeval template --out workbook-templates`");
        }
    }

    private static Set<String> texts(Sheet sheet) {
        Set<String> texts = new HashSet<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
