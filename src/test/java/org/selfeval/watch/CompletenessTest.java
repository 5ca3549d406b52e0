package org.selfeval.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.testing.Samples;

/** Issue 14: a half-copied .xls (whole sectors, as a copier writes them) is not taken as complete. */
class CompletenessTest {
    @TempDir
    Path dir;

    private Path firstBytes(Path file, long length) throws Exception {
        Path cut = dir.resolve("cut-" + length + "-" + file.getFileName());
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(file), (int) length));
        return cut;
    }

    @Test
    void anXlsCutAtASectorBoundary_isIncomplete_andTheWholeFileComplete() throws Exception {
        Path xls = Samples.copy(Samples.SEED, "xls", dir);
        long size = Files.size(xls);
        assertTrue(Completeness.looksComplete(xls));
        for (long at = 1024; at < size; at += 512) {
            // every prefix of whole sectors: the old check (size % 512 == 0) took each of them
            assertFalse(Completeness.looksComplete(firstBytes(xls, at)), "cut at " + at + " of " + size);
        }
    }

    @Test
    void everySampleWorkbook_isComplete() throws Exception {
        try (var files = Files.list(Samples.DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".xls") || f.toString().endsWith(".xlsx")).toList()) {
                assertTrue(Completeness.looksComplete(p), p.toString());
            }
        }
    }
}
