package org.selfeval.io;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Sets POI's JVM-wide zip-bomb limits ({@link ZipSecureFile}) from a {@link Limits}. POI keeps them in
 * statics, so they are set once and only changed when a different {@code Limits} is asked for.
 */
final class ZipLimits {
    private static Limits applied;

    private ZipLimits() {
    }

    static synchronized void apply(Limits limits) {
        if (limits.equals(applied)) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntrySize());
        ZipSecureFile.setMaxFileCount(limits.maxFileCount());
        applied = limits;
    }
}
