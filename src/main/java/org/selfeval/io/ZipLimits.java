package org.selfeval.io;

import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Sets POI's JVM-wide zip-bomb limits ({@link ZipSecureFile}) from a {@link Limits}. POI keeps them in
 * statics, so they are set once and only changed when a different {@code Limits} is asked for.
 *
 * <p>POI holds the entry cap twice: {@link ZipSecureFile} checks it while inflating, and
 * {@link ZipArchiveFakeEntry} (which buffers each entry of a package read from memory) has its own, 100 MB by
 * default: an entry between 100 MB and our cap could not be read. Both get our cap; an entry over it is refused
 * by the inflating check or, when its declared size is already over, by the buffer as a record too long, which
 * {@link OoxmlOpener} reports as TOO_LARGE like the other (never CORRUPT).
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
        ZipArchiveFakeEntry.setMaxEntrySize((int) Math.min(limits.maxEntrySize(), Integer.MAX_VALUE - 8));
        ZipSecureFile.setMaxFileCount(limits.maxFileCount());
        applied = limits;
    }
}
