package org.selfeval.hostile;

import static org.selfeval.io.Fixtures.concat;
import static org.selfeval.io.Fixtures.encryptedXlsx;
import static org.selfeval.io.Fixtures.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.selfeval.io.Zips;
import org.selfeval.template.FormSpec;
import org.selfeval.template.FormSpecs;
import org.selfeval.template.FormWorkbookBuilder;
import org.selfeval.template.Layout;
import org.selfeval.template.TemplateGenerator;
import org.selfeval.template.WordSampleGenerator;
import org.selfeval.template.WorkbookFormat;

/**
 * Hostile and broken inputs made by code (documented in docs/reliability.md): every kind of file a clerk or an
 * attacker may submit as a 自评表, each with the outcomes it may have, plus bit-flipped and truncated copies of
 * every workbook in {@code samples/} (fixed seeds, so every run sees the same bytes).
 */
final class HostileCorpus {
    /** The outcome of a file that was read and scored (not a failure code). */
    static final String SCORED = "SCORED";
    static final String NO_FORM = "NO_FORM";

    /**
     * One input.
     *
     * @param name     the file name to write it under (the extension a clerk would give it)
     * @param bytes    the content
     * @param expected the outcomes allowed: failure codes and/or {@link #SCORED}; empty = any coded outcome
     */
    record Case(String name, byte[] bytes, Set<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCorpus() {
    }

    /** The hand-made cases and the damaged samples. */
    static List<Case> all(Path samples) {
        List<Case> cases = new ArrayList<>(handmade());
        cases.addAll(damagedSamples(samples));
        return cases;
    }

    /** One case per kind of hostile or broken file. */
    static List<Case> handmade() {
        List<Case> c = new ArrayList<>();
        byte[] xlsx = seedForm(WorkbookFormat.XLSX);
        byte[] xls = seedForm(WorkbookFormat.XLS);
        c.add(new Case("good-seed.xlsx", xlsx, Set.of(SCORED)));
        c.add(new Case("good-seed.xls", xls, Set.of(SCORED)));
        c.add(new Case("empty.xlsx", new byte[0], Set.of("NOT_A_WORKBOOK")));
        c.add(new Case("text.xls", utf8("项目名称\t困难职工送温暖\n主管部门\t霍邱县总工会\n"), Set.of("NOT_A_WORKBOOK")));
        c.add(new Case("csv-gbk.xls", "项目名称,困难职工送温暖\r\n".getBytes(java.nio.charset.Charset.forName("GBK")),
                Set.of("NOT_A_WORKBOOK")));
        c.add(new Case("html.xls", utf8(HTML), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("html-bom.xls", concat(BOM, utf8("\r\n  " + HTML)), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("html-table-only.xls", utf8("<table><tr><td>项目名称</td></tr></table>"),
                Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("excel2003.xml.xls", utf8(EXCEL_2003_XML), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("excel2003-utf16.xls", utf16le(EXCEL_2003_XML), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("page.mht.xls", utf8(MHT), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("calc.ods.xlsx", ods(), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("binary.xlsb.xlsx", xlsb(), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("strict.xlsx", strict(xlsx), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("biff5.xls", biff5(), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("biff4.xls", biff4(), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("pdf.xlsx", utf8("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), Set.of("NOT_A_WORKBOOK")));
        // an OLE2 file with a WordDocument stream is a Word submission whatever its name: this one is damaged
        c.add(new Case("word.xls", ole2Word(), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("encrypted-agile.xlsx", encryptedXlsx(xlsx, "绩效2023"), Set.of("ENCRYPTED")));
        c.add(new Case("encrypted-rc4.xls", encryptedXls(), Set.of("ENCRYPTED")));
        c.add(new Case("truncated-half.xlsx", Mutations.truncate(xlsx, 0.5), Set.of("CORRUPT")));
        c.add(new Case("truncated-header.xlsx", Mutations.truncate(xlsx, 100), Set.of("CORRUPT")));
        c.add(new Case("truncated-half.xls", Mutations.truncate(xls, 0.5), Set.of("CORRUPT")));
        c.add(new Case("truncated-700.xls", Mutations.truncate(xls, 700), Set.of("CORRUPT")));
        c.add(new Case("zip-bomb.xlsx", zipBomb(xlsx), Set.of("TOO_LARGE")));
        c.add(new Case("billion-laughs.xlsx", billionLaughs(xlsx), Set.of("CORRUPT")));
        c.add(new Case("entries-1500.xlsx", manyEntries(xlsx, 1500), Set.of(SCORED)));
        c.add(new Case("entries-2500.xlsx", manyEntries(xlsx, 2500), Set.of("TOO_LARGE")));
        c.add(new Case("no-form.xlsx", noForm(WorkbookFormat.XLSX), Set.of(NO_FORM)));
        c.add(new Case("no-form.xls", noForm(WorkbookFormat.XLS), Set.of(NO_FORM)));
        c.add(new Case("blank-form.xlsx", blankForm(WorkbookFormat.XLSX), Set.of(SCORED, NO_FORM)));
        c.add(new Case("blank-form.xls", blankForm(WorkbookFormat.XLS), Set.of(SCORED, NO_FORM)));
        c.add(new Case("injection.xlsx", injected(WorkbookFormat.XLSX), Set.of(SCORED)));
        c.add(new Case("injection.xls", injected(WorkbookFormat.XLS), Set.of(SCORED)));
        c.addAll(word());
        return c;
    }

    /** Word submissions (RULES.md §10): the seed document, then every way a Word file is hostile or broken. */
    static List<Case> word() {
        byte[] docx = seedDocument();
        List<Case> c = new ArrayList<>();
        c.add(new Case("good-seed.docx", docx, Set.of(SCORED)));
        c.add(new Case("encrypted.docx", encryptedXlsx(docx, "绩效2023"), Set.of("ENCRYPTED")));
        c.add(new Case("zip-bomb.docx", zipBomb(docx), Set.of("TOO_LARGE")));
        c.add(new Case("xxe.docx", xxeDocument(docx), Set.of("CORRUPT")));
        c.add(new Case("truncated-half.docx", Mutations.truncate(docx, 0.5), Set.of("CORRUPT")));
        c.add(new Case("truncated-header.docx", Mutations.truncate(docx, 100), Set.of("CORRUPT")));
        c.add(new Case("html.doc", utf8(HTML), Set.of("UNSUPPORTED_FORMAT")));
        c.add(new Case("empty.docx", new byte[0], Set.of("NOT_A_WORKBOOK")));
        c.add(new Case("no-table.docx", noTable(), Set.of(NO_FORM)));
        return c;
    }

    /** For every workbook in {@code samples}: bit flips, byte runs, zip-entry damage and truncations. */
    static List<Case> damagedSamples(Path samples) {
        List<Case> c = new ArrayList<>();
        for (Path sample : sampleFiles(samples)) {
            byte[] bytes = read(sample);
            String name = sample.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = name.substring(0, dot);
            String ext = name.substring(dot);
            long seed = Arrays.hashCode(name.getBytes(StandardCharsets.UTF_8));
            c.add(new Case(base + "-flip1" + ext, Mutations.flipBits(bytes, seed, 1), Set.of()));
            c.add(new Case(base + "-flip8" + ext, Mutations.flipBits(bytes, seed + 1, 8), Set.of()));
            c.add(new Case(base + "-run" + ext, Mutations.byteRun(bytes, seed + 2, 64), Set.of()));
            c.add(new Case(base + "-entry" + ext, Mutations.corruptZipEntry(bytes, seed + 3), Set.of()));
            c.add(new Case(base + "-cut10" + ext, Mutations.truncate(bytes, 0.10), Set.of("CORRUPT")));
            c.add(new Case(base + "-cut90" + ext, Mutations.truncate(bytes, 0.90), Set.of("CORRUPT")));
            // an .xls one byte short may still hold every record (the last sector is padding); a zip never
            c.add(new Case(base + "-cut-1" + ext, Mutations.truncate(bytes, bytes.length - 1),
                    ext.equals(".xlsx") ? Set.of("CORRUPT") : Set.of()));
        }
        return c;
    }

    /** The .xls and .xlsx files directly in {@code dir}, sorted by name. */
    static List<Path> sampleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xls") || p.toString().endsWith(".xlsx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the workbooks -------------------------------------------------------------------------------------

    /** The seed form (霍邱 困难职工送温暖), official layout. */
    static byte[] seedForm(WorkbookFormat format) {
        return form(format, FormSpecs.seed());
    }

    static byte[] form(WorkbookFormat format, FormSpec spec) {
        try (Workbook wb = format.newWorkbook()) {
            new FormWorkbookBuilder(wb).render("自评表", spec, Layout.OFFICIAL);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] blankForm(WorkbookFormat format) {
        return form(format, TemplateGenerator.blankForm());
    }

    /** A workbook with a sheet of unrelated data. */
    static byte[] noForm(WorkbookFormat format) {
        try (Workbook wb = format.newWorkbook()) {
            Sheet sheet = wb.createSheet("通讯录");
            for (int r = 0; r < 30; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("联系人" + r);
                row.createCell(1).setCellValue(13800000000.0 + r);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts a spreadsheet would take for formulas or commands, put into the seed form's text cells. */
    static final String PROJECT = "=HYPERLINK(\"http://127.0.0.1:9/x\",\"困难职工送温暖\")";
    static final String INDICATOR = "+困难职工人数-1";
    static final String DEVIATION = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String UNIT = "-2+3 霍邱县总工会";

    /** The seed form with {@link #PROJECT}, {@link #INDICATOR}, {@link #DEVIATION} and {@link #UNIT} as text. */
    static byte[] injected(WorkbookFormat format) {
        FormSpec seed = FormSpecs.seed();
        try (Workbook wb = format.newWorkbook()) {
            new FormWorkbookBuilder(wb).render("自评表", seed, Layout.OFFICIAL);
            Sheet sheet = wb.getSheet("自评表");
            int project = replaceText(sheet, seed.project(), PROJECT);
            int indicator = replaceText(sheet, "困难职工人数", INDICATOR);
            int unit = replaceText(sheet, seed.unit(), UNIT);
            int deviation = replaceFirstOnRowOf(sheet, INDICATOR, "无", DEVIATION);
            if (project == 0 || indicator == 0 || unit == 0 || deviation == 0) {
                throw new IllegalStateException("seed form texts not found");
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int replaceText(Sheet sheet, String from, String to) {
        int n = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(from)) {
                    cell.setCellValue(to);
                    n++;
                }
            }
        }
        return n;
    }

    private static int replaceFirstOnRowOf(Sheet sheet, String rowMarker, String from, String to) {
        for (Row row : sheet) {
            boolean marked = false;
            for (Cell cell : row) {
                marked |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(rowMarker);
            }
            if (marked) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(from)) {
                        cell.setCellValue(to);
                        return 1;
                    }
                }
            }
        }
        return 0;
    }

    /** The seed .xls written with an open password (BIFF8 RC4 CryptoAPI, POI's HSSF encryption). */
    static byte[] encryptedXls() {
        Biff8EncryptionKey.setCurrentUserPassword("绩效2023");
        try {
            return seedForm(WorkbookFormat.XLS);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** An OLE2 file holding a {@code Book} stream: Excel 5.0/95. */
    static byte[] biff5() {
        return ole2("Book", new byte[]{0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00});
    }

    static byte[] ole2Word() {
        return ole2("WordDocument", new byte[600]);
    }

    private static byte[] ole2(String stream, byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            byte[] data = Arrays.copyOf(content, Math.max(content.length, 4200));
            fs.createDocument(new ByteArrayInputStream(data), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bare Excel 4.0 worksheet: BOF record of BIFF4. */
    static byte[] biff4() {
        byte[] b = new byte[512];
        byte[] bof = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00};
        System.arraycopy(bof, 0, b, 0, bof.length);
        return b;
    }

    /** An OpenDocument spreadsheet: uncompressed mimetype first, then a content.xml. */
    static byte[] ods() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            Zips.putStored(zout, "mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"));
            zout.putNextEntry(new ZipEntry("content.xml"));
            zout.write(utf8("<?xml version=\"1.0\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
            zout.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An Excel binary workbook package: OPC with a BIFF12 main part. */
    static byte[] xlsb() {
        String bin = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
        return Zips.zip(Map.of(
                "[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"" + bin + "\"/></Types>"),
                "_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>"),
                "xl/workbook.bin", new byte[]{(byte) 0x83, 0x01, 0x00, (byte) 0x80, 0x01, 0x00}));
    }

    /** The .xlsx saved as "Strict Open XML": transitional namespaces swapped for the ISO strict ones. */
    static byte[] strict(byte[] xlsx) {
        return Zips.rewriteText(xlsx, (name, text) -> text
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships"));
    }

    /** The .xlsx plus one 200 MB entry of zeros (about 200 KB compressed: inflate ratio under 1/1000). */
    static byte[] zipBomb(byte[] xlsx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            zout.setLevel(Deflater.BEST_COMPRESSION);
            for (var e : Zips.entries(xlsx).entrySet()) {
                zout.putNextEntry(new ZipEntry(e.getKey()));
                zout.write(e.getValue());
                zout.closeEntry();
            }
            zout.putNextEntry(new ZipEntry("xl/media/bomb.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zout.write(zeros);
            }
            zout.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The .xlsx whose first sheet declares nested entities: a billion "lol"s if a parser expanded them. */
    static byte[] billionLaughs(byte[] xlsx) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + dtd
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称&lol9;</t></is></c></row>"
                + "</sheetData></worksheet>";
        return Zips.replaceEntry(xlsx, "xl/worksheets/sheet1.xml", sheet);
    }

    /** The .xlsx plus {@code extra} small unreferenced xml parts. */
    static byte[] manyEntries(byte[] xlsx, int extra) {
        Map<String, byte[]> entries = Zips.entries(xlsx);
        for (int i = 0; i < extra; i++) {
            entries.put("customXml/extra" + i + ".xml", utf8("<?xml version=\"1.0\"?><x>" + i + "</x>"));
        }
        return Zips.zip(entries);
    }

    // ---- the Word documents ---------------------------------------------------------------------------------

    /** The seed as a Word document: 项目清单, the form as a table, the report. */
    static byte[] seedDocument() {
        try (XWPFDocument doc = WordSampleGenerator.draw(WordSampleGenerator.SAMPLES.get(0))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document of paragraphs only: a report with no form. */
    static byte[] noTable() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("困难职工帮扶送温暖项目绩效评价报告");
            doc.createParagraph().createRun().setText("综合评价得分100分，评价等级优。");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with an external entity declared in word/document.xml (XXE): never resolved, never fetched. */
    static byte[] xxeDocument(byte[] docx) {
        return Zips.rewriteText(docx, (name, text) -> !name.equals("word/document.xml") ? text
                : text.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replaceFirst("<w:t>", "<w:t>&xxe;"));
    }

    // ---- bytes ----------------------------------------------------------------------------------------------

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final String HTML = "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "<table><tr><td>项目名称</td><td>困难职工送温暖</td></tr></table></body></html>";
    static final String EXCEL_2003_XML = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
            + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
            + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"自评表\"><Table><Row>"
            + "<Cell><Data ss:Type=\"String\">项目名称</Data></Cell></Row></Table></Worksheet></Workbook>";
    static final String MHT = "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\n"
            + "Content-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n------=_NextPart_01D9\r\n"
            + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n" + HTML + "\r\n------=_NextPart_01D9--\r\n";

    static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf16le(String s) {
        return concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
    }
}
