package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileResult;

/**
 * ResultStore.forEachLatest, which the hot folder's 汇总.xlsx is streamed from: every input's latest check, in
 * input order, across pages; and the store is free between pages, so the hot folder records its next file while
 * a summary of thousands of forms is written (it waited for the whole summary: tens of seconds).
 */
class LatestPagesTest {
    private static final String SOURCE = "/收件";
    private static final Identity IDENTITY = new Identity("工具", "规则", "表样");

    @TempDir
    Path dir;

    private static void record(ResultStore store, String input, String code) throws Exception {
        store.recordAlone("watch", SOURCE, input, new InputKey(code, 1L, 1, IDENTITY),
                FileResult.failed(Path.of(input), code, "说明"), null, null);
    }

    @Test
    void everyInputsLatestCheck_inInputOrder_acrossPages() throws Exception {
        int page = 4;
        int inputs = page * 2 + 1;
        try (ResultStore store = ResultStore.open(dir)) {
            for (int i = inputs - 1; i >= 0; i--) {
                record(store, String.format("表%04d.xlsx", i), "CORRUPT");
            }
            record(store, "表0007.xlsx", "ENCRYPTED"); // a second round of one input
            record(store, "表0007.xlsx", "TOO_LARGE"); // and a third
            store.recordAlone("batch", SOURCE, "别的.xlsx", new InputKey("x", 1L, 1, IDENTITY),
                    FileResult.failed(Path.of("别的.xlsx"), "CORRUPT", "说明"), null, null); // another kind: not listed
            List<String> seen = new ArrayList<>();
            store.forEachLatest("watch", SOURCE, page, c -> seen.add(c.input() + " " + c.stored().toFileResult(
                    Path.of(c.input()), null).error().code()));
            assertEquals(inputs, seen.size());
            for (int i = 0; i < inputs; i++) {
                assertEquals(String.format("表%04d.xlsx %s", i, i == 7 ? "TOO_LARGE" : "CORRUPT"), seen.get(i));
            }
        }
    }

    @Test
    @Timeout(60)
    void aFileIsRecorded_whileTheSummaryIsStreamed() throws Exception {
        try (ResultStore store = ResultStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                record(store, String.format("表%04d.xlsx", i), "CORRUPT");
            }
            CountDownLatch recorded = new CountDownLatch(1);
            Thread loop = new Thread(() -> {
                try {
                    record(store, "新.xlsx", "CORRUPT"); // the hot folder's next file
                    recorded.countDown();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            boolean[] recordedMidStream = {false};
            store.forEachLatest("watch", SOURCE, 2, c -> {
                if (c.input().equals("表0000.xlsx")) {
                    loop.start();
                    try { // the summary goes on writing its first form while the loop records
                        recordedMidStream[0] = recorded.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            loop.join(30_000);
            assertTrue(recordedMidStream[0], "the record waited for the whole summary");
        }
    }
}
