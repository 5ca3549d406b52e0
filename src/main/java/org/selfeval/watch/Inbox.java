package org.selfeval.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.batch.InputTree;

/**
 * Which files of INBOX are ready to take: unchanged in size and modification time for {@code stable} and
 * {@linkplain Completeness looking whole} (or unchanged for {@link #incompleteGrace} whole or not). Time is what
 * the caller says it is ({@code now}), so the hot folder's clock decides, never the system's.
 */
final class Inbox {
    private final Path dir;
    private final Duration stable;
    private final Map<Path, Seen> seen = new HashMap<>();

    Inbox(Path dir, Duration stable) {
        this.dir = dir;
        this.stable = stable;
    }

    /** The files ready at {@code now}, oldest modification first (then by name). */
    List<Path> ready(Instant now) throws IOException {
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> current = new HashMap<>();
        for (Path p : list(dir)) {
            if (InputTree.isIgnoredName(p.getFileName().toString())) {
                continue;
            }
            Fingerprint fp = Fingerprint.of(p);
            if (fp == null) {
                continue;
            }
            Seen before = seen.get(p);
            Seen s = before != null && before.fingerprint.equals(fp) ? before : new Seen(fp, now);
            current.put(p, s);
            if (!s.since.plus(stable).isAfter(now)
                    && (Completeness.looksComplete(p) || s.unchangedSince().plus(incompleteGrace()).compareTo(now) <= 0)) {
                ready.add(p);
            }
        }
        seen.clear();
        seen.putAll(current);
        ready.sort(Comparator.comparing((Path p) -> seen.get(p).fingerprint.modified())
                .thenComparing(p -> p.getFileName().toString()));
        return ready;
    }

    /** The file as it was when found ready, or null when it is no longer listed. */
    Fingerprint seenAs(Path file) {
        Seen s = seen.get(file);
        return s == null ? null : s.fingerprint;
    }

    /** Starts the file's stable period again (taken, or could not be moved: no busy retry). */
    void forget(Path file) {
        seen.remove(file);
    }

    /**
     * How long a file may stay unchanged yet incomplete (a zip without its end record, an .xls not a whole number
     * of sectors) before it is taken anyway: 30 times the stable time, a minute by default, counted from its
     * modification time (see {@link Seen#unchangedSince}). A copy that stalls
     * that long is not coming back, and a truncated file must end in failed/ with its reason, not wait unseen.
     */
    Duration incompleteGrace() {
        return stable.multipliedBy(30);
    }

    /** The regular files of a folder, by name. */
    static List<Path> list(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** Size and modification time: what changes while a file is being copied in. */
    record Fingerprint(long size, Instant modified) {
        static Fingerprint of(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new Fingerprint(a.size(), a.lastModifiedTime().toInstant());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** A file as listed, and since when (the hot folder's clock) it has looked so. */
    private record Seen(Fingerprint fingerprint, Instant since) {
        /**
         * Since when the file has been unchanged: its modification time, which a restart of the service does not
         * move (a truncated file left in INBOX is not given a new grace at each start); or when it was first seen
         * so, if earlier (a file server whose clock runs ahead of ours).
         */
        Instant unchangedSince() {
            return fingerprint.modified().isBefore(since) ? fingerprint.modified() : since;
        }
    }
}
