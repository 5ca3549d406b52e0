package org.selfeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.StoreProbe.storedChecks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.report.JsonReport;
import org.selfeval.store.ResultStore;
import org.selfeval.testing.ChildJvm;
import org.selfeval.testing.CapturedCli;
import org.selfeval.testing.Samples;

/**
 * The long reliability runs of a batch (issue 14 item 9, issue 15), under {@code mvn -Preliability test} only:
 * a storm of kill -9 during a first round and during a second, each followed by a run to the end; and a batch
 * of 10,000 files. After each: the store opens, every input is reported once, no input is counted twice in a
 * round, and every scored copy opens.
 */
@Tag("reliability")
class BatchStormTest {
    @TempDir
    Path dir;


    private final CapturedCli cli = new CapturedCli();

    private Path inputs(int files) throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < files; i++) {
            Samples.copy(Samples.SEED, i % 2 == 0 ? "xlsx" : "xls", in.resolve(String.format("县%02d/%04d", i % 20, i)));
        }
        return in;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void killNineStorms_inTheFirstRoundAndTheSecond_loseNothing_andCountNothingTwice() throws Exception {
        int files = 400;
        Path in = inputs(files);
        Path out = dir.resolve("out");
        Random random = new Random(20261127);
        for (int round = 1; round <= 2; round++) {
            if (round == 2) { // some forms corrected between the rounds: those are scored, the rest re-used
                for (int i = 0; i < files; i += 10) {
                    Path form = in.resolve(String.format("县%02d/%04d/%s.%s", i % 20, i, Samples.SEED, "xlsx"));
                    Files.write(form, Files.readAllBytes(Samples.DIR.resolve("01-永德-营养改善-拆分指标值.xlsx")));
                }
            }
            Storm storm = storm(in, out, random, 8);
            assertTrue(storm.kills() >= (round == 1 ? 4 : 1), "the batch was killed only " + storm.kills() + " times");
            System.out.printf("round %d: killed %d times, %s%n", round, storm.kills(),
                    storm.finished() ? "then a start finished the round" : "then a run to the end");
            if (!storm.finished()) { // else the round was finished by the last batch of the storm
                cli.run("batch", in.toString(), "--out", out.toString(), "--threads", "2");
                assertTrue(cli.printed().contains("完成：" + files + " 个文件"), cli.printed());
            }
            assertReportedOnce(out, files);
            assertStoreConsistent(out, files, round);
        }
        for (int i = 0; i < files; i += 37) { // the copies are whole
            String ext = i % 2 == 0 ? "xlsx" : "xls";
            try (Workbook wb = Samples.reopen(out.resolve(String.format("县%02d/%04d/%s.%s", i % 20, i, Samples.SEED,
                    ext)))) {
                assertTrue(wb.getNumberOfSheets() > 1, "a scored copy with its 校验结果");
            }
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.MINUTES)
    void tenThousandFiles_areEachReportedOnce_andASecondRoundReusesThemAll() throws Exception {
        int files = 10_000;
        Path in = inputs(files);
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        cli.run("batch", in.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        double first = (System.nanoTime() - start) / 1e9;
        assertReportedOnce(out, files);
        start = System.nanoTime();
        cli.run("batch", in.toString(), "--out", out.toString(), "--threads", "2");
        double second = (System.nanoTime() - start) / 1e9;
        assertTrue(cli.printed().contains("，" + files + " 个文件未变、沿用上次结果"), cli.printed());
        assertReportedOnce(out, files);
        assertStoreConsistent(out, files, 2);
        System.out.printf("10,000 files: first round %.1f s, second round %.1f s%n", first, second);
    }

    /** How many times the batch was killed, and whether its last start finished the round (was not killed). */
    private record Storm(int kills, boolean finished) {
    }

    /**
     * Starts the batch in a JVM of its own and kills it (-9) at a random moment after it committed something
     * new, up to {@code times} times, or until a start finishes before it is killed.
     */
    private static Storm storm(Path in, Path out, Random random, int times) throws Exception {
        int kills = 0;
        for (int k = 0; k < times; k++) {
            int before = storedChecks(out);
            Process batch = ChildJvm.start(out.getParent().resolve("storm-" + k + ".log"), "batch", in.toString(),
                    "--out", out.toString(), "--threads", "2", "--quiet");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            // some way in: after a new commit, then a random moment more
            while (batch.isAlive() && storedChecks(out) <= before && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1500));
            if (!batch.isAlive()) {
                assertTrue(batch.exitValue() <= 1, "exit status " + batch.exitValue());
                return new Storm(kills, true); // finished the round before the kill: the storm is over
            }
            batch.destroyForcibly();
            assertTrue(batch.waitFor(30, TimeUnit.SECONDS));
            if (batch.exitValue() <= 1 || lastRunFinished(out)) {
                return new Storm(kills, true); // it finished just before the kill (or its run did, then it was killed)
            }
            kills++;
            ResultStore.open(out).close(); // the store opens after every kill (throws if it cannot)
        }
        return new Storm(kills, false);
    }

    /** The store's last run is marked finished: its round is done, whatever became of its process after. */
    private static boolean lastRunFinished(Path out) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(ResultStore.FILE_NAME));
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT finished IS NOT NULL FROM runs ORDER BY id DESC LIMIT 1")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void assertReportedOnce(Path out, int files) throws Exception {
        JsonNode report = JsonReport.mapper().readTree(out.resolve("report.json").toFile());
        Set<String> seen = new HashSet<>();
        for (JsonNode file : report.get("files")) {
            assertTrue(seen.add(file.get("file").asText()), "reported twice: " + file.get("file"));
            assertEquals("scored", file.get("status").asText(), file.toString());
        }
        assertEquals(files, seen.size());
    }

    /** Every input has exactly rounds 1..rounds, one check each; every run is finished. */
    private static void assertStoreConsistent(Path out, int files, int rounds) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(ResultStore.FILE_NAME));
             Statement s = db.createStatement()) {
            ResultSet rs = s.executeQuery("PRAGMA integrity_check");
            assertTrue(rs.next());
            assertEquals("ok", rs.getString(1));
            rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT input), MIN(round), MAX(round) FROM checks");
            assertTrue(rs.next());
            assertEquals(List.of(files * rounds, files, 1, rounds),
                    List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
            rs = s.executeQuery("SELECT COUNT(*) FROM (SELECT input, round FROM checks GROUP BY input, round "
                    + "HAVING COUNT(*) > 1)");
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "an input counted twice in a round");
            rs = s.executeQuery("SELECT COUNT(*), COUNT(finished) FROM runs");
            assertTrue(rs.next());
            assertEquals(List.of(rounds, rounds), List.of(rs.getInt(1), rs.getInt(2)), "one finished run per round");
        }
    }
}
