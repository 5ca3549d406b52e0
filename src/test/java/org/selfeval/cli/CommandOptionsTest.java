package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 14, item 6: each command its own options and help; usage errors in Chinese. */
class CommandOptionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

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
