package org.selfeval.io;

import java.time.Duration;
import java.util.Locale;

/**
 * Resource limits for one submitted workbook.
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
 * <p>Defaults can be changed per run with the system properties {@value #MAX_FILE_MB_PROPERTY} (MB) and
 * {@value #TIME_LIMIT_PROPERTY} (seconds), e.g. {@code java -Dselfeval.timeLimitSeconds=120 -jar selfeval.jar …}.
 *
 * @param maxFileBytes    a file larger than this is rejected with TOO_LARGE before it is read (default 50 MB)
 * @param minInflateRatio smallest compressed/uncompressed ratio accepted for a zip entry
 * @param maxEntrySize    largest uncompressed size of one zip entry, bytes
 * @param maxFileCount    most entries in one zip
 * @param timeLimit       longest one file may take from open to saved copy; over it the file fails with
 *                        TIMEOUT and the batch goes on (default 60 s)
 */
public record Limits(long maxFileBytes, double minInflateRatio, long maxEntrySize, int maxFileCount,
                     Duration timeLimit) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);
    public static final String MAX_FILE_MB_PROPERTY = "selfeval.maxFileMb";
    public static final String TIME_LIMIT_PROPERTY = "selfeval.timeLimitSeconds";

    public Limits {
        if (maxFileBytes <= 0 || maxEntrySize <= 0 || maxFileCount <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in (0, 1), never 0: that would disable the zip-bomb check");
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_FILE_BYTES, 0.001, 256L * 1024 * 1024, 2000, DEFAULT_TIME_LIMIT);
    }

    /** The defaults, with the size cap and time limit taken from the system properties when they are set. */
    public static Limits fromSystemProperties() {
        Limits limits = defaults();
        String mb = System.getProperty(MAX_FILE_MB_PROPERTY);
        if (mb != null && !mb.isBlank()) {
            limits = limits.withMaxFileBytes(Math.round(positive(MAX_FILE_MB_PROPERTY, mb) * 1024 * 1024));
        }
        String seconds = System.getProperty(TIME_LIMIT_PROPERTY);
        if (seconds != null && !seconds.isBlank()) {
            limits = limits.withTimeLimit(Duration.ofMillis(Math.round(positive(TIME_LIMIT_PROPERTY, seconds) * 1000)));
        }
        return limits;
    }

    /** The same limits with another size cap. */
    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, minInflateRatio, maxEntrySize, maxFileCount, timeLimit);
    }

    /** The same limits with another time limit per file. */
    public Limits withTimeLimit(Duration limit) {
        return new Limits(maxFileBytes, minInflateRatio, maxEntrySize, maxFileCount, limit);
    }

    private static double positive(String property, String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "系统属性 %s 应为正数，实际为“%s”", property, text));
    }
}
