package org.selfeval.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.selfeval.app.SkippedFile;
import org.selfeval.app.SkippedFile.Reason;

/**
 * Finds the submissions under a folder: every .xls / .xlsx / .xlsm / .docx / .doc, recursively, in a stable order (by relative path),
 * skipping Office lock files ({@code ~$*}), hidden files and folders, and the output folder when it lies inside
 * the input folder (so a second run does not score its own outputs). Links are not followed. Every file and
 * folder left out is listed with its reason ({@link #walk}).
 */
public final class InputTree {
    private InputTree() {
    }

    /** What a walk found: the submissions, and everything else under the folder with why it was left out. */
    public record Walk(List<Path> inputs, List<SkippedFile> skipped) {
    }

    /** A workbook (.xlsx, .xlsm, .xls) or Word document (.docx, .doc) by its name, not a lock or temporary file. */
    public static boolean isWorkbookName(String fileName) {
        return isSubmissionExtension(fileName) && !isIgnoredName(fileName);
    }

    private static boolean isSubmissionExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm") || lower.endsWith(".docx")
                || lower.endsWith(".doc");
    }

    /** Lock files of Office/WPS and hidden or temporary files are never inputs. */
    public static boolean isIgnoredName(String fileName) {
        return fileName.startsWith("~$") || fileName.startsWith(".") || isTemporaryName(fileName);
    }

    private static boolean isTemporaryName(String fileName) {
        return fileName.endsWith(".tmp") || fileName.endsWith(".part") || fileName.endsWith(".crdownload");
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
        return walk(root, outputDir).inputs();
    }

    /**
     * Walks the folder: the submissions in order, and every other file or folder under it with its reason (in
     * the same order). A skipped folder is one entry (its files are not looked at).
     *
     * @param root      folder to walk
     * @param outputDir folder to leave out (may be null or outside root)
     */
    public static Walk walk(Path root, Path outputDir) throws IOException {
        // compared with links resolved: an --out that is a link into the input folder is left out too. The walk
        // never enters a link, so a folder under the root is the root's real path and its own names
        Path excluded = outputDir == null ? null : realPath(outputDir);
        Path realRoot = realPath(root);
        List<Path> found = new ArrayList<>();
        List<Map.Entry<String, SkippedFile>> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                private void skip(Path p, boolean folder, Reason reason, String detail) {
                    String name = slashed(root, p) + (folder ? "/" : "");
                    skipped.add(Map.entry(name, new SkippedFile(name, reason, detail)));
                }

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (excluded != null && realRoot.resolve(root.relativize(dir)).equals(excluded)) {
                        skip(dir, true, Reason.OUTPUT_FOLDER, null);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (dir.getFileName().toString().startsWith(".")) {
                        skip(dir, true, Reason.HIDDEN, null);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isSymbolicLink() || name.toLowerCase(Locale.ROOT).endsWith(".lnk")) {
                        skip(file, Files.isDirectory(file), Reason.LINK, null);
                    } else if (!attrs.isRegularFile()) {
                        skip(file, false, Reason.NOT_A_FILE, null);
                    } else if (name.startsWith(".")) {
                        skip(file, false, Reason.HIDDEN, null);
                    } else if (name.startsWith("~$") || isTemporaryName(name)) {
                        skip(file, false, Reason.LOCK_OR_TEMP_FILE, null);
                    } else if (!isSubmissionExtension(name)) {
                        skip(file, false, Reason.OTHER_FILE, null);
                    } else {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    // an entry that cannot be looked at (no permission, removed meanwhile): listed, the walk goes on
                    skip(file, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS), Reason.UNREADABLE, why(exc));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // each key computed once, not at every comparison (a batch of thousands sorts tens of thousands of times)
        List<Path> inputs = found.stream().map(p -> Map.entry(slashed(root, p), p))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        List<SkippedFile> left = skipped.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .toList();
        return new Walk(inputs, left);
    }

    private static String slashed(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** What the system said, in Chinese where it is one of the usual reasons. */
    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有权限";
        }
        if (e instanceof NoSuchFileException) {
            return "已不存在";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
