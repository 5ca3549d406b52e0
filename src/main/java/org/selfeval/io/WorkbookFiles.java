package org.selfeval.io;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;

/** STUB — replaced by the io work: sniff the format, open without ever writing the input, save atomically. */
public final class WorkbookFiles {
    private WorkbookFiles() {
    }

    /** Opens the file for reading; the in-memory workbook may be changed and saved elsewhere; the file is never written. */
    public static Workbook open(Path file) throws InputRejectedException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes the workbook to a temporary file beside target, then moves it into place. */
    public static void saveAtomically(Workbook workbook, Path target) throws java.io.IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
