package org.selfeval.io;

import java.io.Closeable;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** A submitted file opened for reading: a workbook (.xlsx, .xls) or a Word document (.docx, .doc). */
public sealed interface Submission extends Closeable {

    /** An .xlsx or .xls workbook. */
    record Spreadsheet(OpenedWorkbook opened) implements Submission {
        @Override
        public void close() throws IOException {
            opened.close();
        }
    }

    /**
     * A Word document. A .doc is read through HWPF and rebuilt in memory as a .docx ({@code fromDoc} true): its
     * paragraphs and tables (texts, merges, column widths), not its fonts or pictures; its scored copy is that
     * .docx.
     */
    record Word(XWPFDocument document, boolean fromDoc) implements Submission {
        @Override
        public void close() throws IOException {
            document.close();
        }
    }
}
