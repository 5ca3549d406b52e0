package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.testing.Samples;

/** --max-size and --time-limit reach the pipeline; bad values are usage errors. */
class CliLimitsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), err).run(args);
    }

    @Test
    void aFileOverMaxSizeFailsWithTooLarge_andTheOthersAreScored() throws Exception {
        Path big = dir.resolve("大文件.xlsx");
        Files.write(big, new byte[2 * 1024 * 1024]);
        Path seed = Samples.copy(Samples.SEED, "xlsx", dir);

        int status = run("check", big.toString(), seed.toString(), "--max-size", "1");

        assertEquals(2, status);
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("\"TOO_LARGE\""), report);
        assertTrue(report.contains("\"checked\""), report);
    }

    @Test
    void badLimitsAreUsageErrors() {
        assertEquals(64, run("check", "a.xlsx", "--time-limit", "0"));
        assertEquals(64, run("check", "a.xlsx", "--time-limit", "abc"));
        assertEquals(64, run("check", "a.xlsx", "--max-size", "0"));
    }
}
