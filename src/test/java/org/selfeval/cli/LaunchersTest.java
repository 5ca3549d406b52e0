package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.store.SqliteLibrary;

/**
 * Every launcher (bin/selfeval, bin\selfeval.cmd, the systemd unit, the Windows task) starts the JVM with the same
 * flags and names a cache folder, where SQLite's native library is extracted once and kept (store.SqliteLibrary)
 * instead of into the temporary folder at every start.
 */
class LaunchersTest {
    private static final String FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final String CACHE = "-D" + SqliteLibrary.CACHE_PROPERTY + "=";

    @TempDir
    Path dir;

    private static String text(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /** The line that starts java. */
    private static String javaLine(String text, String start) {
        return text.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void theShellLauncher_passesTheFolderBesideTheJar() throws Exception {
        Path java = dir.resolve("java"); // prints the arguments it was given, one a line
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Path jar = Files.createDirectories(dir.resolve("lib")).resolve("selfeval.jar");
        Files.write(jar, new byte[0]);
        ProcessBuilder pb = new ProcessBuilder("sh", "bin/selfeval", "--version").redirectErrorStream(true);
        pb.environment().put("JAVA", java.toString());
        pb.environment().put("SELFEVAL_JAR", jar.toString());
        pb.environment().put("SELFEVAL_CDS", "off");
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> args = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.exitValue(), String.join("\n", args));
        assertTrue(args.contains(CACHE + jar.getParent()), String.join("\n", args));
        assertEquals(List.of("-jar", jar.toString(), "--version"), args.subList(args.size() - 3, args.size()));
    }

    @Test
    void theWindowsLaunchers_passLocalAppData_madeIfMissing() throws IOException {
        for (String file : List.of("bin/selfeval.cmd", "service/selfeval-watch.bat")) {
            String text = text(file);
            assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(text), file + ": cmd reads it in the OEM code page");
            assertTrue(text.contains("if defined LOCALAPPDATA set \"CACHE=%LOCALAPPDATA%\\selfeval\"\r\n"), file);
            assertTrue(text.contains("if defined CACHE if not exist \"%CACHE%\\\" mkdir \"%CACHE%\" 2>nul\r\n"), file);
            String java = javaLine(text, "%JAVA% ");
            assertTrue(java.contains(FLAGS), file + ": " + java);
            assertTrue(java.contains("\"" + CACHE + "%CACHE%\""), file + ": quoted, for a user folder with spaces: " + java);
            assertTrue(java.indexOf(CACHE) < java.indexOf(" -jar "), java);
        }
    }

    @Test
    void theSystemdUnit_passesTheCacheDirectoryItMakes() throws IOException {
        String text = text("service/selfeval-watch.service");
        Matcher made = Pattern.compile("(?m)^CacheDirectory=(\\S+)$").matcher(text);
        assertTrue(made.find(), text);
        String java = javaLine(text, "ExecStart=");
        assertTrue(java.contains(FLAGS), java);
        assertTrue(java.contains(CACHE + "/var/cache/" + made.group(1) + " "), java);
        assertTrue(java.indexOf(CACHE) < java.indexOf(" -jar "), java);
    }
}
