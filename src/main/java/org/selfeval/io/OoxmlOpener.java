package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCComplianceFlags;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a zip package held in memory as an .xlsx.
 *
 * <p>WPS writes {@code docProps/core.xml} that breaks OPC rules M4.2–M4.5 (a {@code dcterms:} refinement,
 * {@code xml:lang}, a missing {@code xsi:type}); POI's default unmarshaller refuses the whole file for it. The
 * document properties do not matter to a form, so the package is opened with those checks off
 * ({@link OPCComplianceFlags#disableAll()}); POI writes a compliant core.xml back on save.
 */
final class OoxmlOpener {
    private OoxmlOpener() {
    }

    static Workbook open(byte[] bytes) throws InputRejectedException {
        if (ZipEnd.find(bytes) < 0) {
            // POI reads the zip entry by entry from the front: a file cut short after its last sheet would
            // still open, silently missing whatever came after the cut
            throw Rejections.corrupt(null);
        }
        OPCPackage pkg;
        LongSheets.Cut cut;
        try {
            cut = LongSheets.cut(bytes);
            pkg = OPCPackage.open(new ByteArrayInputStream(cut.zip()), OPCComplianceFlags.disableAll());
        } catch (Exception e) {
            throw classify(e);
        }
        try {
            checkIsSpreadsheet(pkg);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            LongSheets.register(workbook, cut.tails());
            return workbook;
        } catch (InputRejectedException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw classify(e);
        }
    }

    private static void checkIsSpreadsheet(OPCPackage pkg) throws InputRejectedException {
        if (pkg.isStrictOoxmlFormat()) {
            throw Rejections.unsupported("Strict Open XML 电子表格（Strict OOXML）");
        }
        List<PackagePart> main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw Rejections.corrupt(null);
        }
        String type = main.get(0).getContentType().toLowerCase(Locale.ROOT);
        if (type.contains("binary")) {
            throw Rejections.unsupported("Excel 二进制工作簿（.xlsb）");
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw Rejections.notAWorkbook("Word、PowerPoint 等其他 Office 文档");
        }
    }

    private static InputRejectedException classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return Rejections.encrypted(e);
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max_entry_size") || m.contains("max file count")
                    || m.contains("max_file_count")) {
                return Rejections.inflatesTooMuch(e);
            }
            if (m.contains("strict ooxml")) {
                return Rejections.unsupported("Strict Open XML 电子表格（Strict OOXML）");
            }
        }
        return Rejections.corrupt(e);
    }
}
