package org.selfeval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;

/** An output on its own thread gets what it would get on the run's thread, and its failures reach the run. */
class BackgroundTest {
    private static FileResult result(int i) {
        return FileResult.failed(Path.of("f" + i + ".xlsx"), "CORRUPT", "坏" + i);
    }

    /** Records what it is given and on which thread. */
    private static class Recorder implements RunOutput {
        final List<String> seen = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        boolean finished;
        boolean closed;

        @Override
        public void add(FileResult result, FileResult previousRound) throws IOException {
            seen.add(result.file() + "<" + (previousRound == null ? "-" : previousRound.file()));
            threads.add(Thread.currentThread());
        }

        @Override
        public void add(FileResult result) throws IOException {
            add(result, null);
        }

        @Override
        public void finish() {
            finished = true;
            threads.add(Thread.currentThread());
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void everyResult_arrivesInOrder_onOneOtherThread_andFinishWaitsForThem() throws Exception {
        Recorder recorder = new Recorder();
        try (Background background = new Background(recorder)) {
            for (int i = 0; i < 500; i++) { // more than the queue holds: the run's thread waits, nothing is lost
                background.add(result(i), i % 2 == 0 ? null : result(i - 1));
            }
            background.finish();
        }
        assertEquals(500, recorder.seen.size());
        for (int i = 0; i < 500; i++) {
            assertEquals("f" + i + ".xlsx<" + (i % 2 == 0 ? "-" : "f" + (i - 1) + ".xlsx"), recorder.seen.get(i));
        }
        assertTrue(recorder.finished);
        assertTrue(recorder.closed);
        assertEquals(1, recorder.threads.stream().distinct().count(), "one thread for the output");
        assertNotEquals(Thread.currentThread(), recorder.threads.get(0));
    }

    @Test
    void aFailingOutput_throwsItsFailureToTheRun_atItsNextCall() throws Exception {
        IllegalStateException defect = new IllegalStateException("defect");
        CountDownLatch failed = new CountDownLatch(1);
        Recorder failing = new Recorder() {
            @Override
            public void add(FileResult result, FileResult previousRound) throws IOException {
                super.add(result, previousRound);
                if (seen.size() == 3) {
                    failed.countDown();
                    throw defect;
                }
            }
        };
        Background background = new Background(failing);
        for (int i = 0; i < 3; i++) {
            background.add(result(i), null);
        }
        failed.await();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            for (int i = 3; i < 1000; i++) {
                background.add(result(i), null); // thrown as soon as the failure is seen
            }
            background.finish();
        });
        assertSame(defect, thrown);
        background.close();
        assertEquals(3, failing.seen.size(), "nothing is given to an output after it failed");
        assertFalse(failing.finished);
        assertTrue(failing.closed);
    }

    @Test
    void closedWithoutFinishing_stopsTheThread_andClosesTheOutputUnfinished() throws Exception {
        Recorder recorder = new Recorder();
        Background background = new Background(recorder);
        background.add(result(1), null);
        background.close();
        assertFalse(recorder.finished, "a run that failed leaves no file: its outputs are only closed");
        assertTrue(recorder.closed);
    }

    @Test
    void anOutputThatCannotBeMade_failsWithItsLabel_andTheRunsOtherOutputsGetEverything() throws Exception {
        Recorder healthy = new Recorder();
        java.util.List<RunOutput> outputs = java.util.List.of(
                new Background("汇总表 汇总.xlsx", () -> {
                    throw new java.io.IOException("磁盘已满");
                }),
                new Background(healthy));
        Tally tally = new Tally();
        java.util.List<RunOutput> live = new java.util.ArrayList<>(outputs);
        for (int i = 0; i <= 100; i++) { // as Run does: 100 results, then finish; an output that fails is dropped
            FileResult r = i < 100 ? result(i) : null;
            live.removeIf(o -> {
                try {
                    if (r == null) {
                        o.finish();
                    } else {
                        o.add(r, null);
                    }
                    return false;
                } catch (IOException | RuntimeException e) {
                    tally.outputFailed(o.label() + "未能写出：" + e.getMessage());
                    return true;
                }
            });
        }
        for (RunOutput o : outputs) {
            o.close();
        }
        assertEquals(100, healthy.seen.size());
        assertTrue(healthy.finished);
        assertEquals(java.util.List.of("汇总表 汇总.xlsx未能写出：磁盘已满"), tally.outputsFailed());
    }
}
