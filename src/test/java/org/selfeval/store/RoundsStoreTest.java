package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileResult;

/**
 * What the store keeps for the rounds of a batch (schema version 2): the version a form is compared with, the last
 * check of thousands of inputs at once, re-used checks recorded in one go, and what a finished batch wrote.
 */
class RoundsStoreTest {
    private static final String SOURCE = "/县";
    private static final Identity IDENTITY = new Identity("工具", "规则", "表样");

    @TempDir
    Path dir;

    private static InputKey bytes(String sha, long crc) {
        return new InputKey(sha, crc, 100, IDENTITY);
    }

    /** A failed result: the store needs no form to keep one, and its code tells the rounds apart. */
    private static long record(ResultStore store, long run, String input, InputKey key, String code) throws Exception {
        return store.record(run, input, key, FileResult.failed(Path.of(input), code, "说明"), 0, null, null);
    }

    @Test
    void aFileIsToldUnchanged_byItsSizeAndCrc_forTheSameToolRulesAndLayouts() throws Exception {
        Path file = dir.resolve("表.xlsx");
        Files.write(file, "工作簿的字节".repeat(20_000).getBytes(java.nio.charset.StandardCharsets.UTF_8)); // > a buffer
        InputKey key = InputKey.of(file, IDENTITY);
        assertEquals(Files.size(file), key.size());
        assertEquals(64, key.sha256().length());
        assertTrue(key.matches(InputKey.Glance.of(file), IDENTITY));
        assertFalse(key.matches(InputKey.Glance.of(file), new Identity("工具", "别的规则", "表样")));

        byte[] changed = Files.readAllBytes(file);
        changed[changed.length / 2] ^= 1; // one bit, same size
        Files.write(file, changed);
        assertFalse(key.matches(InputKey.Glance.of(file), IDENTITY));
        assertEquals(InputKey.of(file, IDENTITY).crc32c(), InputKey.Glance.of(file).crc32c());
    }

    @Test
    void aFormIsComparedWithItsPreviousVersion_notWithTheSameBytesCheckedAgain() throws Exception {
        try (ResultStore store = ResultStore.open(dir)) {
            long run1 = store.beginRun("batch", SOURCE, IDENTITY);
            long first = record(store, run1, "表.xlsx", bytes("a", 1), "CORRUPT");
            store.finishRun(run1);
            long run2 = store.beginRun("batch", SOURCE, IDENTITY);
            store.record(run2, "表.xlsx", bytes("a", 1), null, first, null, null); // unchanged: re-used
            store.finishRun(run2);
            long run3 = store.beginRun("batch", SOURCE, IDENTITY);
            long corrected = record(store, run3, "表.xlsx", bytes("b", 2), "ENCRYPTED");
            store.finishRun(run3);
            long run4 = store.beginRun("batch", SOURCE, IDENTITY);
            store.record(run4, "表.xlsx", bytes("b", 2), null, corrected, null, null);

            assertNull(store.previousVersion("表.xlsx", run2, bytes("a", 1)), "the first version has none");
            assertEquals(run2, store.previousVersion("表.xlsx", run3, bytes("b", 2)).run());
            // two rounds after the correction, the form is still compared with the version before it
            ResultStore.Check before = store.previousVersion("表.xlsx", run4, bytes("b", 2));
            assertEquals(first, before.result());
            assertEquals(4, store.latest("表.xlsx", run4).round());
        }
    }

