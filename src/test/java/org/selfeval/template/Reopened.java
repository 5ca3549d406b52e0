package org.selfeval.template;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

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

    String text(int row, int col) {
        return Sheets.text(sheet, row, col);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
