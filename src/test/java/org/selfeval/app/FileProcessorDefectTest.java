package org.selfeval.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A failure after opening is selfeval's defect (INTERNAL_ERROR) when the innermost non-JDK frame is ours, and a
 * damaged file (CORRUPT) when it is POI's or a library's.
 */
class FileProcessorDefectTest {
    @Test
    void ourFrameOnTop_isADefect() {
        assertTrue(FileProcessor.isSelfevalDefect(thrownAt(
                frame("org.selfeval.read.SheetGrid", "value"),
                frame("org.selfeval.read.FormLocator", "locate"))));
    }

    @Test
    void jdkMethodCalledByUs_isADefect() {
        // e.g. Integer.parseInt or List.get called by our reader with a bad argument
        assertTrue(FileProcessor.isSelfevalDefect(thrownAt(
                frame("java.lang.Integer", "parseInt"),
                frame("java.util.ArrayList", "get"),
                frame("org.selfeval.rules.FundsScoring", "score"),
                frame("org.apache.poi.xssf.usermodel.XSSFCell", "getCellType"))));
    }

    @Test
    void poiOrItsLibrariesOnTop_isADamagedFile() {
        assertFalse(FileProcessor.isSelfevalDefect(thrownAt(
                frame("org.apache.poi.xssf.usermodel.XSSFCellStyle", "getFont"),
                frame("org.selfeval.write.StyleCache", "apply"))));
        assertFalse(FileProcessor.isSelfevalDefect(thrownAt(
                frame("java.util.ArrayList", "get"),
                frame("org.apache.xmlbeans.impl.store.Xobj", "find_element_user"),
                frame("org.apache.poi.xssf.model.StylesTable", "getStyleAt"),
                frame("org.selfeval.write.StyleCache", "apply"))));
    }

    @Test
    void noFrames_isNotCalledADefect() {
        assertFalse(FileProcessor.isSelfevalDefect(thrownAt()));
    }

    private static StackTraceElement frame(String cls, String method) {
        return new StackTraceElement(cls, method, null, -1);
    }

    private static RuntimeException thrownAt(StackTraceElement... frames) {
        RuntimeException e = new IllegalStateException("test");
        e.setStackTrace(frames);
        return e;
    }
}
