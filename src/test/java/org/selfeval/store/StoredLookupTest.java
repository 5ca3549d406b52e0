package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/**
 * ResultStore.stored, which a batch's workers call for every unchanged input: the record is read under the store's
 * lock and parsed outside it, so workers re-using thousands of stored results parse side by side instead of one
 * after the other (and the run's thread records meanwhile).
 */
class StoredLookupTest {
    private static final Identity IDENTITY = new Identity("工具", "规则", "表样");

    @TempDir
    Path dir;

    @Test
    void aStoredResult_comesBackEqual_toThreadsLookingItUpAtOnce() throws Exception {
        Path sample = Samples.copy(Samples.SEED, "xlsx", dir.resolve("in"));
        FileResult live = new FileProcessor(RuleSettings.national()).check(sample);
        try (ResultStore store = ResultStore.open(dir.resolve("out"))) {
            long run = store.recordAlone("batch", "/in", "a.xlsx", new InputKey("h", 1L, 1, IDENTITY), live, null, null);
            long id = store.latest("a.xlsx", run).result();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<FileResult>> lookups = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    lookups.add(pool.submit(() -> store.stored(id).toFileResult(live.file(), live.output())));
                }
                for (Future<FileResult> f : lookups) {
                    assertEquals(live, f.get());
                }
            } finally {
                pool.shutdown();
            }
            IOException missing = assertThrows(IOException.class, () -> store.stored(id + 1));
            assertEquals("结果库中没有结果 " + (id + 1), missing.getMessage());
        }
    }

    @Test
    void aRecordThatCannotBeRead_isSaidSo_andTheStoreStaysUsable() throws Exception {
        long id;
        try (ResultStore store = ResultStore.open(dir)) {
            long run = store.recordAlone("batch", "/in", "a.xlsx", new InputKey("h", 1L, 1, IDENTITY),
                    FileResult.failed(Path.of("a.xlsx"), "CORRUPT", "文件已损坏"), null, null);
            id = store.latest("a.xlsx", run).result();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ResultStore.FILE_NAME));
             Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE results SET record = '{\"status\":\"已评分' WHERE id = " + id); // cut short
        }
        try (ResultStore store = ResultStore.open(dir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.stored(id));
            assertTrue(e.getMessage().startsWith("a stored record that cannot be read: "), e.getMessage());
            assertEquals(1, store.latest("a.xlsx", Long.MAX_VALUE).round());
        }
    }

    @Test
    void theLookupItself_doesNotHoldTheStoresLock_whileTheRecordIsParsed() throws Exception {
        // the parse (the bulk of a lookup's time) cannot be paused from outside to observe the lock: the method
        // is checked not to be synchronized as a whole (its query is, in a private method)
        assertFalse(Modifier.isSynchronized(ResultStore.class.getMethod("stored", long.class).getModifiers()));
    }
}
