package org.selfeval.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Where POI puts its temporary files (the streaming 汇总 writer, large zip entries): a directory of this run's
 * own, created owner-only under {@code java.io.tmpdir} and removed when the JVM ends.
 *
 * <p>POI's default is one shared {@code <tmp>/poifiles}: created by the first user who runs any POI program, it
 * belongs to that user, and every other user's run then fails to write there (issue 14: another clerk's batch
 * ended in INTERNAL_ERROR, the hot folder's 汇总 was never written). A private directory per run cannot be taken
 * by anyone else, and is made again if a /tmp cleaner removed it while the service runs.
 */
public final class PrivateTempFiles implements TempFileCreationStrategy {
    private static final PrivateTempFiles INSTANCE = new PrivateTempFiles();
    private static boolean installed;

    private Path dir;

    private PrivateTempFiles() {
    }

    /** Makes POI use this run's private directory (once per JVM; later calls do nothing). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        TempFile.setTempFileCreationStrategy(INSTANCE);
        Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::removeDir, "selfeval-temp-cleanup"));
        installed = true;
    }

    /** This run's directory (created, owner-only, when first asked for or when it has disappeared). */
    synchronized Path dir() throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            // Files.createTempDirectory makes it rwx------ on POSIX file systems
            dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "selfeval-");
        }
        return dir;
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        File file = Files.createTempFile(dir(), prefix, suffix).toFile();
        file.deleteOnExit();
        return file;
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        File sub = Files.createTempDirectory(dir(), prefix).toFile();
        sub.deleteOnExit();
        return sub;
    }

    private synchronized void removeDir() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
        } catch (IOException | RuntimeException ignored) {
            // best effort at exit: the files are marked deleteOnExit as well
        }
    }
}
