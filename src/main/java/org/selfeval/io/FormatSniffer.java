package org.selfeval.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Tells the format from the bytes, never from the extension: POI's {@link FileMagic} first, then a second
 * look at the first KB as text, because FileMagic only sees HTML at the very start and misses a BOM, leading
 * whitespace, a bare {@code <table>}, SpreadsheetML and MHT.
 */
final class FormatSniffer {
    private static final int TEXT_WINDOW = 1024;

    private FormatSniffer() {
    }

    static InputFormat sniff(byte[] bytes) {
        if (bytes.length == 0) {
            return InputFormat.EMPTY;
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        switch (magic) {
            case OLE2:
                return InputFormat.OLE2;
            case OOXML:
                return isOpenDocumentSpreadsheet(bytes) ? InputFormat.ODS : InputFormat.OOXML;
            case BIFF2:
            case BIFF3:
            case BIFF4:
                return InputFormat.OLD_EXCEL;
            case PDF:
                return InputFormat.PDF;
            case JPEG:
            case GIF:
            case PNG:
            case TIFF:
            case WMF:
            case EMF:
            case BMP:
                return InputFormat.IMAGE;
            case MSWRITE:
            case RTF:
            case WORD2:
                return InputFormat.OTHER_DOCUMENT;
            default:
                return sniffText(bytes);
        }
    }

    /**
     * OpenDocument puts an uncompressed entry named {@code mimetype} first in the zip (ODF 1.2 §3.3): its name
     * starts at byte 30 of the local header and its content follows the name.
     */
    private static boolean isOpenDocumentSpreadsheet(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.ISO_8859_1);
        return head.startsWith("mimetype", 30)
                && head.contains("application/vnd.oasis.opendocument.spreadsheet");
    }

    /** The second look: the first KB decoded as text, BOM and leading whitespace ignored. */
    private static InputFormat sniffText(byte[] bytes) {
        String head = headAsText(bytes).strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") && head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return InputFormat.EXCEL_2003_XML;
        }
        if (head.contains("mime-version")) {
            return InputFormat.MHT;
        }
        if (head.startsWith("<!doctype") || head.contains("<html") || head.contains("<table")
                || head.contains("<meta")) {
            return InputFormat.HTML;
        }
        // SpreadsheetML whose namespace sits beyond the window still announces its progid early
        if (head.startsWith("<?xml") && head.contains("progid=\"excel.sheet\"")) {
            return InputFormat.EXCEL_2003_XML;
        }
        // SpreadsheetML written without the XML declaration
        if (head.startsWith("<workbook") && head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return InputFormat.EXCEL_2003_XML;
        }
        return InputFormat.UNKNOWN;
    }

    private static String headAsText(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, TEXT_WINDOW));
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        // UTF-8 and the GBK / ASCII-compatible encodings agree on the markup we look for
        return new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    }
}
