package org.selfeval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Opening a submitted workbook without ever writing it, and saving a workbook atomically.
 *
 * <p>The input is read once into memory (bounded by {@link Limits#maxFileBytes()}) and the workbook is built
 * from those bytes: {@code WorkbookFactory.create(File)} would open an .xlsx read-write and rewrite the
 * original on close. The format comes from the bytes ({@link FormatSniffer}), never the extension.
 */
public final class WorkbookFiles {
    static {
        PrivateTempFiles.install(); // POI may buffer a large zip entry in a temporary file
    }

    private WorkbookFiles() {
    }

    /** {@link #open(Path, Limits)} with {@link Limits#defaults()}. */
    public static OpenedWorkbook open(Path file) throws InputRejectedException {
        return open(file, Limits.defaults());
    }

    /**
     * Opens the file for reading. The whole file is loaded into memory; the returned workbook may be changed
     * and saved elsewhere through {@link OpenedWorkbook#saveAtomically}, the file itself is never written. The
     * caller closes the handle.
     *
     * @throws InputRejectedException with code NOT_A_WORKBOOK, UNSUPPORTED_FORMAT, ENCRYPTED, CORRUPT,
     *                                TOO_LARGE or IO_ERROR and a Chinese message saying what to do
     */
    public static OpenedWorkbook open(Path file, Limits limits) throws InputRejectedException {
        ZipLimits.apply(limits);
        byte[] bytes = readBounded(file, limits.maxFileBytes());
        return open(bytes, FormatSniffer.sniff(bytes), String.valueOf(file.getFileName()));
    }

    /** The workbook in {@code bytes} (of the file named {@code name}), whose format was sniffed as {@code format}. */
    static OpenedWorkbook open(byte[] bytes, InputFormat format, String name) throws InputRejectedException {
        switch (format) {
            case OLE2:
                return new OpenedWorkbook(Ole2Opener.open(bytes), Map.of());
            case OOXML:
                return OoxmlOpener.open(bytes, name);
            case EMPTY:
                throw Rejections.empty();
            default:
                if (format.isConvertibleSpreadsheet()) {
                    throw Rejections.unsupported(format.label());
                }
                throw Rejections.notAWorkbook(format);
        }
    }

    /**
     * Writes the workbook to a temporary file in the target's folder (created if missing), then moves it
     * onto the target, atomically where the file system can. On any failure the temporary file is deleted,
     * so no partial file ever appears under the target's name and an existing target stays as it was. For a
     * workbook built in memory; one opened from a file is saved through its {@link OpenedWorkbook}.
     *
     * @throws IOException for every failure to write (a full disk, a lost share), also when POI wraps it
     */
    public static void saveAtomically(Workbook workbook, Path target) throws IOException {
        AtomicFiles.write(target, workbook::write);
    }

    static byte[] readBounded(Path file, long cap) throws InputRejectedException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw Rejections.folder(name);
        }
        try {
            long size = Files.size(file);
            if (size > cap) {
                throw Rejections.tooLarge(size, cap);
            }
            int bound = (int) Math.min(cap, Integer.MAX_VALUE - 16);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(bound);
                // the file may have grown since it was measured
                if (bytes.length == bound && in.read() != -1) {
                    throw Rejections.tooLarge(Math.max(size, (long) bound + 1), cap);
                }
                return bytes;
            }
        } catch (IOException | SecurityException e) {
            throw Rejections.ioError(name, e);
        }
    }

}
