package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Keeps a long sheet out of memory: the rows of an .xlsx worksheet past {@link #KEEP_ROWS} are cut from the XML
 * before POI parses it (POI's usermodel costs about 3 KB of heap per row) and spliced back, byte for byte, into
 * the same sheet of the scored copy when it is saved. Nothing in the pipeline reads or writes those rows: the
 * reader stops at row 5,000 (SheetGrid.ROW_LIMIT) and the writer only touches the form.
 *
 * <p>A sheet is cut only where that is safe to undo: plain {@code <sheetData>} markup, the first row past the
 * limit carrying its {@code r} number, and no shared formula on both sides of the cut. Otherwise it is loaded
 * whole, as before.
 */
final class LongSheets {
    /** Rows 1..KEEP_ROWS (1-based, as in the XML) are loaded; must stay above the reader's row limit. */
    static final int KEEP_ROWS = 10_000;

    /** A sheet smaller than this (uncompressed) cannot hold more than KEEP_ROWS rows: not even looked at. */
    private static final long MIN_CUT_SIZE = 100_000;
    private static final Pattern WORKSHEET_ENTRY = Pattern.compile("xl/worksheets/[^/]+\\.xml");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\sr=\"(\\d+)\"");
    private static final Pattern DIMENSION = Pattern.compile("<dimension\\s+ref=\"[^\"]*\"\\s*/>");
    private static final Pattern ROOT = Pattern.compile("<worksheet\\b[^>]*>");
    private static final Pattern NAMESPACE = Pattern.compile("\\sxmlns:([\\w.-]+)=\"([^\"]*)\"");

    private static final byte[] SHEET_DATA = ascii("<sheetData>");
    private static final byte[] SHEET_DATA_END = ascii("</sheetData>");
    private static final byte[] ROW = ascii("<row");
    private static final byte[] SHARED = ascii("t=\"shared\"");
    private static final byte[] TAG_END = ascii(">");

    /** The rows cut from one worksheet, deflated, with what the splice needs from the original XML. */
    record Tail(byte[] deflatedRows, String dimension, Map<String, String> namespaces) {
    }

    private LongSheets() {
    }

    /** The bytes to open (the original, or a rebuilt zip with cut worksheets) and the rows cut, by part name. */
    record Cut(byte[] zip, Map<String, Tail> tails) {
    }

    /**
     * Cuts every long worksheet of the zip. The zip is read through POI's guarded stream, so the zip-bomb
     * limits of {@link ZipLimits} apply here exactly as when POI opens it.
     */
    static Cut cut(byte[] zip) throws IOException {
        if (!mayHoldLongSheet(zip)) {
            return new Cut(zip, Map.of());
        }
        Map<String, Tail> tails = new LinkedHashMap<>();
        Map<String, byte[]> rewritten = new HashMap<>();
        try (ZipInputStreamZipEntrySource source = new ZipInputStreamZipEntrySource(
                ZipHelper.openZipStream(new ByteArrayInputStream(zip)))) {
            for (ZipArchiveEntry e : Collections.list(source.getEntries())) {
                if (WORKSHEET_ENTRY.matcher(e.getName()).matches()) {
                    byte[] xml;
                    try (InputStream in = source.getInputStream(e)) {
                        xml = in.readAllBytes();
                    }
                    byte[] kept = xml.length < MIN_CUT_SIZE ? xml : cut(e.getName(), xml, tails);
                    if (kept != xml) {
                        rewritten.put(e.getName(), kept);
                    }
                }
            }
            if (rewritten.isEmpty()) {
                return new Cut(zip, Map.of());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream zout = new ZipOutputStream(out)) {
                zout.setLevel(Deflater.BEST_SPEED);
                for (ZipArchiveEntry e : Collections.list(source.getEntries())) {
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    byte[] kept = rewritten.get(e.getName());
                    if (kept != null) {
                        zout.write(kept);
                    } else {
                        try (InputStream in = source.getInputStream(e)) {
                            in.transferTo(zout);
                        }
                    }
                    zout.closeEntry();
                }
            }
            return new Cut(out.toByteArray(), tails);
        }
    }

    /**
     * False when the zip's central directory lists every worksheet with an uncompressed size below
     * {@link #MIN_CUT_SIZE}: then nothing is cut and the zip is not read an extra time. True when some worksheet
     * is that large, or when the directory cannot be read plainly (zip64, anything odd): the full pass decides.
     * The sizes are the file's own claims; a file that understates one is loaded whole, as without this class.
     */
    static boolean mayHoldLongSheet(byte[] zip) {
        int eocd = ZipEnd.find(zip);
        if (eocd < 0) {
            return true;
        }
        int entries = ZipEnd.u16(zip, eocd + 10);
        long dirOffset = ZipEnd.u32(zip, eocd + 16);
        if (entries == 0xFFFF || dirOffset == 0xFFFFFFFFL || dirOffset > eocd) {
            return true; // zip64 or inconsistent
        }
        int p = (int) dirOffset;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > eocd || zip[p] != 'P' || zip[p + 1] != 'K' || zip[p + 2] != 1 || zip[p + 3] != 2) {
                return true;
            }
            long size = ZipEnd.u32(zip, p + 24);
            int nameLength = ZipEnd.u16(zip, p + 28);
            int next = p + 46 + nameLength + ZipEnd.u16(zip, p + 30) + ZipEnd.u16(zip, p + 32);
            if (next > eocd) {
                return true;
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if (WORKSHEET_ENTRY.matcher(name).matches() && (size == 0xFFFFFFFFL || size >= MIN_CUT_SIZE)) {
                return true;
            }
            p = next;
        }
        return false;
    }

    /**
     * The cut rows bound to the sheets of the workbook just opened (by sheet identity: a sheet renamed or moved
     * keeps its rows), for {@link #write}; held by the workbook's {@link OpenedWorkbook}.
     */
    static Map<Sheet, Tail> bind(XSSFWorkbook workbook, Map<String, Tail> tails) {
        Map<Sheet, Tail> bound = new IdentityHashMap<>();
        for (Sheet sheet : workbook) {
            Tail tail = tails.get(((XSSFSheet) sheet).getPackagePart().getPartName().getName());
            if (tail != null) {
                bound.put(sheet, tail);
            }
        }
        return bound;
    }

    private static byte[] cut(String name, byte[] xml, Map<String, Tail> tails) throws IOException {
        int data = indexOf(xml, SHEET_DATA, 0);
        int end = data < 0 ? -1 : indexOf(xml, SHEET_DATA_END, data);
        int from = end < 0 ? -1 : firstRowPast(xml, data, end);
        if (from < 0) {
            return xml;
        }
        if (indexOf(xml, SHARED, from) >= 0 && indexOf(xml, SHARED, data) < from) {
            return xml; // a shared formula could straddle the cut
        }
        // the root element and the dimension lie before the rows: decode only that part
        String head = new String(xml, 0, data, StandardCharsets.UTF_8);
        Matcher dim = DIMENSION.matcher(head);
        Matcher root = ROOT.matcher(head);
        Map<String, String> namespaces = new LinkedHashMap<>();
        if (root.find()) {
            Matcher ns = NAMESPACE.matcher(root.group());
            while (ns.find()) {
                namespaces.put(ns.group(1), ns.group(2));
            }
        }
        tails.put("/" + name, new Tail(deflate(xml, from, end), dim.find() ? dim.group() : null, namespaces));
        byte[] kept = new byte[xml.length - (end - from)];
        System.arraycopy(xml, 0, kept, 0, from);
        System.arraycopy(xml, end, kept, from, xml.length - end);
        return kept;
    }

    /**
     * Start of the first {@code <row} numbered past KEEP_ROWS before {@code stop} (the {@code </sheetData>}), or -1
     * when the sheet may not be cut.
     */
    private static int firstRowPast(byte[] xml, int data, int stop) {
        for (int i = indexOf(xml, ROW, data); i >= 0 && i < stop; i = indexOf(xml, ROW, i + 4)) {
            byte next = xml[i + 4]; // i < stop: the </sheetData> still follows
            if (next != ' ' && next != '>' && next != '/' && next != '\t' && next != '\r' && next != '\n') {
                continue;
            }
            int close = indexOf(xml, TAG_END, i);
            String tag = new String(xml, i, (close < 0 ? xml.length : close) - i, StandardCharsets.UTF_8);
            Matcher r = ROW_NUMBER.matcher(tag);
            if (!r.find()) {
                return -1; // unnumbered rows: never cut
            }
            if (Long.parseLong(r.group(1)) > KEEP_ROWS) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes the workbook to {@code out}: POI's output, with the cut rows put back into every sheet that is
     * still in the workbook. {@code scratch} is a temporary file in the target's folder.
     */
    static void write(Workbook workbook, Map<Sheet, Tail> cutRows, OutputStream out, Path scratch)
            throws IOException {
        try (OutputStream s = Files.newOutputStream(scratch)) {
            workbook.write(s);
        }
        Map<String, Tail> byPart = new HashMap<>();
        for (Sheet sheet : workbook) {
            Tail tail = cutRows.get(sheet);
            if (tail != null) {
                byPart.put(((XSSFSheet) sheet).getPackagePart().getPartName().getName().substring(1), tail);
            }
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(scratch));
             ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                Tail tail = byPart.get(e.getName());
                if (tail == null) {
                    in.transferTo(zout);
                } else {
                    splice(new String(in.readAllBytes(), StandardCharsets.UTF_8), tail, zout);
                }
                zout.closeEntry();
            }
        }
    }

    private static void splice(String xml, Tail tail, OutputStream out) throws IOException {
        String head;
        String rest;
        int end = xml.indexOf("</sheetData>");
        if (end >= 0) {
            head = xml.substring(0, end);
            rest = xml.substring(end);
        } else {
            int empty = xml.indexOf("<sheetData/>");
            if (empty < 0) {
                throw new IOException("scored sheet has no sheetData");
            }
            head = xml.substring(0, empty) + "<sheetData>";
            rest = "</sheetData>" + xml.substring(empty + "<sheetData/>".length());
        }
        // POI writes the used range of the rows it saw; the original's (or none) is right for all of them
        head = DIMENSION.matcher(head).replaceFirst(
                tail.dimension() == null ? "" : Matcher.quoteReplacement(tail.dimension()));
        head = declarePrefixes(head, tail);
        out.write(head.getBytes(StandardCharsets.UTF_8));
        try (InputStream rows = new InflaterInputStream(new ByteArrayInputStream(tail.deflatedRows()))) {
            rows.transferTo(out);
        }
        out.write(rest.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds to the root element the original declaration of every prefix the cut rows may use. */
    private static String declarePrefixes(String head, Tail tail) throws IOException {
        Matcher root = ROOT.matcher(head);
        if (!root.find()) {
            throw new IOException("scored sheet has no worksheet element");
        }
        String tag = root.group();
        StringBuilder extra = new StringBuilder();
        for (var ns : tail.namespaces().entrySet()) {
            if (!tag.contains("xmlns:" + ns.getKey() + "=")) {
                extra.append(" xmlns:").append(ns.getKey()).append("=\"").append(ns.getValue()).append('"');
            }
        }
        if (extra.length() == 0) {
            return head;
        }
        String newTag = tag.substring(0, tag.length() - 1) + extra + ">";
        return head.substring(0, root.start()) + newTag + head.substring(root.end());
    }

    private static byte[] deflate(byte[] xml, int from, int to) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(xml, from, to - from);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** First index of {@code what} in {@code in} at or after {@code from}, or -1. */
    static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
