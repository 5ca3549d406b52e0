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
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    // issue 14, item 6: each command its own options and help; usage errors in Chinese

    @Test
    void anOptionOfAnotherCommand_isAUsageError() {
        // check --out X --stable 3 ran and ignored both
        assertEquals(64, run("check", "a.xlsx", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("check 命令没有选项“--out”"), err.toString(StandardCharsets.UTF_8));
        assertEquals(64, run("batch", "in", "--out", "x", "--stable", "3"));
    }

    @Test
    void parseErrors_areChinese() {
        assertEquals(64, run("score", "a.xlsx", "--out"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("选项 --out 后面缺少DIR"), text);
        assertFalse(text.contains("Missing argument"), text);
        assertEquals(64, run("score", "a.xlsx", "--frobnicate"));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Unrecognized"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachCommandsHelp_showsItsOwnOptions_anExample_andNoSinceColumn() {
        assertEquals(0, run("watch", "--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("用法：selfeval watch INBOX --out DIR"), text);
        assertTrue(text.contains("--stable") && !text.contains("--threads"), text);
        assertTrue(text.contains("例：selfeval watch"), text);
        assertTrue(text.contains("选项") && text.contains("说明"), text);
        assertFalse(text.contains("Since") || text.contains("Options") || text.contains("Description"), text);
    }
}
