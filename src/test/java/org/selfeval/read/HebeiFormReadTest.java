package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.CellValue;
import org.selfeval.model.Family;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.testing.HebeiForm;

/**
 * LAYOUTS.md C read: the 河北 four-section form of {@link HebeiForm}, in .xls and .xlsx. The funds total row is
 * labelled by the header text 预算数/到位数/执行数 (found as the sum of the other rows); the target is joined from
 * 符号 | 数值 | 单位; 单项指标得分 and 完成情况 are read beside 权重占比 (weight) and 折算得分 (score); the last row
 * 预算执行率 is taken out of the indicators and scores the funds.
 */
class HebeiFormReadTest {

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void fourSections_readAsLayoutsC(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            HebeiForm.draw(wb);
            Form form = FormLocator.locate(wb).get(0);
            assertEquals(Family.HEBEI, form.family());
            assertTrue(form.readFindings().stream().noneMatch(f -> f.code() == FindingCode.FORM_NOT_FOUND),
                    form.readFindings().toString());
            assertEquals("暖通改造", form.header().project().text());
            assertEquals("廊坊市发改委", form.header().department().text());
            assertEquals("廊坊市食品工程学校", form.header().unit().text());
            assertEquals(2019, form.header().year());

            Form.FundsRow total = form.funds().total();
            assertEquals("预算数/到位数/执行数", total.label());
            assertEquals(43.2, total.annual().number());
            assertEquals(37.24, total.executed().number());
            assertEquals("F5", total.rate().address(), "预算执行进度(%) on the totals row");
            assertEquals("其中:财政资金", form.funds().appropriation().label());
            assertEquals("其他", form.funds().other().label());
            // the 预算执行率 row (row 17) weighs the funds with its 权重占比 and is scored in its 折算得分
            Form.IndicatorRow budget = form.funds().scoredBy();
            assertEquals("预算执行率", budget.name().text());
            assertEquals("L17", total.weight().address());
            assertEquals(15.0, total.weight().number());
            assertEquals("M17", total.score().address());
            assertEquals("K17", budget.points().address());
            assertEquals("完成", budget.status().text());

            List<Form.IndicatorRow> rows = form.indicators();
            assertEquals(List.of("改造面积", "验收合格率", "师生满意度", "改造机组数", "学生满意度"),
                    rows.stream().map(r -> r.name().text()).toList());
            Form.IndicatorRow area = rows.get(0);
            assertEquals(">=1000平方米", area.target().text());
            assertEquals("800", area.actual().text());
            assertEquals(40.0, area.weight().number());
            assertEquals("M12", area.score().address());
            assertEquals(80.0, area.points().number());
            assertEquals("K12", area.points().address());
            assertEquals("完成", area.status().text());
            assertNull(area.deviation(), "the form has no explanation column");
            assertEquals(">=98%(百分比)", rows.get(1).target().text());
            assertEquals("效果指标", rows.get(2).level1().text());
            assertEquals(List.of(40.0, 20.0, 10.0, 10.0, 5.0), rows.stream().map(r -> r.weight().number()).toList());

            CellValue weightTotal = form.total().weight();
            assertEquals("L18", weightTotal.address());
            assertEquals(100.0, weightTotal.number());
            assertEquals("M18", form.total().score().address());
        }
    }
}
