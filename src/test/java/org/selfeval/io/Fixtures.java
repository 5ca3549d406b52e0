package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small input files built in memory for the io and hostile-input tests. */
public final class Fixtures {
    private Fixtures() {
    }

    static byte[] xlsx() throws IOException {
        return bytesOf(new XSSFWorkbook());
    }

    static byte[] xls() throws IOException {
        return bytesOf(new HSSFWorkbook());
    }

    /** A one-sheet workbook with 项目名称 in A1. */
    static byte[] bytesOf(Workbook wb) throws IOException {
        try (wb) {
            wb.createSheet("自评表").createRow(0).createCell(0).setCellValue("项目名称");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** {@link #xlsx()} encrypted with a password. */
    static byte[] encryptedXlsx() throws IOException {
        return encryptedXlsx(xlsx(), "secret");
    }

    /** The .xlsx encrypted with an open password, agile mode, as Excel 2010+ does it. */
    public static byte[] encryptedXlsx(byte[] plain, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 file that is not a workbook (a Word-like stream only). */
    static byte[] ole2WithoutWorkbook() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The .xlsx with its docProps/core.xml replaced, as WPS writes it. */
    static byte[] xlsxWithCoreXml(String coreXml) throws IOException {
        return Zips.replaceEntry(xlsx(), "docProps/core.xml", coreXml);
    }

    static String wpsCoreXml(String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>WPS</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-05T08:00:00Z</dcterms:created>"
                + extra
                + "</cp:coreProperties>";
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
