package org.selfeval.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one way selfeval puts a file under its final name: written under a temporary name beside the target
 * (a dot name ending in .tmp, never listed as an input), then moved onto it — atomically where the file system
 * can, else by a plain replace (some network shares refuse atomic moves). On any failure the temporary file is
 * deleted, so no partial file ever appears under the target's name and an existing target stays as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to a temporary file beside {@code target} (folders created), then moves it there. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = tempBeside(target);
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /** A new empty temporary file in the target's folder (created if missing), for content written over time. */
    public static Path tempBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
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
