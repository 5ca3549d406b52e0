package org.selfeval.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the submissions under a folder: every .xls / .xlsx / .xlsm / .docx / .doc, recursively, in a stable order (by relative path),
 * skipping Office lock files ({@code ~$*}), hidden files and folders, and the output folder when it lies inside
 * the input folder (so a second run does not score its own outputs).
 */
public final class InputTree {
    private InputTree() {
    }

    /** A workbook (.xlsx, .xlsm, .xls) or Word document (.docx, .doc) by its name, not a lock or temporary file. */
    public static boolean isWorkbookName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm") || lower.endsWith(".docx")
                || lower.endsWith(".doc")) && !isIgnoredName(fileName);
    }

    /** Lock files of Office/WPS and hidden or temporary files are never inputs. */
    public static boolean isIgnoredName(String fileName) {
        return fileName.startsWith("~$") || fileName.startsWith(".") || fileName.endsWith(".tmp")
                || fileName.endsWith(".part") || fileName.endsWith(".crdownload");
    }

    /** The path with every link of its existing part resolved, absolute and normalised. */
    public static Path realPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /**
     * @param root      folder to walk
     * @param outputDir folder to leave out (may be null or outside root)
     */
    public static List<Path> find(Path root, Path outputDir) throws IOException {
        // compared with links resolved: an --out that is a link into the input folder is left out too
        Path excluded = outputDir == null ? null : realPath(outputDir);
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (dir.getFileName().toString().startsWith(".")
                            || excluded != null && realPath(dir).equals(excluded))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isWorkbookName(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // unreadable entries are skipped; files are read later
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // each key computed once, not at every comparison (a batch of thousands sorts tens of thousands of times)
        return found.stream().map(p -> Map.entry(root.relativize(p).toString().replace('\\', '/'), p))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }
}