    @Test
    void theLastCheckOfManyInputs_isWhatEachOnesLookUpGives() throws Exception {
        int inputs = 1_100; // more than one query's worth
        try (ResultStore store = ResultStore.open(dir)) {
            store.groupCommits(10_000);
            long run1 = store.beginRun("batch", SOURCE, IDENTITY);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < inputs; i++) {
                names.add(String.format("县%02d/表%04d.xlsx", i % 7, i));
                record(store, run1, names.get(i), bytes("s" + i, i), "CORRUPT");
            }
            store.finishRun(run1);
            long run2 = store.beginRun("batch", SOURCE, IDENTITY);
            record(store, run2, names.get(5), bytes("新", 5), "ENCRYPTED"); // one input checked again
            names.add("从未检查.xlsx");

            Map<String, ResultStore.Check> latest = store.latest(names, run2);
            assertEquals(inputs, latest.size(), "an input never checked is absent");
            for (String name : List.of(names.get(0), names.get(5), names.get(inputs - 1))) {
                assertEquals(store.latest(name, run2), latest.get(name));
            }
            assertEquals(run2, latest.get(names.get(5)).run());
            assertEquals(5L, latest.get(names.get(5)).key().crc32c());
            // as of the first run, the input checked again is at its first check
            assertEquals(run1, store.latest(names, run1).get(names.get(5)).run());
        }
    }

    @Test
    void reusedChecks_areRecordedInOneGo_eachInItsNextRound() throws Exception {
        try (ResultStore store = ResultStore.open(dir)) {
            long run1 = store.beginRun("batch", SOURCE, IDENTITY);
            long a = store.record(run1, "甲.xlsx", bytes("a", 1), FileResult.failed(Path.of("甲.xlsx"), "CORRUPT", "说明"),
                    0, "甲.xlsx", 10L);
            long b = store.record(run1, "乙.xlsx", bytes("b", 2), FileResult.failed(Path.of("乙.xlsx"), "CORRUPT", "说明"),
                    0, "乙.xlsx", 20L);
            store.finishRun(run1);
            long run2 = store.beginRun("batch", SOURCE, IDENTITY);
            Map<String, ResultStore.Check> last = store.latest(List.of("甲.xlsx", "乙.xlsx"), run2);
            List<ResultStore.Check> checks = List.of(last.get("甲.xlsx"), last.get("乙.xlsx"));
            store.recordReused(run2, checks, List.of("甲.xlsx", "乙.xlsx"));
            store.recordReused(run2, checks, List.of("甲.xlsx", "乙.xlsx")); // a resumed run: replaced, not doubled

            ResultStore.Check again = store.latest("甲.xlsx", run2);
            assertEquals(List.of(run2, 2, a, true, 10L), List.of(again.run(), again.round(), again.result(),
                    again.reused(), again.outputSize()));
            assertEquals(b, store.latest("乙.xlsx", run2).result());
            assertEquals(2, store.history("甲.xlsx").size());
        }
    }

    @Test
    void whatAFinishedBatchWrote_isFoundForTheSameSourceAndIdentityOnly() throws Exception {
        try (ResultStore store = ResultStore.open(dir)) {
            long run1 = store.beginRun("batch", SOURCE, IDENTITY);
            ResultStore.RunOutputs wrote = new ResultStore.RunOutputs("键", 3, 4, 1, 0,
                    List.of(new ResultStore.OutputFile("/出/汇总.xlsx", 123, 456)));
            store.finishRun(run1, wrote);

            assertEquals(wrote, store.lastOutputs("batch", SOURCE, IDENTITY));
            assertNull(store.lastOutputs("batch", "/别的县", IDENTITY));
            assertNull(store.lastOutputs("batch", SOURCE, new Identity("新工具", "规则", "表样")));
            long killed = store.beginRun("batch", SOURCE, IDENTITY); // unfinished: the last finished one counts
            assertTrue(killed > run1);
            assertEquals(wrote, store.lastOutputs("batch", SOURCE, IDENTITY));
            store.finishRun(killed); // finished without outputs kept (one failed): nothing to leave as it is
            assertNull(store.lastOutputs("batch", SOURCE, IDENTITY));
        }
    }

    @Test
    void aStoreOfSchemaVersion1_isBroughtToVersion2_andItsResultsNeverMatchAGlance() throws Exception {
        Path file = dir.resolve(ResultStore.FILE_NAME);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, "
                    + "tool TEXT NOT NULL, rules TEXT NOT NULL, layouts TEXT NOT NULL, started TEXT NOT NULL, finished TEXT)");
            s.execute("CREATE TABLE results (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL, "
                    + "tool TEXT NOT NULL, rules TEXT NOT NULL, layouts TEXT NOT NULL, status TEXT NOT NULL, "
                    + "error_code TEXT, forms INTEGER NOT NULL, errors INTEGER NOT NULL, warnings INTEGER NOT NULL, "
                    + "record TEXT NOT NULL)");
            s.execute("CREATE TABLE checks (id INTEGER PRIMARY KEY, run INTEGER NOT NULL REFERENCES runs(id), "
                    + "input TEXT NOT NULL, round INTEGER NOT NULL, result INTEGER NOT NULL REFERENCES results(id), "
                    + "reused INTEGER NOT NULL, output TEXT, output_size INTEGER, checked TEXT NOT NULL, "
                    + "UNIQUE (run, input))");
            s.execute("CREATE INDEX checks_by_input ON checks(input, run)");
            s.execute("CREATE TABLE findings (result INTEGER NOT NULL REFERENCES results(id), form INTEGER NOT NULL, "
                    + "sheet TEXT NOT NULL, cell TEXT, severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL)");
            s.execute("INSERT INTO runs VALUES (1, 'batch', '/县', '工具', '规则', '表样', '2026-11-01T00:00:00Z', "
                    + "'2026-11-01T00:01:00Z')");
            s.execute("INSERT INTO results VALUES (1, 'aa', 100, '工具', '规则', '表样', 'SCORED', NULL, 1, 0, 0, "
                    + "'{\"status\":\"SCORED\",\"forms\":[]}')");
            s.execute("INSERT INTO checks VALUES (1, 1, '表.xlsx', 1, 1, 0, '表.xlsx', 10, '2026-11-01T00:00:30Z')");
            s.execute("PRAGMA user_version = 1");
        }

        try (ResultStore store = ResultStore.open(dir)) {
            ResultStore.Check old = store.latest("表.xlsx", Long.MAX_VALUE);
            assertEquals("aa", old.key().sha256());
            assertNull(old.key().crc32c(), "version 1 kept no CRC-32C");
            assertFalse(old.key().matches(new InputKey.Glance(100, 0), IDENTITY), "so its result is not re-used");
            assertNull(store.lastOutputs("batch", "/县", IDENTITY), "and it kept no outputs");
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            assertTrue(rs.next());
            assertEquals(ResultStore.SCHEMA_VERSION, rs.getInt(1));
        }
    }
}
