package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.JarURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.jar.JarEntry;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, extracted once and kept, instead of at every start.
 *
 * <p>Left to itself, sqlite-jdbc copies its native library (1 MB) out of the jar into the temporary folder under
 * a new random name at each start and checks the copy's MD5: about 200 of the 250 ms that loading it took in a
 * JVM with the launcher's flags (docs/benchmarks.md, "Rounds"); and a process killed before its exit leaves its
 * copy behind. When the launcher names its cache folder ({@value #CACHE_PROPERTY}, bin/selfeval: where it keeps
 * its class archive), the library is copied there once per driver version and platform, and sqlite-jdbc is
 * pointed at that copy with its documented settings {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}.
 *
 * <p>Safe to share between runs and users: the copy is written under a name of its own and then renamed into
 * place, so a run sees no copy or a whole one; one whose size is not the jar's is written again; its name holds
 * the CRC-32 of the library in the driver's jar, so another driver never loads it. Whatever goes wrong (a read-only folder, a copy not
 * readable by this user), nothing is set and sqlite-jdbc extracts as before; if the copy cannot be loaded,
 * sqlite-jdbc falls back to extracting too. Settings given on the command line are left alone.
 */
public final class SqliteLibrary {
    /** The launcher's cache folder (a system property). */
    public static final String CACHE_PROPERTY = "selfeval.cache";
    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /** Before the first connection: points sqlite-jdbc at the kept copy, when the launcher names a cache folder. */
    public static void useKeptCopy() {
        String cache = System.getProperty(CACHE_PROPERTY);
        if (cache == null || cache.isBlank() || System.getProperty(LIB_PATH) != null
                || System.getProperty(LIB_NAME) != null) {
            return;
        }
        Path copy = keptCopy(Path.of(cache));
        if (copy != null) {
            System.setProperty(LIB_PATH, copy.getParent().toString());
            System.setProperty(LIB_NAME, copy.getFileName().toString());
        }
    }

    /**
     * The copy of this platform's library in {@code dir}, written if missing or of another size; null if none. Its
     * name holds the CRC-32 of the library's bytes as the driver's jar lists it: another driver's library (another
     * version, another build) is another copy.
     */
    static Path keptCopy(Path dir) {
        try {
            String folder = LibraryLoaderUtil.getNativeLibResourcePath(); // e.g. /org/sqlite/native/Linux/x86_64
            String library = LibraryLoaderUtil.getNativeLibName();
            URL url = SQLiteJDBCLoader.class.getResource(folder + "/" + library);
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return null;
            }
            JarEntry entry = jar.getJarEntry(); // from the jar's directory: nothing read yet
            long size = entry.getSize();
            // e.g. sqlite-Linux-x86_64-3f2a9c1d-libsqlitejdbc.so
            String platform = folder.substring(folder.lastIndexOf("/native/") + "/native/".length()).replace('/', '-');
            String name = "sqlite-" + platform + "-" + String.format("%08x", entry.getCrc()) + "-" + library;
            Path copy = dir.toAbsolutePath().resolve(name);
            if (Files.isRegularFile(copy) && Files.size(copy) == size) {
                return Files.isReadable(copy) ? copy : null;
            }
            Files.createDirectories(dir);
            Path part = dir.toAbsolutePath().resolve(name + "." + ProcessHandle.current().pid() + ".part");
            try {
                try (InputStream in = jar.getInputStream();
                     OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
                             StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                    in.transferTo(out);
                }
                if (Files.size(part) != size) {
                    return null;
                }
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
