package org.selfeval.watch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.selfeval.io.ZipEnd;

/**
 * A cheap look at whether a file that has stopped changing is also whole: it can be opened for reading (a file
 * Excel or a copier still holds fails on Windows), a zip (.xlsx) ends with its end-of-central-directory record,
 * and in an OLE2 (.xls) file no sector its header or allocation table uses lies past the end. Other content is
 * left to the real reader, which rejects it with a reason.
 *
 * <p>A whole number of 512-byte sectors was not enough: a copier writes whole sectors, so a half-copied .xls
 * passed and ended in failed/ as CORRUPT while the copy went on (issue 14). The allocation table (FAT) says
 * which sectors the file uses; any of them beyond the end, or a FAT sector itself beyond it, means more is to
 * come.
 */
final class Completeness {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int HEADER = 512;
    /** FAT sector numbers listed in the header itself (more are in DIFAT sectors: files over about 7 MB). */
    private static final int HEADER_DIFAT = 109;
    private static final long FREE = 0xFFFFFFFFL;
    /** Sector numbers from here up are markers (end of chain, FAT sector, DIFAT sector), not sectors. */
    private static final long MAX_SECTOR_ID = 0xFFFFFFFAL;

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
                return ole2Whole(ch, size);
            }
            return true;
        } catch (IOException e) {
            return false; // locked or vanished: try again later
        }
    }

    /** Whether every sector the OLE2 header and its FAT use lies inside the file's {@code size} bytes. */
    private static boolean ole2Whole(FileChannel ch, long size) throws IOException {
        if (size < HEADER) {
            return false;
        }
        ByteBuffer header = read(ch, 0, HEADER);
        int shift = header.getShort(0x1E);
        if (shift != 9 && shift != 12) {
            return true; // not a header we know: the reader will say what it is
        }
        int sectorSize = 1 << shift;
        if (size % sectorSize != 0) {
            return false;
        }
        long sectors = size / sectorSize - 1; // the header takes the first sector's place
        int fatSectors = header.getInt(0x2C);
        long firstDirectory = Integer.toUnsignedLong(header.getInt(0x30));
        if (firstDirectory >= sectors) {
            return false;
        }
        int difatSectors = header.getInt(0x48);
        if (difatSectors > 0 && Integer.toUnsignedLong(header.getInt(0x44)) >= sectors) {
            return false;
        }
        int entriesPerSector = sectorSize / 4;
        for (int f = 0; f < Math.min(fatSectors, HEADER_DIFAT); f++) {
            long fat = Integer.toUnsignedLong(header.getInt(0x4C + 4 * f));
            if (fat >= sectors) {
                return false;
            }
            ByteBuffer entries = read(ch, (fat + 1) * sectorSize, sectorSize);
            for (int i = 0; i < entriesPerSector; i++) {
                long next = Integer.toUnsignedLong(entries.getInt(4 * i));
                long sector = (long) f * entriesPerSector + i;
                boolean used = next != FREE;
                if (used && sector >= sectors || next < MAX_SECTOR_ID && next >= sectors) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
            // a read may return fewer bytes than asked
        }
        return buf.flip();
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
