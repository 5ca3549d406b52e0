package org.selfeval.io;

/**
 * The end of a zip held in memory: its "end of central directory" record (PKWARE APPNOTE 4.3.16), 22 bytes of
 * signature {@code PK\5\6}, counts and offsets, then a comment of up to 65,535 bytes that ends the file.
 */
public final class ZipEnd {
    /** Size of the record without its comment. */
    public static final int SIZE = 22;

    private ZipEnd() {
    }

    /**
     * Offset of the end-of-central-directory record whose comment reaches exactly to the end of the bytes, or -1
     * when there is none: a zip truncated anywhere lacks it. The bytes may be the file's last
     * {@code SIZE + 65,535} bytes only: the record lies there.
     */
    public static int find(byte[] b) {
        int lowest = Math.max(0, b.length - SIZE - 0xFFFF);
        for (int p = b.length - SIZE; p >= lowest; p--) {
            if (b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 5 && b[p + 3] == 6
                    && p + SIZE + u16(b, p + 20) == b.length) {
                return p;
            }
        }
        return -1;
    }

    /** The little-endian unsigned 16-bit number at {@code at}. */
    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /** The little-endian unsigned 32-bit number at {@code at}. */
    static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }
}
