package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.openxml4j.opc.OPCComplianceFlags;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Opens a Word document held in memory: a .docx as it is, a .doc through HWPF rebuilt as a .docx. */
final class WordOpener {
    /** The part name every Word package has (names are stored uncompressed in the zip's headers). */
    private static final byte[] DOCUMENT_PART = "word/".getBytes(StandardCharsets.US_ASCII);

    private WordOpener() {
    }

    /** Whether a zip package names Word parts (word/…): then it is opened as a .docx, not a workbook. */
    static boolean isWordPackage(byte[] bytes) {
        outer:
        for (int i = 0; i + DOCUMENT_PART.length <= bytes.length; i++) {
            for (int j = 0; j < DOCUMENT_PART.length; j++) {
                if (bytes[i + j] != DOCUMENT_PART[j]) {
                    continue outer;
                }
            }
            // a local file header's name starts 30 bytes after its signature PK\3\4
            if (i >= 30 && bytes[i - 30] == 'P' && bytes[i - 29] == 'K' && bytes[i - 28] == 3 && bytes[i - 27] == 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether an OLE2 file is a Word 97-2003 document (it has a WordDocument stream). */
    static boolean isWordFile(POIFSFileSystem fs) {
        return fs.getRoot().hasEntry("WordDocument");
    }

    static XWPFDocument openDocx(byte[] bytes) throws InputRejectedException {
        if (ZipEnd.find(bytes) < 0) {
            throw WordRejections.corrupt(null);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes), OPCComplianceFlags.disableAll());
        } catch (Exception e) {
            throw WordRejections.reword(OoxmlOpener.classify(e));
        }
        try {
            List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.isEmpty()) {
                throw WordRejections.corrupt(null);
            }
            String type = main.get(0).getContentType().toLowerCase(Locale.ROOT);
            if (!type.contains("wordprocessingml")) {
                throw WordRejections.unsupported("Office 文档（不是 Word 文档或 Excel 工作簿）");
            }
            return new XWPFDocument(pkg);
        } catch (InputRejectedException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw WordRejections.reword(OoxmlOpener.classify(e));
        }
    }

    /** Word 6.0 and 95 write nFib 101 to 105 at offset 2 of the WordDocument stream (Word 97 and later: 193+). */
    private static boolean isWord6Or95(POIFSFileSystem fs) {
        try (var in = fs.getRoot().createDocumentInputStream("WordDocument")) {
            byte[] head = in.readNBytes(4);
            int nFib = head.length < 4 ? 0 : (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
            return nFib >= 101 && nFib <= 105;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** A .doc read through HWPF and rebuilt as a .docx ({@link DocConverter}). */
    static XWPFDocument openDoc(POIFSFileSystem fs) throws InputRejectedException {
        try {
            HWPFDocument doc = new HWPFDocument(fs);
            return DocConverter.toDocx(doc);
        } catch (EncryptedDocumentException e) {
            throw WordRejections.encrypted(e);
        } catch (OldWordFileFormatException e) {
            // HWPF says "old" for any file information block below Word 97's, a zeroed one included
            throw isWord6Or95(fs) ? WordRejections.unsupported("Word 6.0/95 旧版文档") : WordRejections.docUnreadable(e);
        } catch (Exception e) {
            throw WordRejections.docUnreadable(e);
        } finally {
            Ole2Opener.closeQuietly(fs);
        }
    }
}
