package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * An input's bytes (SHA-256, CRC-32C and size) with what they were checked with: the key a stored result is
 * re-used by. The SHA-256 names a result's bytes in the store; whether an input is unchanged is first told by its
 * {@linkplain Glance size and CRC-32C} (one read, with the processor's CRC instruction: a tenth of a SHA-256's
 * cost on the launcher's JIT), and the SHA-256 is computed only for bytes not seen before.
 *
 * @param crc32c null for a result recorded before the store kept it (schema version 1)
 */
public record InputKey(String sha256, Long crc32c, long size, Identity identity) {
    /** The key of a file that could not be read: it matches no stored result. */
    public static InputKey unreadable(Identity identity) {
        return new InputKey("", null, -1, identity);
    }

    /** Reads the file once for its SHA-256 and CRC-32C. */
    public static InputKey of(Path input, Identity identity) throws IOException {
        MessageDigest sha = Sha256.newDigest();
        CRC32C crc = new CRC32C();
        long size = read(input, crc, sha);
        return new InputKey(HexFormat.of().formatHex(sha.digest()), crc.getValue(), size, identity);
    }

    /** Feeds the file's bytes to the CRC and, when given, the digest, in one read; returns how many there were. */
    private static long read(Path file, CRC32C crc, MessageDigest sha) throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                if (sha != null) {
                    sha.update(buffer, 0, n);
                }
                size += n;
            }
        }
        return size;
    }

    /** The same bytes as {@code glance} (by size and CRC-32C) with the same tool, rules and layouts. */
    public boolean matches(Glance glance, Identity identity) {
        return crc32c != null && crc32c == glance.crc32c() && size == glance.size()
                && this.identity.equals(identity);
    }

    /**
     * A file's size and CRC-32C: enough to tell it unchanged against a stored key. A changed file keeps its
     * CRC-32C with odds of one in four billion (and never when fewer than 33 bits in a row changed).
     */
    public record Glance(long size, long crc32c) {
        public static Glance of(Path file) throws IOException {
            CRC32C crc = new CRC32C();
            long size = read(file, crc, null);
            return new Glance(size, crc.getValue());
        }
    }
}
