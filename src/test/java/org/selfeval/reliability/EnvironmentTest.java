package org.selfeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.Zips;
import org.selfeval.testing.Samples;

/** Issue 14: the process around the pipeline — the locale, POI's log lines, --quiet. Each test runs a real JVM. */
class EnvironmentTest {
    @TempDir
    Path dir;

    private static Map<String, String> locale(String lang) {
        Map<String, String> env = new HashMap<>();
        env.put("LANG", lang);
        env.put("LC_ALL", null);
        env.put("LC_CTYPE", null);
        return env;
    }

    @Test
    void anAsciiLocale_stopsAtOnceWithOneLineInChineseAndEnglish() throws Exception {
        // was: a batch over Chinese names ended in INTERNAL_ERROR with a Java stack trace, and ??? for Chinese
        Samples.copy(Samples.SEED, "xlsx", dir.resolve("收件"));
        Selfeval.Run run = Selfeval.run(dir, locale("C"), "batch", "收件", "--out", "评分结果");

        assertEquals(64, run.status(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains("LANG=C.UTF-8") && lines.get(0).contains("中文文件名")
                && lines.get(0).contains("cannot hold Chinese file names"), lines.get(0));
        assertFalse(Files.exists(dir.resolve("评分结果")));
    }

    @Test
    void aUtf8Locale_scoresChineseNames() throws Exception {
        Samples.copy(Samples.SEED, "xlsx", dir.resolve("收件"));
        Selfeval.Run run = Selfeval.run(dir, locale("C.UTF-8"), "batch", "收件", "--out", "评分结果");

        assertTrue(run.status() <= 1, run.err());
        assertTrue(Files.isRegularFile(dir.resolve("评分结果/" + Samples.SEED + ".xlsx")), run.err());
        assertTrue(run.err().contains("完成："), run.err());
    }

    @Test
    void poisOwnLogLines_neverReachTheTerminal_andQuietIsQuiet() throws Exception {
        // a damaged docProps/core.xml makes POI log an ERROR with a SAXParseException stack trace
        Path in = Samples.copy(Samples.SEED, "xlsx", dir.resolve("in"));
        Files.write(in, Zips.replaceEntry(Files.readAllBytes(in), "docProps/core.xml", "not xml"));

        Selfeval.Run run = Selfeval.run(dir, locale("C.UTF-8"), "score", "in/" + in.getFileName(), "--out", "out");
        assertTrue(run.status() <= 1, run.err());
        assertEquals(List.of(), run.noise(), run.err());

        Selfeval.Run quiet = Selfeval.run(dir, locale("C.UTF-8"), "score", "in/" + in.getFileName(), "--out", "out2",
                "--quiet");
        assertTrue(quiet.status() <= 1, quiet.err());
        assertEquals("", quiet.err());
    }
}
