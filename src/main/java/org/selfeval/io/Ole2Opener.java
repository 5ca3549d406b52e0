package org.selfeval.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;

/** Opens an OLE2 compound file held in memory: a .xls (BIFF8), WPS .et, or tells why not. */
final class Ole2Opener {
    private Ole2Opener() {
    }

    static Workbook open(byte[] bytes) throws InputRejectedException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw Rejections.corrupt(e);
        }
        return open(fs);
    }

    /** The workbook in an OLE2 file system already parsed (closed when it is refused). */
    static Workbook open(POIFSFileSystem fs) throws InputRejectedException {
        try {
            rejectUnlessBiff8(fs.getRoot());
            return new HSSFWorkbook(fs);
        } catch (InputRejectedException e) {
            closeQuietly(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw Rejections.encrypted(e);
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw Rejections.unsupported("Excel 5.0/95（BIFF5 及更早）");
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw Rejections.corrupt(e);
        }
    }

    private static void rejectUnlessBiff8(DirectoryNode root) throws InputRejectedException {
        // an encrypted .xlsx is an OLE2 file holding EncryptionInfo + EncryptedPackage
        if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry("EncryptionInfo")) {
            throw Rejections.encrypted(null);
        }
        if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK")) {
            return;
        }
        if (root.hasEntry("Book") || root.hasEntry("BOOK")) {
            throw Rejections.unsupported("Excel 5.0/95（BIFF5 及更早）");
        }
        throw Rejections.notAWorkbook("Word、PowerPoint 等其他 Office 文档");
    }

    static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // in-memory file system: nothing to release
        }
    }
}
