package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.template.FormSpec.IndicatorSpec;

/**
 * The forms of a province's own template (FormSpec.family: 重庆 部门整体 …), drawn by FamilyDrawing in every preset
 * and both formats and read back from disk: each header value beside its label, each indicator's name, weight,
 * score and actual under its column's header, every table cell bordered.
 */
class FamilyDrawingTest {
    @TempDir
    Path dir;

    static Stream<Arguments> everyFamilyFormPresetAndFormat() {
        // 河北 is drawn by HebeiDrawing on its column plan: FormWorkbookBuilderMatrixTest
        return Reopened.everyPresetAndFormat(spec -> spec.family() != null && !spec.hebei());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyFamilyFormPresetAndFormat")
    void render_readsBackFromDisk_asTheTemplatePrintsIt(String form, String name, WorkbookFormat format,
                                                        Layout layout) throws Exception {
        try (Reopened r = Reopened.render(dir, format, form, layout)) {
            FormSpec.FamilySpec family = r.spec().family();
            int left = layout.originCol();
            int headerRow = r.where().projectRow();
            for (List<String> fields : family.headerRows()) {
                for (int p = 0; p < fields.size(); p += 2) {
                    String label = new Labels(r.spec(), layout).word(fields.get(p), Label.Spacing.FULL_WIDTH);
                    int col = columnOf(r, headerRow, label);
                    assertTrue(col >= 0, label + " on row " + headerRow);
                    r.assertValue(headerRow, col + 1, fields.get(p + 1));
                }
                headerRow++;
            }
            List<String> columns = layout.otherProvince() && family.indicatorColumnsOther() != null
                    ? family.indicatorColumnsOther() : family.indicatorColumns();
            List<IndicatorSpec> indicators = r.spec().indicators();
            assertEquals(indicators.size(), r.where().indicatorRows().size());
            int header = r.where().indicatorHeaderRow();
            int nameCol = left + 1 + columns.indexOf(columns.stream().filter(c -> c.startsWith("指标名称")
                    || c.startsWith("三级指标")).findFirst().orElseThrow());
            int weightCol = left + 1 + indexStarting(columns, "指标权重", "分值", "权重");
            int scoreCol = left + 1 + indexStarting(columns, "指标得分", "得分");
            int actualCol = left + 1 + indexStarting(columns, "全年完成值", "全年实际值", "完成值");
            assertEquals(new Labels(r.spec(), layout).word(columns.get(nameCol - left - 1), Label.Spacing.NONE),
                    r.text(header, nameCol));
            for (int i = 0; i < indicators.size(); i++) {
                IndicatorSpec ind = indicators.get(i);
                int row = r.where().indicatorRows().get(i);
                assertEquals(Objects.toString(ind.level3(), ""), r.text(row, nameCol), "row " + row);
                r.assertValue(row, weightCol, ind.weight());
                r.assertValue(row, scoreCol, ind.score());
                r.assertValue(row, actualCol, ind.actual());
            }
        }
    }

    private static int indexStarting(List<String> columns, String... prefixes) {
        for (int i = 0; i < columns.size(); i++) {
            for (String prefix : prefixes) {
                if (columns.get(i).startsWith(prefix) && !columns.get(i).startsWith("得分系数")) {
                    return i;
                }
            }
        }
        throw new AssertionError("no column " + String.join("/", prefixes) + " in " + columns);
    }

    private static int columnOf(Reopened r, int row, String text) {
        for (int c = 0; c < 40; c++) {
            if (text.equals(r.text(row, c))) {
                return c;
            }
        }
        return -1;
    }
}
