package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens any submission (.xlsx, .xls, .docx, .doc) without ever writing it: the bytes are read once (bounded
 * by {@link Limits#maxFileBytes()}), the format is sniffed from them, never from the extension, and the zip
 * limits apply to Word packages as to workbooks. The extension only picks the wording of a refusal: a file named
 * .doc that is an HTML page is told to be saved as .docx, not as .xlsx.
 */
public final class SubmissionFiles {
    private SubmissionFiles() {
    }

    /**
     * @throws InputRejectedException with the codes of {@link WorkbookFiles#open(Path, Limits)} and a Chinese
     *                                message saying what to do
     */
    public static Submission open(Path file, Limits limits) throws InputRejectedException {
        ZipLimits.apply(limits);
        byte[] bytes = WorkbookFiles.readBounded(file, limits.maxFileBytes());
        InputFormat format = FormatSniffer.sniff(bytes);
        boolean wordName = isWordName(String.valueOf(file.getFileName()));
        if (format == InputFormat.OOXML && WordOpener.isWordPackage(bytes)) {
            return new Submission.Word(WordOpener.openDocx(bytes), false);
        }
        if (format == InputFormat.OLE2) {
            POIFSFileSystem fs;
            try {
                fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException e) {
                throw wordName ? WordRejections.corrupt(e) : Rejections.corrupt(e);
            }
            if (WordOpener.isWordFile(fs)) {
                return new Submission.Word(WordOpener.openDoc(fs), true);
            }
            try {
                return new Submission.Spreadsheet(new OpenedWorkbook(Ole2Opener.open(fs), Map.of()));
            } catch (InputRejectedException e) {
                throw wordName ? WordRejections.reword(e) : e;
            }
        }
        if (wordName && format != InputFormat.OOXML) {
            throw WordRejections.notAWordDocument(format);
        }
        try {
            return new Submission.Spreadsheet(WorkbookFiles.open(bytes, format, String.valueOf(file.getFileName())));
        } catch (InputRejectedException e) {
            throw wordName ? WordRejections.reword(e) : e;
        }
    }

    /** .docx or .doc, by name (only for choosing how a refusal is worded and the scored copy's name). */
    public static boolean isWordName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".docx") || lower.endsWith(".doc");
    }

    /**
     * The file name of the scored copy: the input's name, except that a .doc becomes .docx (POI cannot write
     * .doc tables safely, RULES.md §10).
     */
    public static String scoredName(String inputName) {
        return inputName.toLowerCase(Locale.ROOT).endsWith(".doc") ? inputName + "x" : inputName;
    }
}
