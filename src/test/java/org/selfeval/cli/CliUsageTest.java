package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.run.Source;
import org.junit.jupiter.api.Test;

class CliUsageTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void helpGoesToStdoutAndExitsZero() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("selfeval score FILE... --out DIR"), text);
        assertTrue(text.contains("selfeval batch --help"), "each command's options are in its own help: " + text);
        assertTrue(text.contains("退出状态"), text);
    }

    @Test
    void helpAfterACommandIsHelpToo_nothingRuns() {
        assertEquals(0, run("batch", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("selfeval batch DIR --out DIR"));
        assertEquals(0, run("score", "--version"));
    }

    @Test
    void versionGoesToStdout() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("selfeval "));
    }

    @Test
    void wrongUsageExits64WithChineseMessage() {
        assertEquals(64, run());
        assertEquals(64, run("frobnicate"));
        assertEquals(64, run("score", "a.xlsx")); // no --out
        assertEquals(64, run("score", "--out", "x")); // no file
        assertEquals(64, run("score", "a.xlsx", "--out", "x", "--threads", "zero"));
        assertEquals(64, run("score", "a.xlsx", "--ou", "x")); // no partial matching of long options
        assertEquals(64, run("batch", "/nonexistent-dir-selfeval", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("用法错误"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void outputsKeepPathsRelativeToTheInputsCommonFolder() {
        assertEquals(Path.of("/a/b").toAbsolutePath(),
                Source.commonParent(List.of(Path.of("/a/b/c/x.xlsx"), Path.of("/a/b/d/y.xls"))));
        assertEquals(Path.of("/a/b/c").toAbsolutePath(), Source.commonParent(List.of(Path.of("/a/b/c/x.xlsx"))));
    }
}
