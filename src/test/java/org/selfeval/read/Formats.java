package org.selfeval.read;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;
import org.selfeval.model.Form;

/** Both workbook formats, for parameterised tests, and a form drawn in one of them and read back. */
final class Formats {
    private Formats() {
    }

    static Stream<Named<Supplier<Workbook>>> both() {
        return Stream.of(Named.of("xls", HSSFWorkbook::new), Named.of("xlsx", XSSFWorkbook::new));
    }

    /** Draws a sheet 自评表 in a new workbook of {@code format} and reads the first form found in the workbook. */
    static Form firstForm(Supplier<Workbook> format, Consumer<SheetWriter> draw) throws IOException {
        return firstForm(format, "自评表", draw);
    }

    /** Draws the sheet {@code sheetName} in a new workbook of {@code format} and reads the first form found. */
    static Form firstForm(Supplier<Workbook> format, String sheetName, Consumer<SheetWriter> draw)
            throws IOException {
        try (Workbook wb = format.get()) {
            draw.accept(new SheetWriter(wb, sheetName, 0, 0));
            return FormLocator.locate(wb).get(0);
        }
    }
}
