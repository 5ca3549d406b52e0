package org.selfeval.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.SummaryWorkbook;
import org.selfeval.io.SubmissionFiles;
import org.selfeval.store.Identity;
import org.selfeval.store.InputKey;
import org.selfeval.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot folder's 汇总.xlsx, one of the outputs of its run. Every file placed is recorded in the results store of
 * DIR by the run (a round of its name); 汇总.xlsx is streamed from the store (the latest check of every name, with
 * the comparison against its previous version), so no per-file result is kept in memory. It is rewritten
 * atomically at most every {@code summaryInterval} of the hot folder's clock (at a {@linkplain #pause pause} of the
 * run, on its own thread), at the end of the run, and never before the store holds what DIR already held at start.
 */
final class WatchSummary implements RunOutput {
    static final String KIND = "watch";
    private static final Logger LOG = LoggerFactory.getLogger(WatchSummary.class);

    private final WatchOptions options;
    private final Clock clock;
    private final ResultStore store;
    private final Identity identity;
    private final String source;
    private boolean dirty;
    /** False while scored copies and failure notes the store does not know yet are being added to it. */
    private volatile boolean ready;
    private Instant lastWritten = Instant.EPOCH;
    /** A summary is being written on {@link #writer}. */
    private boolean writing;
    /** A stop gave up waiting for the summary: what is being written stops at its next form, leaving no file. */
    private volatile boolean abandoned;
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "selfeval-summary");
        t.setDaemon(true);
        return t;
    });

    WatchSummary(WatchOptions options, Clock clock, ResultStore store, Identity identity) {
        this.options = options;
        this.clock = clock;
        this.store = store;
        this.identity = identity;
        this.source = source(options);
    }

    /** The store's source of the hot folder's runs: its inbox. */
    static String source(WatchOptions options) {
        return options.inbox().toAbsolutePath().normalize().toString();
    }

    @Override
    public String label() {
        return "汇总表";
    }

    /** A file the run has recorded in the store: the summary is to be rewritten. */
    @Override
    public synchronized void add(FileResult result) {
        dirty = true;
    }

    @Override
    public void pause() {
        flush();
    }

    /**
     * At the end of the run (a stop): what is not yet in 汇总.xlsx is written, on the summary's own thread, and
     * waited for at most {@code stopWait}. Past that the writing is abandoned at its next form, leaving no file
     * (the store holds every result, and the next start writes the summary in full): over thousands of forms it
     * takes longer than a service stop should (SIGTERM, a machine shutting down).
     */
    @Override
    public void finish() {
        java.util.concurrent.Future<?> done = writer.submit(() -> {
            synchronized (this) {
                if (!dirty || !ready) {
                    return;
                }
                dirty = false;
                writing = true;
                lastWritten = clock.instant();
            }
            write();
        });
        try {
            done.get(options.stopWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned = true; // the summary in hand and the final one stop at their next form
            LOG.info("{} not finished within {} of the stop; left to the next start", SummaryWorkbook.FILE_NAME,
                    options.stopWait());
            awaitIdle(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("cannot write {}: {}", SummaryWorkbook.FILE_NAME, e.getCause().toString());
        }
    }

    /** True when a stop left 汇总.xlsx to the next start (see {@link #finish}). */
    boolean abandoned() {
        return abandoned;
    }

    /** Ends the summary's thread once what it was given is written. */
    @Override
    public void close() {
        writer.shutdown();
    }

    /** What start finds in DIR or INBOX/failed and the store does not know: recorded as a round of its own. */
    private void record(String name, InputKey key, FileResult placed) throws IOException {
        Long size = placed.output() == null ? null : Files.size(placed.output());
        store.recordAlone(KIND, source, name, key == null ? InputKey.unreadable(identity) : key, placed,
                placed.output() == null ? null : placed.output().getFileName().toString(), size);
        synchronized (this) {
            dirty = true;
        }
    }

    /** True once what DIR held at start is in the store. */
    boolean ready() {
        return ready;
    }

    /**
     * At start: what DIR and INBOX/failed hold that the store does not know (copies scored before the store
     * existed, or placed by a process killed before it recorded them) is added to it (not the copy of a file
     * still claimed in INBOX/.processing: that file is scored again and recorded once), each scored copy checked
     * again (idempotent). That runs beside the loop, so new files are scored at once; when the store knows
     * everything already, nothing is checked and the summary is ready at once.
     */
    void catchUp(FileProcessor processor, BooleanSupplier stopping) throws IOException {
        Set<String> knownOutputs = new HashSet<>(store.outputs(KIND, source));
        for (Path claimed : Inbox.list(options.processing())) {
            // a killed run put its copy in place but never moved the original on: redone by start, recorded then
            knownOutputs.add(SubmissionFiles.scoredName(claimed.getFileName().toString()));
        }
        List<Path> outputs = new ArrayList<>();
        for (Path p : Inbox.list(options.outDir())) {
            String name = p.getFileName().toString();
            if (InputTree.isWorkbookName(name) && !name.equals(SummaryWorkbook.FILE_NAME)
                    && !knownOutputs.contains(name)) {
                outputs.add(p);
            }
        }
        Set<String> knownInputs = new HashSet<>(store.inputs(KIND, source));
        List<FailureNote.Note> failures = new ArrayList<>();
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(options.failed(), "*.txt")) {
            for (Path txt : notes) {
                FailureNote.read(txt).filter(n -> !knownInputs.contains(n.name())).ifPresent(failures::add);
            }
        }
        if (outputs.isEmpty() && failures.isEmpty()) {
            markReady();
            return;
        }
        Thread catchUp = new Thread(() -> {
            try {
                for (Path p : outputs) {
                    if (stopping.getAsBoolean()) {
                        return;
                    }
                    String name = p.getFileName().toString();
                    FileResult checked = processor.check(p);
                    record(name, InputKey.of(p, identity), new FileResult(options.inbox().resolve(name), p,
                            checked.failed() ? checked.status() : FileResult.Status.SCORED, checked.error(),
                            checked.forms(), checked.findings(), checked.note()));
                }
                for (FailureNote.Note note : failures) {
                    record(note.name(), null,
                            FileResult.failed(options.inbox().resolve(note.name()), note.code(), note.message()));
                }
                markReady();
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot bring the results store of {} up to date: {}", options.outDir(), e.toString());
            }
        }, "selfeval-summary-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
    }

    private void markReady() {
        synchronized (this) {
            dirty = true;
        }
        ready = true;
    }

    /**
     * Rewrites 汇总.xlsx when something changed and {@code summaryInterval} has passed since the last, on the
     * summary's own thread: streaming thousands of stored results takes seconds, and the loop must serve the next
     * file meanwhile.
     */
    void flush() {
        Instant now = clock.instant();
        synchronized (this) {
            if (!dirty || !ready || writing) {
                return; // never a summary that lacks what DIR already held
            }
            if (lastWritten.plus(options.summaryInterval()).isAfter(now)) {
                return;
            }
            dirty = false;
            writing = true;
            lastWritten = now;
        }
        writer.execute(this::write);
    }

    /** Waits until no summary is being written (tests). */
    void awaitIdle() {
        awaitIdle(null);
    }

    /** Waits until no summary is being written, at most {@code max} (null: for as long as it takes). */
    private void awaitIdle(Duration max) {
        if (writer.isShutdown()) {
            return;
        }
        try {
            java.util.concurrent.Future<?> idle = writer.submit(() -> { });
            if (max == null) {
                idle.get();
            } else {
                idle.get(max.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // the daemon writer is left to the JVM's exit; it writes nothing more
        }
    }

    private void write() {
        try (SummaryWorkbook summary = new SummaryWorkbook(options.inbox(), options.outDir(), true)) {
            store.forEachLatest(KIND, source, check -> {
                if (abandoned) {
                    throw new java.util.concurrent.CancellationException("stopped");
                }
                Path output = check.output() == null ? null : options.outDir().resolve(check.output());
                FileResult result = check.stored().toFileResult(options.inbox().resolve(check.input()), output);
                try {
                    ResultStore.Check previous = store.previousVersion(check.input(), check.run(), check.key());
                    summary.add(result, previous == null ? null : store.stored(previous.result())
                            .toFileResult(options.inbox().resolve(check.input()), null));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            summary.write(options.outDir().resolve(SummaryWorkbook.FILE_NAME));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write {}: {}", SummaryWorkbook.FILE_NAME, e.toString());
            synchronized (this) {
                dirty = true;
            }
        } finally {
            synchronized (this) {
                writing = false;
            }
        }
    }
}
