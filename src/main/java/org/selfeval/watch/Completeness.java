package org.selfeval.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.selfeval.io.ZipEnd;

/**
 * A cheap look at whether a file that has stopped changing is also whole: it can be opened for reading (a file
 * Excel or a copier still holds fails on Windows), a zip (.xlsx) ends with its end-of-central-directory record,
 * and an OLE2 (.xls) file is a whole number of 512-byte sectors. Other content is left to the real reader,
 * which rejects it with a reason.
 */
final class Completeness {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Completeness() {
    }

    static boolean looksComplete(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < 8) {
                return true; // too small to be a workbook: let the reader say so
            }
            ByteBuffer head = ByteBuffer.allocate(4);
            ch.read(head, 0);
            byte[] h = head.array();
            if (h[0] == 'P' && h[1] == 'K') {
                return hasEndOfCentralDirectory(ch, size);
            }
            if (h[0] == OLE2[0] && h[1] == OLE2[1] && h[2] == OLE2[2] && h[3] == OLE2[3]) {
                return size % 512 == 0;
            }
            return true;
        } catch (IOException e) {
            return false; // locked or vanished: try again later
        }
    }

    /** The same end record the opener requires (io.ZipEnd), read from the file's tail. */
    private static boolean hasEndOfCentralDirectory(FileChannel ch, long size) throws IOException {
        int tail = (int) Math.min(size, ZipEnd.SIZE + 0xFFFF);
        ByteBuffer buf = ByteBuffer.allocate(tail);
        while (buf.hasRemaining() && ch.read(buf, size - tail + buf.position()) > 0) {
            // a read may return fewer bytes than asked
        }
        return !buf.hasRemaining() && ZipEnd.find(buf.array()) >= 0;
    }
}
