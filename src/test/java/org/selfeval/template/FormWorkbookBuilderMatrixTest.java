package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.template.FormSpec.IndicatorSpec;
import org.selfeval.template.RenderedForm.Columns;

/** Every preset on every bundled form in both formats, read back from disk. */
class FormWorkbookBuilderMatrixTest {
    @TempDir
    Path dir;

    static Stream<Arguments> everyPresetFormAndFormat() {
        // a province's own template, not the national grid, is FamilyDrawingTest's (河北 has a column plan,
        // RenderedForm.Columns.hebei, checked here)
        return Reopened.everyPresetAndFormat(spec -> spec.family() == null || spec.hebei());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyPresetFormAndFormat")
    void render_readsBackFromDisk_asTheFormSays(String form, String name, WorkbookFormat format, Layout layout)
            throws Exception {
        try (Reopened r = Reopened.render(dir, format, form, layout)) {
            projectNameSitsBesideItsLabel(r);
            indicatorNamesAndNumbersLandOnTheirRows(r);
            categoriesCoverTheirRowsAsTheLayoutSays(r);
        }
    }

    private static void projectNameSitsBesideItsLabel(Reopened r) {
        int row = r.where().projectRow();
        Columns cols = r.where().columns();
        boolean departmentOverall = r.spec().departmentOverall();
        Label project = departmentOverall ? Label.DEPARTMENT_OVERALL : Label.PROJECT;
        String value = departmentOverall ? r.spec().department() : r.spec().project();
        int labelCol = r.spec().hebei() ? cols.level1() : cols.block(); // 河北: right of 一、基本情况
        assertEquals(new Labels(r.spec(), r.layout()).of(project), r.text(row, labelCol));
        CellRangeAddress label = Sheets.regionOf(r.sheet(), row, labelCol).orElseThrow();
        assertEquals(Objects.toString(value, ""), r.text(row, label.getLastColumn() + 1));
    }

    private static void indicatorNamesAndNumbersLandOnTheirRows(Reopened r) {
        Columns cols = r.where().columns();
        List<IndicatorSpec> indicators = r.spec().indicators();
        assertEquals(indicators.size(), r.where().indicatorRows().size());
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorSpec ind = indicators.get(i);
            int row = r.where().indicatorRows().get(i);
            assertEquals(Objects.toString(ind.level3(), ""), r.text(row, cols.level3()), "row " + row);
            if (cols.weighted()) {
                r.assertValue(row, cols.weight(), ind.weight());
            } else {
                assertEquals(null, ind.weight(), "a table with no 分值 column");
            }
            if (cols.scored()) {
                r.assertValue(row, cols.score(), ind.score());
            } else {
                assertEquals(null, ind.score(), "a table with no 得分 column (LAYOUTS.md G)");
            }
            r.assertValue(row, cols.actual(), ind.actual());
        }
        var funds = r.spec().funds().get(0);
        int fundsRow = r.where().fundsRows().get(0);
        r.assertValue(fundsRow, cols.fundsAnnual(), funds.annual());
        r.assertValue(fundsRow, cols.fundsExecuted(), funds.executed());
    }

    private static void categoriesCoverTheirRowsAsTheLayoutSays(Reopened r) {
        int col = r.where().columns().level1();
        List<IndicatorSpec> indicators = r.spec().indicators();
        List<Integer> rows = r.where().indicatorRows();
        int start = 0;
        while (start < indicators.size()) {
            String level1 = indicators.get(start).level1();
            int end = start;
            while (level1 != null && end + 1 < indicators.size()
                    && level1.equals(indicators.get(end + 1).level1())) {
                end++;
            }
            int first = rows.get(start);
            int last = rows.get(end);
            assertEquals(Objects.toString(level1, ""), r.text(first, col));
            var merged = Sheets.mergedAt(r.sheet(), first, col);
            switch (r.layout().categories()) {
                case MERGED -> {
                    if (last > first) {
                        assertEquals(last, merged.orElseThrow().getLastRow(), "merge of " + level1);
                    }
                }
                case REPEATED -> {
                    assertTrue(merged.isEmpty());
                    for (int row = first; row <= last; row++) {
                        assertEquals(Objects.toString(level1, ""), r.text(row, col));
                    }
                }
                case ONCE -> {
                    assertTrue(merged.isEmpty());
                    for (int row = first + 1; row <= last; row++) {
                        assertEquals("", r.text(row, col));
                    }
                }
            }
            start = end + 1;
        }
    }
}
