package org.selfeval.io;

/**
 * Resource limits for opening a submitted workbook.
 *
 * <p>The three zip limits feed POI's {@code ZipSecureFile}, which holds them in JVM-wide statics; they are
 * set explicitly by {@link ZipLimits#apply(Limits)} and never disabled:
 * <ul>
 *   <li>{@code minInflateRatio} 0.001 (POI default 0.01): legitimate forms trip 0.01 on a highly
 *       compressible {@code xl/styles.xml}; 0.001 still stops a classic zip bomb (1000:1 and beyond);</li>
 *   <li>{@code maxEntrySize} 256 MB uncompressed per zip entry (POI default 4 GB): a form sheet is a few MB;</li>
 *   <li>{@code maxFileCount} 2000 zip entries (POI default 1000): room for many sheets and images.</li>
 * </ul>
 *
 * @param maxFileBytes    a file larger than this is rejected with TOO_LARGE before it is read (default 50 MB)
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted for a zip entry
 * @param maxEntrySize    largest uncompressed size of one zip entry, bytes
 * @param maxFileCount    most entries in one zip
 */
public record Limits(long maxFileBytes, double minInflateRatio, long maxEntrySize, int maxFileCount) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public Limits {
        if (maxFileBytes <= 0 || maxEntrySize <= 0 || maxFileCount <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in (0, 1), never 0: that would disable the zip-bomb check");
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_FILE_BYTES, 0.001, 256L * 1024 * 1024, 2000);
    }

    /** The defaults with another size cap. */
    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, minInflateRatio, maxEntrySize, maxFileCount);
    }
}
