package org.selfeval.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.provider.Arguments;

/** A form rendered, saved to disk and opened again read-only: what a reader of the file would see. */
record Reopened(FormSpec spec, Layout layout, RenderedForm where, Workbook workbook, Sheet sheet)
        implements AutoCloseable {

    static Reopened render(Path dir, WorkbookFormat format, String formName, Layout layout) throws IOException {
        FormSpec spec = FormSpecs.load(formName);
        Path file = dir.resolve(formName + "-" + layout.name() + "." + format.extension());
        RenderedForm where;
        try (var workbook = format.newWorkbook()) {
            where = new FormWorkbookBuilder(workbook).render("自评表", spec, layout);
            WorkbookFormat.save(workbook, file);
        }
        Workbook reopened = Sheets.open(file);
        return new Reopened(spec, layout, where, reopened, reopened.getSheet(where.sheetName()));
    }

    /**
     * The cases of a rendering matrix: every bundled form {@code drawnHere} selects, in every preset and both formats,
     * as (form name, preset name, format, layout).
     */
    static Stream<Arguments> everyPresetAndFormat(Predicate<FormSpec> drawnHere) {
        List<Arguments> cases = new ArrayList<>();
        for (String form : FormSpecs.NAMES) {
            if (!drawnHere.test(FormSpecs.load(form))) {
                continue;
            }
            for (Layout layout : Layout.PRESETS) {
                for (WorkbookFormat format : WorkbookFormat.values()) {
                    cases.add(Arguments.of(form, layout.name(), format, layout));
                }
            }
        }
        return cases.stream();
    }

    String text(int row, int col) {
        return Sheets.text(sheet, row, col);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
