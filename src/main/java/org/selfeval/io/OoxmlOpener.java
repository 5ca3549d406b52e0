package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCComplianceFlags;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a zip package held in memory as an .xlsx.
 *
 * <p>WPS writes {@code docProps/core.xml} that breaks OPC rules M4.2–M4.5 (a {@code dcterms:} refinement,
 * {@code xml:lang}, a missing {@code xsi:type}); POI's default unmarshaller refuses the whole file for it. The
 * document properties do not matter to a form, so the package is opened with those checks off
 * ({@link OPCComplianceFlags#disableAll()}); POI writes a compliant core.xml back on save.
 *
 * <p>A {@code docProps/core.xml} that is damaged beyond that (not XML, a date POI cannot parse) never fails a
 * readable workbook: POI either refuses to open it or opens it and cannot save it, so the package is read again
 * without that part, and the log says so. The scored copy gets fresh document properties.
 */
final class OoxmlOpener {
    private static final Logger LOG = LoggerFactory.getLogger(OoxmlOpener.class);
    /** Where Excel, WPS and LibreOffice all put the core document properties. */
    static final String CORE_PROPERTIES = "docProps/core.xml";

    private OoxmlOpener() {
    }

    /** @param name the file's name, for the log */
    static OpenedWorkbook open(byte[] bytes, String name) throws InputRejectedException {
        if (ZipEnd.find(bytes) < 0) {
            // POI reads the zip entry by entry from the front: a file cut short after its last sheet would
            // still open, silently missing whatever came after the cut
            throw Rejections.corrupt(null);
        }
        try {
            return openPackage(bytes);
        } catch (InputRejectedException e) {
            if (!e.code().equals(Rejections.CORRUPT)) {
                throw e;
            }
            byte[] withoutProperties = without(bytes, CORE_PROPERTIES);
            if (withoutProperties == null) {
                throw e;
            }
            try {
                OpenedWorkbook workbook = openPackage(withoutProperties);
                LOG.warn("{}: document properties ({}) damaged, read without them", name, CORE_PROPERTIES);
                return workbook;
            } catch (InputRejectedException again) {
                throw e;
            }
        }
    }

    private static OpenedWorkbook openPackage(byte[] bytes) throws InputRejectedException {
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
            for (PackagePart part : pkg.getPartsByContentType(ContentTypes.CORE_PROPERTIES_PART)) {
                if (!(part instanceof PackagePropertiesPart)) {
                    // POI could not parse it and kept it raw: it opens but cannot be saved
                    throw Rejections.corrupt(null);
                }
            }
            dropDanglingPropertiesRelationship(pkg);
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            return new OpenedWorkbook(workbook, LongSheets.bind(workbook, cut.tails()));
        } catch (InputRejectedException e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw classify(e);
        }
    }

    /**
     * Removes a core-properties relationship whose part is missing (the package read again without it): POI
     * would otherwise write a second one beside it on save, and the copy would not open.
     */
    private static void dropDanglingPropertiesRelationship(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship rel : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_PROPERTIES)) {
            if (rel.getTargetMode() == TargetMode.INTERNAL
                    && pkg.getPart(PackagingURIHelper.createPartName(rel.getTargetURI())) == null) {
                pkg.removeRelationship(rel.getId());
            }
        }
    }

    /**
     * The zip without the entry {@code name}, read through POI's guarded stream (the zip-bomb limits apply);
     * null when there is no such entry or the zip cannot be read.
     */
    private static byte[] without(byte[] zip, String name) {
        try (ZipInputStreamZipEntrySource source = new ZipInputStreamZipEntrySource(
                ZipHelper.openZipStream(new ByteArrayInputStream(zip)))) {
            if (source.getEntry(name) == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
            try (ZipOutputStream zout = new ZipOutputStream(out)) {
                zout.setLevel(Deflater.BEST_SPEED);
                for (ZipArchiveEntry e : Collections.list(source.getEntries())) {
                    if (e.getName().equals(name)) {
                        continue;
                    }
                    zout.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream in = source.getInputStream(e)) {
                        in.transferTo(zout);
                    }
                    zout.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
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

    static InputRejectedException classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return Rejections.encrypted(e);
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // POI's buffer of a zip entry whose declared size is over the cap refuses it as a "record" too long
            if (m.contains("zip bomb") || m.contains("max_entry_size") || m.contains("max file count")
                    || m.contains("max_file_count")
                    || t instanceof RecordFormatException && m.contains("maximum length")) {
                return Rejections.inflatesTooMuch(e);
            }
            if (m.contains("strict ooxml")) {
                return Rejections.unsupported("Strict Open XML 电子表格（Strict OOXML）");
            }
        }
        return Rejections.corrupt(e);
    }
}
