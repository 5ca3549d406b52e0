package org.selfeval.hostile;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic damage to a file's bytes, as uploads, copies and disks do it: flipped bits, overwritten byte
 * runs, truncation, and damage aimed at the inside of a zip entry (past a local header) so that the zip still
 * lists but an entry inflates to garbage or fails its CRC.
 */
final class Mutations {
    private Mutations() {
    }

    /** {@code count} single-bit flips at positions chosen by {@code seed}. */
    static byte[] flipBits(byte[] bytes, long seed, int count) {
        byte[] b = bytes.clone();
        Random random = new Random(seed);
        for (int i = 0; i < count && b.length > 0; i++) {
            int pos = random.nextInt(b.length);
            b[pos] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    /** One run of up to {@code maxRun} bytes overwritten with a constant or random bytes. */
    static byte[] byteRun(byte[] bytes, long seed, int maxRun) {
        byte[] b = bytes.clone();
        if (b.length == 0) {
            return b;
        }
        Random random = new Random(seed);
        int pos = random.nextInt(b.length);
        int len = Math.min(b.length - pos, 1 + random.nextInt(maxRun));
        int mode = random.nextInt(3);
        for (int i = pos; i < pos + len; i++) {
            b[i] = switch (mode) {
                case 0 -> 0;
                case 1 -> (byte) 0xFF;
                default -> (byte) random.nextInt(256);
            };
        }
        return b;
    }

    /** The first {@code length} bytes. */
    static byte[] truncate(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, Math.max(0, Math.min(bytes.length, length)));
    }

    /** The first fraction of the bytes (0 < fraction < 1). */
    static byte[] truncate(byte[] bytes, double fraction) {
        return truncate(bytes, (int) (bytes.length * fraction));
    }

    /**
     * Damage inside the data of one zip entry chosen by {@code seed}: a few bytes after a local file header
     * ({@code PK\3\4}) are replaced, leaving the headers and central directory intact. Falls back to bit flips
     * when the bytes are not a zip.
     */
    static byte[] corruptZipEntry(byte[] bytes, long seed) {
        int[] headers = localHeaders(bytes);
        Random random = new Random(seed);
        if (headers.length == 0) {
            return flipBits(bytes, seed, 4);
        }
        byte[] b = bytes.clone();
        int h = headers[random.nextInt(headers.length)];
        int nameLen = u16(b, h + 26);
        int extraLen = u16(b, h + 28);
        int data = h + 30 + nameLen + extraLen;
        int compressed = (int) Math.min(Integer.MAX_VALUE, u32(b, h + 18));
        int span = Math.max(1, Math.min(compressed, b.length - data));
        if (data >= b.length) {
            return flipBits(bytes, seed, 4);
        }
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            int pos = data + random.nextInt(span);
            if (pos < b.length) {
                b[pos] = (byte) random.nextInt(256);
            }
        }
        return b;
    }

    private static int[] localHeaders(byte[] b) {
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i + 30 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static int u16(byte[] b, int at) {
        return at + 1 < b.length ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : 0;
    }

    private static long u32(byte[] b, int at) {
        return at + 3 < b.length ? (u16(b, at) | (long) u16(b, at + 2) << 16) : 0;
    }
}
