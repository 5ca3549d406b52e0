package org.selfeval.read;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;

/** Both workbook formats, for parameterised tests. */
final class Formats {
    private Formats() {
    }

    static Stream<Named<Supplier<Workbook>>> both() {
        return Stream.of(Named.of("xls", HSSFWorkbook::new), Named.of("xlsx", XSSFWorkbook::new));
    }
}
