package org.selfeval.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.SummaryWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot folder's 汇总.xlsx: the latest result of every name in DIR and INBOX/failed, rewritten atomically at
 * most every {@code summaryInterval} of the hot folder's clock, and never before what DIR already held at start
 * has been rebuilt.
 */
final class WatchSummary implements RunOutput {
    private static final Logger LOG = LoggerFactory.getLogger(WatchSummary.class);

    private final WatchOptions options;
    private final Clock clock;
    /** Latest result per output name. */
    private final Map<String, FileResult> latest = new TreeMap<>();
    private boolean dirty;
    /** False while the results of what DIR already held are being rebuilt in the background. */
    private volatile boolean ready;
    private Instant lastWritten = Instant.EPOCH;

    WatchSummary(WatchOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** A file the loop has just placed: its result replaces any earlier one of that name. */
    @Override
    public synchronized void add(FileResult placed) {
        latest.put(placed.file().getFileName().toString(), placed);
        dirty = true;
    }

    /** Writes 汇总.xlsx now if anything changed and the rebuild is complete (at stop). */
    @Override
    public void finish() {
        flush(true);
    }

    /** True once what DIR held at start is in the summary. */
    boolean ready() {
        return ready;
    }

    /**
     * The summary lists what DIR holds: its scored copies (checked again, which is idempotent) and the failures
     * in INBOX/failed. After months of use DIR holds thousands of copies, so this runs beside the loop: new files
     * are scored at once, and 汇总.xlsx is written only once the rebuild is complete (a newer result of the same
     * name always wins over the rebuilt one).
     */
    void rebuildInBackground(FileProcessor processor, BooleanSupplier stopping) throws IOException {
        List<Path> outputs = new ArrayList<>();
        for (Path p : Inbox.list(options.outDir())) {
            String name = p.getFileName().toString();
            if (InputTree.isWorkbookName(name) && !name.equals(SummaryWorkbook.FILE_NAME)) {
                outputs.add(p);
            }
        }
        List<FailureNote.Note> failures = new ArrayList<>();
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(options.failed(), "*.txt")) {
            for (Path txt : notes) {
                FailureNote.read(txt).ifPresent(failures::add);
            }
        }
        Thread rebuild = new Thread(() -> {
            try {
                for (Path p : outputs) {
                    if (stopping.getAsBoolean()) {
                        return;
                    }
                    String name = p.getFileName().toString();
                    FileResult checked = processor.check(p);
                    remember(name, new FileResult(options.inbox().resolve(name), p,
                            checked.failed() ? checked.status() : FileResult.Status.SCORED, checked.error(),
                            checked.forms(), checked.findings(), checked.note()));
                }
                for (FailureNote.Note note : failures) {
                    remember(note.name(),
                            FileResult.failed(options.inbox().resolve(note.name()), note.code(), note.message()));
                }
                synchronized (this) {
                    dirty = true;
                }
                ready = true;
            } catch (RuntimeException e) {
                LOG.warn("cannot rebuild the summary of {}: {}", options.outDir(), e.toString());
            }
        }, "selfeval-summary-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    /** A rebuilt result, unless the loop has already recorded a newer one of that name. */
    private synchronized void remember(String name, FileResult result) {
        latest.putIfAbsent(name, result);
    }

    /** Rewrites 汇总.xlsx when something changed and {@code summaryInterval} has passed since the last (or force). */
    void flush(boolean force) {
        List<FileResult> results;
        Instant now = clock.instant();
        synchronized (this) {
            if (!dirty || !ready) {
                return; // never a summary that lacks what DIR already held
            }
            if (!force && lastWritten.plus(options.summaryInterval()).isAfter(now)) {
                return;
            }
            results = new ArrayList<>(latest.values());
            dirty = false;
        }
        try {
            SummaryWorkbook.write(results, options.outDir(), options.outDir().resolve(SummaryWorkbook.FILE_NAME));
            lastWritten = now;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write {}: {}", SummaryWorkbook.FILE_NAME, e.toString());
            synchronized (this) {
                dirty = true;
            }
        }
    }
}
