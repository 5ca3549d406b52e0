package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SqliteLibrary: sqlite-jdbc's native library extracted once into the launcher's cache folder and used from there,
 * instead of a new copy in the temporary folder at every start (about 200 ms a start).
 */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    private static byte[] libraryInTheJar() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theCopy_isTheJarsLibrary_namedByItsCrc_andWrittenAgainWhenCutShort() throws Exception {
        Path cache = dir.resolve("cache");
        Path copy = SqliteLibrary.keptCopy(cache);
        assertNotNull(copy);
        assertEquals(cache.toAbsolutePath(), copy.getParent());
        byte[] library = libraryInTheJar();
        CRC32 crc = new CRC32();
        crc.update(library);
        assertTrue(copy.getFileName().toString().contains(String.format("-%08x-", crc.getValue())), copy.toString());
        assertArrayEquals(library, Files.readAllBytes(copy));
        assertEquals(copy, SqliteLibrary.keptCopy(cache), "kept: the same copy the next time");

        Files.write(copy, new byte[] {1, 2, 3}); // a copy cut short (a disk that filled up, someone's editor)
        assertEquals(copy, SqliteLibrary.keptCopy(cache));
        assertArrayEquals(library, Files.readAllBytes(copy));
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(copy), files.toList(), "no part file left behind");
        }
    }

    @Test
    void aCacheFolderThatCannotBeMade_givesNoCopy() throws Exception {
        Path file = Files.writeString(dir.resolve("a file"), "x");
        assertNull(SqliteLibrary.keptCopy(file.resolve("cache")));
    }

    /** A JVM of its own running the probe: what sqlite-jdbc extracted while the store was open, and its lib path. */
    private List<String> probe(boolean withCache) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve(withCache ? "tmp-kept" : "tmp-plain"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.sqlite.tmpdir=" + tmp));
        if (withCache) {
            command.add("-D" + SqliteLibrary.CACHE_PROPERTY + "=" + dir.resolve("cache"));
        }
        command.addAll(List.of("-cp", classpath, SqliteLibraryProbe.class.getName(), dir.resolve("out").toString()));
        Path log = dir.resolve(withCache ? "kept.txt" : "plain.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), lines.toString());
        return lines;
    }

    @Test
    void aRunGivenTheCacheFolder_loadsTheKeptCopy_andExtractsNothing() throws Exception {
        List<String> plain = probe(false);
        assertTrue(plain.stream().anyMatch(l -> l.startsWith("extracted sqlite-")), "without it, sqlite-jdbc "
                + "extracts its library at every start: " + plain);
        assertTrue(plain.contains("lib.path null"), plain.toString());

        List<String> kept = probe(true);
        assertTrue(kept.stream().noneMatch(l -> l.startsWith("extracted ")), kept.toString());
        assertTrue(kept.contains("lib.path " + dir.resolve("cache").toAbsolutePath()), kept.toString());
        assertTrue(Files.isRegularFile(SqliteLibrary.keptCopy(dir.resolve("cache"))));
    }
}
