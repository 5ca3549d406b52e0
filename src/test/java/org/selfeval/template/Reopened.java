package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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

    /**
     * A plain number is a numeric cell (text in NUMBERS_AS_TEXT); anything else is the text as written; null is a
     * blank cell. A cell that is there has a border.
     */
    void assertValue(int row, int col, String expected) {
        String where = RenderedForm.address(row, col);
        Cell cell = Sheets.cell(sheet, row, col);
        var figure = Figure.parse(expected);
        if (expected == null) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
        } else if (figure.isPresent() && !layout.numbersAsText()) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
            assertEquals(figure.get().value(), cell.getNumericCellValue(), 1e-9, where);
        } else {
            assertEquals(CellType.STRING, cell.getCellType(), where);
            assertEquals(expected, cell.getStringCellValue(), where);
        }
        assertFalse(cell != null && cell.getCellStyle().getBorderTop() == BorderStyle.NONE, "border at " + where);
    }

    String text(int row, int col) {
        return Sheets.text(sheet, row, col);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
