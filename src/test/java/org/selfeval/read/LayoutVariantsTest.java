package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.read.SeedFormLocatorTest.assertCategories;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.Form;

/** The seed form moved, without title, with categories written differently, among other sheets (RULES.md §1). */
class LayoutVariantsTest {

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void movedTable_noTitle_labelsFoundAtOffset_rule1(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            SheetWriter s = SeedForm.write(wb, "表", 5, 3, false, SeedForm.Categories.MERGED);
            s.put(0, 0, "单位：元（仅供参考）"); // unrelated text in the rows above the form
            Form form = FormLocator.locate(wb).get(0);
            assertNull(form.header().title());
            assertNull(form.header().year());
            assertEquals(s.at(2, 2), form.header().project().address());
            assertEquals("F8", form.header().project().address());
            assertEquals(s.at(6, 6), form.funds().total().rate().address());
            assertEquals(10, form.indicators().size());
            assertEquals(List.of(22, 23, 24, 25, 26, 28, 32, 33, 35, 36),
                    form.indicators().stream().map(Form.IndicatorRow::sheetRow).toList());
            assertCategories(form.indicators(), "E", "F", 5);
            assertEquals(s.at(SeedForm.TOTAL_ROW, 7), form.total().score().address());
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void categoriesWrittenOnce_blankCellsBelow_resolveToLabelCell_rule1(Supplier<Workbook> format)
            throws IOException {
        try (Workbook wb = format.get()) {
            SeedForm.write(wb, "表", 0, 0, true, SeedForm.Categories.WRITTEN_ONCE);
            assertCategories(FormLocator.locate(wb).get(0).indicators(), "B", "C", 0);
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void categoriesRepeated_eachRowItsOwnLabelCell_rule1(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            SeedForm.write(wb, "表", 0, 0, true, SeedForm.Categories.REPEATED);
            List<Form.IndicatorRow> rows = FormLocator.locate(wb).get(0).indicators();
            assertEquals(10, rows.size());
            for (Form.IndicatorRow row : rows) {
                assertEquals(row.row(), row.level1().row());
                assertEquals(row.row(), row.level2().row());
            }
            assertEquals(List.of("产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标",
                    "满意度    指标", "满意度    指标", "满意度    指标"), rows.stream().map(r -> r.level1().text()).toList());
            assertEquals("社会效益", rows.get(5).level2().text());
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void coverSheetSkipped_twoFormSheets_oneFormEach_rule1(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            SheetWriter cover = new SheetWriter(wb, "项目清单", 0, 0);
            cover.put(0, 0, "附件：").put(1, 0, "霍邱县总工会绩效自评项目清单");
            cover.row(2, 0, "序号", "项目名称", "备注").row(3, 0, 1, "困难职工帮扶送温暖项目自评表");
            SeedForm.write(wb, "自评表1", 0, 0, true, SeedForm.Categories.MERGED);
            SeedForm.write(wb, "自评表2", 2, 1, false, SeedForm.Categories.WRITTEN_ONCE);
            List<Form> forms = FormLocator.locate(wb);
            assertEquals(List.of("自评表1", "自评表2"), forms.stream().map(Form::sheet).toList());
            assertEquals(List.of(1, 2), forms.stream().map(Form::sheetIndex).toList());
            assertEquals(List.of(10, 10), forms.stream().map(f -> f.indicators().size()).toList());
            assertEquals("D5", forms.get(1).header().project().address());
            assertTrue(forms.stream().allMatch(f -> f.readFindings().isEmpty()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void listSheetOnly_noForm_rule1(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            SheetWriter list = new SheetWriter(wb, "清单", 0, 0);
            list.row(0, 0, "序号", "项目名称", "主管部门", "实施单位", "备注");
            list.row(1, 0, 1, "困难职工送温暖", "霍邱县总工会", "霍邱县总工会");
            assertTrue(FormLocator.locate(wb).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void longListAfterForm_readingStopsAtTotal_rule1(Supplier<Workbook> format) throws IOException {
        try (Workbook wb = format.get()) {
            SheetWriter s = SeedForm.write(wb, "表", 0, 0, true, SeedForm.Categories.MERGED);
            for (int r = 40; r < 20_040; r++) {
                s.row(r, 0, r, "明细" + r, "≥1人", "1人", 10, 10);
            }
            Form form = FormLocator.locate(wb).get(0);
            assertEquals(10, form.indicators().size());
            assertEquals("H32", form.total().score().address());
        }
    }
}
