package org.selfeval.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A failure after opening is selfeval's defect (INTERNAL_ERROR) when the innermost non-JDK frame is ours, and a
 * damaged file (CORRUPT) when it is POI's or a library's.
 */
class FileProcessorDefectTest {

    /** {@code stack}: the frames innermost first, each {@code class.method}, separated by {@code <}; - for none. */
    @ParameterizedTest(name = "{0} → defect: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            our frame on top | org.selfeval.read.SheetGrid.value < org.selfeval.read.FormLocator.locate | true
            # e.g. Integer.parseInt or List.get called by our reader with a bad argument
            a JDK method called by us | java.lang.Integer.parseInt < java.util.ArrayList.get < org.selfeval.rules.FundsScoring.score < org.apache.poi.xssf.usermodel.XSSFCell.getCellType | true
            POI on top is a damaged file | org.apache.poi.xssf.usermodel.XSSFCellStyle.getFont < org.selfeval.write.StyleCache.apply | false
            a library POI calls, on top, is a damaged file | java.util.ArrayList.get < org.apache.xmlbeans.impl.store.Xobj.find_element_user < org.apache.poi.xssf.model.StylesTable.getStyleAt < org.selfeval.write.StyleCache.apply | false
            no frames is not called a defect | - | false
            """)
    void isSelfevalDefect_byTheInnermostNonJdkFrame(String meaning, String stack, boolean defect) {
        RuntimeException e = new IllegalStateException("test");
        e.setStackTrace(stack == null ? new StackTraceElement[0] : Arrays.stream(stack.split(" < "))
                .map(f -> new StackTraceElement(f.substring(0, f.lastIndexOf('.')), f.substring(f.lastIndexOf('.') + 1),
                        null, -1))
                .toArray(StackTraceElement[]::new));
        assertEquals(defect, FileProcessor.isSelfevalDefect(e));
    }
}
