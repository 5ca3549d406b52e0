package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

/** The seed form laid out like the official template, read by its labels (RULES.md §1). */
class SeedFormLocatorTest {

    /** The seed form written on 自评表 with merged category cells, read back: the one form the workbook holds. */
    private static Form mergedSeedForm(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            SeedForm.write(wb, "自评表", 0, 0, true, SeedForm.Categories.MERGED);
            return locateOne(wb);
        }
    }

    private static Form locateOne(Workbook wb) {
        List<Form> forms = FormLocator.locate(wb);
        assertEquals(1, forms.size());
        return forms.get(0);
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void seedForm_header_titleYearProjectDepartmentUnit_rule1(Supplier<Workbook> format) throws IOException {
        Form form = mergedSeedForm(format);
        assertEquals("自评表", form.sheet());
        assertEquals(0, form.sheetIndex());
        Form.Header h = form.header();
        assertEquals("2023年度项目支出绩效自评表", h.title().text());
        assertEquals("A1", h.title().address());
        assertEquals(2023, h.year());
        assertEquals("困难职工送温暖", h.project().text());
        assertEquals("C3", h.project().address());
        assertEquals("霍邱县总工会", h.department().text());
        assertEquals("C4", h.department().address());
        assertEquals("霍邱县总工会", h.unit().text());
        assertEquals("G4", h.unit().address());
        assertTrue(form.readFindings().isEmpty());
        assertFalse(form.incomplete());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void seedForm_fundsBlock_rowsAndCells_rule1(Supplier<Workbook> format) throws IOException {
        Form.Funds funds = mergedSeedForm(format).funds();
        assertEquals("万元", funds.amountUnit());
        Form.FundsRow total = funds.total();
        assertEquals("年度资金总额", total.label());
        assertEquals(6, total.row());
        assertEquals("B7", total.labelCell().address());
        assertCell("C7", "64", 64.0, total.initial());
        assertCell("D7", "64", 64.0, total.annual());
        assertCell("E7", "64", 64.0, total.executed());
        assertCell("F7", "10", 10.0, total.weight());
        assertCell("G7", "100%", 1.0, total.rate());
        assertTrue(total.rate().percentFormat());
        assertCell("H7", "10", 10.0, total.score());

        Form.FundsRow appropriation = funds.appropriation();
        assertEquals("其中：当年财政拨款", appropriation.label());
        assertCell("D8", "64", 64.0, appropriation.annual());
        assertCell("F8", "—", null, appropriation.weight());
        assertTrue(appropriation.rate().isBlank());
        assertEquals("G8", appropriation.rate().address());

        assertEquals("上年结转资金", funds.carryover().label());
        assertEquals(8, funds.carryover().row());
        assertTrue(funds.carryover().annual().isBlank());
        assertEquals("D9", funds.carryover().annual().address());
        assertEquals("其他资金", funds.other().label());
        assertEquals(9, funds.other().row());
        assertEquals(3, funds.parts().size());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void seedForm_goals_textBelowHeaders_rule1(Supplier<Workbook> format) throws IOException {
        Form.Goals goals = mergedSeedForm(format).goals();
        assertEquals("完成对基层工会困难职工的救助，根据困难类别实施方案帮扶。", goals.expected().text());
        assertEquals("B12", goals.expected().address());
        assertTrue(goals.actual().text().startsWith("通过该项目的实施"));
        assertEquals("F12", goals.actual().address());
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void seedForm_tenIndicators_placeholderAndPaddingRowsSkipped_rule1(Supplier<Workbook> format)
            throws IOException {
        List<Form.IndicatorRow> rows = mergedSeedForm(format).indicators();
        assertEquals(List.of(17, 18, 19, 20, 21, 23, 27, 28, 30, 31),
                rows.stream().map(Form.IndicatorRow::sheetRow).toList());
        assertEquals(List.of("困难职工人数", "所救助的职工是否均符合相关帮扶送温暖政策规定的条件", "支出完成时间",
                "帮扶送温暖金额", "维护职工合法权益", "帮扶送温暖是否实现常态化", "项目后续运行、开展",
                "指标1：民生工程调查、县政府目标考核满意度调查", "指标2：县主管部门满意度", "指标3：缓解困难职工生活压力"),
                rows.stream().map(r -> r.name().text()).toList());
        assertEquals(List.of("≥500人", "是", "预算年度内", "64万元", "≥100%", "是", "长期开展", "满意", "满意",
                "一定程度上缓解"), rows.stream().map(r -> r.target().text()).toList());
        assertEquals(rows.stream().map(r -> r.target().text()).toList(),
                rows.stream().map(r -> r.actual().text()).toList());

        Form.IndicatorRow first = rows.get(0);
        assertEquals("E17", first.target().address());
        assertEquals("F17", first.actual().address());
        assertCell("G17", "10", 10.0, first.weight());
        assertCell("H17", "10", 10.0, first.score());
        assertEquals("无", first.deviation().text());
        assertEquals("I17", first.deviation().address());
        assertEquals("产出指标", first.level1().text());
        assertEquals("B17", first.level1().address());
        assertEquals("数量指标", first.level2().text());

        double weights = rows.stream().mapToDouble(r -> r.weight().number()).sum();
        assertEquals(100.0, weights);
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void seedForm_categoriesMergedDown_resolveToLabelCell_rule1(Supplier<Workbook> format) throws IOException {
        assertCategories(mergedSeedForm(format).indicators(), "B", "C", 0);
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void seedForm_total_weightAndScoreCells_rule1(Supplier<Workbook> format) throws IOException {
        Form.TotalRow total = mergedSeedForm(format).total();
        assertEquals(31, total.row());
        assertEquals("总分", total.labelCell().text());
        assertEquals("A32", total.labelCell().address());
        assertCell("G32", "100", 100.0, total.weight());
        assertCell("H32", "100", 100.0, total.score());
    }

    /**
     * Categories of the seed indicators: the cell of the label in force (column letters given), whichever way
     * the labels are written (merged down, written once: the label's own cell).
     */
    static void assertCategories(List<Form.IndicatorRow> rows, String level1Col, String level2Col, int rowOffset) {
        String[][] expected = {
                {"产出指标", "17", "数量指标", "17"}, {"产出指标", "17", "质量指标", "18"},
                {"产出指标", "17", "时效指标", "19"}, {"产出指标", "17", "成本指标", "20"},
                {"效益指标", "21", "经济效益", "21"}, {"效益指标", "21", "社会效益", "23"},
                {"效益指标", "21", "可持续影响指标", "27"}, {"满意度    指标", "28", "服务对象满意度指标", "28"},
                {"满意度    指标", "28", "服务对象满意度指标", "28"}, {"满意度    指标", "28", "服务对象满意度指标", "28"}};
        assertEquals(expected.length, rows.size());
        for (int i = 0; i < expected.length; i++) {
            Form.IndicatorRow row = rows.get(i);
            assertEquals(expected[i][0], row.level1().text(), "level1 of row " + row.sheetRow());
            assertEquals(level1Col + (Integer.parseInt(expected[i][1]) + rowOffset), row.level1().address(), "level1 cell of row " + row.sheetRow());
            assertEquals(expected[i][2], row.level2().text(), "level2 of row " + row.sheetRow());
            assertEquals(level2Col + (Integer.parseInt(expected[i][3]) + rowOffset), row.level2().address(), "level2 cell of row " + row.sheetRow());
        }
    }

    static void assertCell(String address, String text, Double number, CellValue cell) {
        assertEquals(address, cell.address());
        assertEquals(text, cell.text());
        if (number == null) {
            assertNull(cell.number());
        } else {
            assertEquals(number, cell.number());
        }
    }
}
