package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.Version;

/**
 * Identity.buildHash, which tells a rebuilt tool of the same version from the one that computed a stored result:
 * from a jar it reads the central directory only (names, sizes, CRC-32s), so it must still change when one byte
 * of one of our classes changes, and not when only the jar's packing or a library changes.
 */
class BuildHashTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> tool() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("org/selfeval/cli/Main.class", "main class v1 ........".getBytes(StandardCharsets.UTF_8));
        entries.put("org/selfeval/rules/labels.properties", "总分=total".getBytes(StandardCharsets.UTF_8));
        entries.put("org/apache/poi/Lib.class", "a library".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private Path jar(String name, Map<String, byte[]> entries, int level) throws IOException {
        Path jar = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.setLevel(level);
            out.putNextEntry(new ZipEntry("org/selfeval/")); // a folder entry: not hashed
            out.closeEntry();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJarsHash_followsOurEntriesBytes_notTheirPackingNorTheLibraries() throws Exception {
        String built = Identity.buildHash(jar("a.jar", tool(), Deflater.DEFAULT_COMPRESSION));
        assertEquals(12, built.length());
        assertEquals(built, Identity.buildHash(jar("same-bytes-packed-otherwise.jar", tool(), Deflater.NO_COMPRESSION)));

        Map<String, byte[]> oneByte = tool(); // same size, one byte changed: only the CRC-32 tells
        oneByte.put("org/selfeval/cli/Main.class", "main class v2 ........".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(built, Identity.buildHash(jar("one-byte.jar", oneByte, Deflater.DEFAULT_COMPRESSION)));

        Map<String, byte[]> added = tool();
        added.put("org/selfeval/cli/New.class", new byte[0]);
        assertNotEquals(built, Identity.buildHash(jar("added.jar", added, Deflater.DEFAULT_COMPRESSION)));

        Map<String, byte[]> renamed = tool();
        renamed.put("org/selfeval/rules/labels2.properties", renamed.remove("org/selfeval/rules/labels.properties"));
        assertNotEquals(built, Identity.buildHash(jar("renamed.jar", renamed, Deflater.DEFAULT_COMPRESSION)));

        Map<String, byte[]> library = tool();
        library.put("org/apache/poi/Lib.class", "another library".getBytes(StandardCharsets.UTF_8));
        assertEquals(built, Identity.buildHash(jar("library.jar", library, Deflater.DEFAULT_COMPRESSION)));
    }

    @Test
    void aClassesFolder_isHashedByItsFilesBytes() throws Exception {
        Path classes = dir.resolve("classes");
        Path main = classes.resolve("org/selfeval/cli/Main.class");
        Files.createDirectories(main.getParent());
        Files.writeString(main, "main class v1");
        String built = Identity.buildHash(classes);
        assertEquals(built, Identity.buildHash(classes));
        Files.writeString(main, "main class v2");
        assertNotEquals(built, Identity.buildHash(classes));
    }

    @Test
    void anUnreadableTool_isUnknown() throws Exception {
        Path notAJar = dir.resolve("broken.jar");
        try (OutputStream out = Files.newOutputStream(notAJar)) {
            out.write("not a zip".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("unknown", Identity.buildHash(notAJar));
        assertEquals("unknown", Identity.buildHash(null));
    }

    @Test
    void theRunningTool_isKnown() {
        // under mvn test: target/classes, its org/selfeval/ files hashed
        assertTrue(Identity.currentTool().matches(java.util.regex.Pattern.quote(Version.get()) + "\\+[0-9a-f]{12}"),
                Identity.currentTool());
    }
}
