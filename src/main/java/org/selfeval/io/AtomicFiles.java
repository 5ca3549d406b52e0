package org.selfeval.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The one way selfeval puts a file under its final name: written under a temporary name beside the target
 * ({@code .NAME.<n>.tmp}: a dot name ending in .tmp, never listed as an input), then moved onto it — atomically
 * where the file system can, else by a plain replace (some network shares refuse atomic moves). On any failure
 * the temporary file is deleted, so no partial file ever appears under the target's name and an existing target
 * stays as it was.
 *
 * <p>The temporary file is created like any new file (permissions from the umask, as {@code touch} would), not
 * owner-only as {@code Files.createTempFile} makes it: the scored copy that replaces it must be readable by the
 * other clerks of a shared folder. Its name fits in {@value #MAX_NAME_BYTES} bytes (the usual limit of a file
 * name) whatever the target's name: a long name is shortened inside the temporary name only. A temporary file
 * left by a killed run is removed by the next run ({@link #removeLeftovers}).
 */
public final class AtomicFiles {
    /** The longest file name (in UTF-8 bytes) ext4, NTFS, APFS and SMB shares all take. */
    static final int MAX_NAME_BYTES = 255;
    /** {@code .NAME.<n>.tmp}: what a temporary name of ours looks like. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.\\d{1,20}\\.tmp");
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target} (folders created), then moves it there.
     *
     * @throws IOException also when the content's writer turned the file's I/O error into a runtime exception
     *                     (POI does, saving an .xlsx on a full disk): a failure to write is never taken for bad
     *                     content
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, UnaryOperator.identity());
    }

    /** {@link #write(Path, Content)}, the file's stream passed through {@code device} (tests: a full disk). */
    static void write(Path target, Content content, UnaryOperator<OutputStream> device) throws IOException {
        Path temp = tempBeside(target);
        boolean moved = false;
        try {
            try (RecordingStream out = new RecordingStream(
                    device.apply(Files.newOutputStream(temp, StandardOpenOption.WRITE)))) {
                try {
                    content.writeTo(out);
                } catch (RuntimeException e) {
                    // POI logs the disk's IOException and throws its own runtime exception, without the cause
                    if (out.failure == null) {
                        throw e;
                    }
                    throw out.failure;
                }
            }
            moveIntoPlace(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** Passes every byte on, and remembers the first I/O error the file gave (a full disk, a lost share). */
    private static final class RecordingStream extends FilterOutputStream {
        IOException failure;

        RecordingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * A new empty temporary file {@code .NAME.<n>.tmp} in the target's folder (created if missing), for content
     * written over time; created with the permissions of an ordinary new file.
     */
    public static Path tempBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String stem = fitted("." + absolute.getFileName() + ".", MAX_NAME_BYTES - 10 - TEMP_SUFFIX.length());
        while (true) {
            Path temp = dir.resolve(stem + ThreadLocalRandom.current().nextInt(1_000_000_000) + TEMP_SUFFIX);
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same number: draw again
            }
        }
    }

    /** {@code text} cut to at most {@code maxBytes} UTF-8 bytes, never inside a character (the end kept: '.'). */
    private static String fitted(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 1; // the final '.'
        for (int i = 0; i < text.length() - 1; ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return kept.append('.').toString();
    }

    /**
     * Deletes the temporary files of ours ({@code .NAME.<n>.tmp}) in {@code dir} and its sub-folders that were
     * last written more than {@code olderThan} ago: what a killed run (kill -9, power cut) left. A younger one may
     * belong to a run still writing it, and is left alone. Returns how many were removed; never throws.
     */
    public static int removeLeftovers(Path dir, Duration olderThan) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Instant before = Instant.now().minus(olderThan);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    removed += removeLeftovers(entry, olderThan);
                } else if (TEMP_NAME.matcher(entry.getFileName().toString()).matches()
                        && Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(before)
                        && Files.deleteIfExists(entry)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a folder we cannot list holds nothing we wrote
        }
        return removed;
    }

    /** Moves a file onto {@code to} (its folder created), replacing what is there; atomically where possible. */
    public static void moveIntoPlace(Path from, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a temporary name starts with '.' and ends with .tmp, never a target's name
        }
    }
}
