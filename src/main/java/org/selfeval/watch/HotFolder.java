package org.selfeval.watch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.store.Identity;
import org.selfeval.store.InputKey;
import org.selfeval.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot folder: a clerk drops a workbook into INBOX and finds the scored copy in DIR.
 *
 * <p>The jobs are split: {@link Inbox} says which files are ready (stable and whole), {@link Placement} moves a
 * file through the folders, {@link WatchSummary} records each result in the results store and streams 汇总.xlsx
 * from it, {@link DailyLog} keeps the log; this class is the loop.
 * Every time it reads (stable periods, the summary interval, time stamps) comes from one {@link Clock}, so tests
 * drive the loop {@linkplain #step() a pass at a time} with a clock they move, instead of waiting.
 *
 * <p>Crash safety, step by step for one file: (1) a file is taken only when its size and modification time have
 * not changed for {@code stable} and it {@linkplain Completeness looks whole}; (2) it is claimed by an atomic move
 * into INBOX/.processing/; (3) the scored copy is written under a temporary name in DIR/.selfeval-work/ and
 * renamed there; (4) an older output of the same name is moved to DIR/history/ with a time stamp; (5) the new
 * output is moved to DIR/NAME; (6) only then is the original moved to INBOX/processed/ (or, on failure, to
 * INBOX/failed/ with NAME.txt giving the reason). A process that dies anywhere leaves the original in
 * .processing/, and the next start processes it again; no partial file is ever visible under a final name.
 *
 * <p>Polling finds files even where WatchService drops events (network shares, overflow); the WatchService only
 * wakes the loop early. {@link #stop()} lets the file in hand finish.
 */
public final class HotFolder {
    private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);

    private final WatchOptions options;
    private final FileProcessor processor;
    private final Clock clock;
    private final Identity identity;
    private final DailyLog log;
    private final Inbox inbox;
    private final Placement placement;
    private final WatchSummary summary;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile WatchService watcher;
    private int handled;

    /**
     * @param console  where each file's log line is echoed (stderr), or null for the log file only
     * @param clock    the time the loop goes by (stable periods, summary interval, time stamps, log lines)
     * @param store    the results store of DIR (open for the hot folder's life; the caller closes it)
     * @param identity the tool, rules and layouts in force, recorded with every result
     */
    public HotFolder(WatchOptions options, FileProcessor processor, PrintStream console, Clock clock,
                     ResultStore store, Identity identity) {
        this.options = options;
        this.processor = processor;
        this.clock = clock;
        this.identity = identity;
        this.log = new DailyLog(options.logs(), console, clock);
        this.inbox = new Inbox(options.inbox(), options.stable());
        this.placement = new Placement(options, clock);
        this.summary = new WatchSummary(options, clock, store, identity);
    }

    /** Processes what is there, then each new file, until {@link #stop()}. */
    public void run() throws IOException {
        try {
            start();
            while (!stopping) {
                if (!step()) {
                    sleep();
                }
            }
            summary.flush(true);
        } finally {
            closeWatcher();
            summary.close();
            finished.countDown();
        }
    }

    /** Asks the loop to stop after the file in hand; returns at once. */
    public void stop() {
        stopping = true;
        closeWatcher();
    }

    /** Waits until {@link #run()} has returned (for a shutdown hook). */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /** Files taken and finished (scored or failed) since start. */
    public synchronized int handled() {
        return handled;
    }

    /** Folders made, leftovers of a dead process cleared, the store brought up to date, claimed files redone. */
    void start() throws IOException {
        for (Path dir : List.of(options.inbox(), options.outDir(), options.processing(), options.processed(),
                options.failed(), options.work())) {
            Files.createDirectories(dir);
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(options.work())) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p); // temporary files of a process that died
            }
        }
        summary.catchUp(processor, () -> stopping);
        try {
            WatchService ws = options.inbox().getFileSystem().newWatchService();
            options.inbox().register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            watcher = ws;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("no file-system events for {} ({}); polling only", options.inbox(), e.toString());
        }
        for (Path p : Inbox.list(options.processing())) {
            log.line("恢复 " + p.getFileName() + "（上次处理未完成，重新处理）");
            process(p, p.getFileName().toString(), Inbox.Fingerprint.of(p));
        }
    }

    /** One pass: takes every file ready now, then rewrites the summary if due. False when nothing was taken. */
    boolean step() throws IOException {
        boolean tookAny = false;
        for (Path file : inbox.ready(clock.instant())) {
            if (stopping) {
                break;
            }
            try {
                tookAny |= take(file);
            } catch (IOException e) {
                // one file that cannot be moved (locked, a folder gone) must not end the watch
                LOG.warn("cannot move {} ({}); tried again later", file, e.toString());
                inbox.forget(file); // waits another stable period, no busy retry
            }
        }
        summary.flush(false);
        return tookAny;
    }

    /** True once what DIR held at start is in the summary (for tests). */
    boolean summaryReady() {
        return summary.ready();
    }

    /** Waits until no 汇总.xlsx is being written (for tests). */
    void awaitSummary() {
        summary.awaitIdle();
    }

    private boolean take(Path file) throws IOException {
        Inbox.Fingerprint fp = Inbox.Fingerprint.of(file);
        if (fp == null || !fp.equals(inbox.seenAs(file))) {
            return false; // changed or gone since the scan
        }
        Path claimed = placement.claim(file);
        if (claimed == null) {
            return false;
        }
        inbox.forget(file);
        process(claimed, file.getFileName().toString(), fp);
        return true;
    }

    private void process(Path claimed, String name, Inbox.Fingerprint claimedAs) throws IOException {
        InputKey key;
        try {
            key = InputKey.of(claimed, identity);
        } catch (IOException e) {
            key = null; // unreadable: the processor fails it with its reason
        }
        FileResult result = processor.score(claimed, placement.work(name));
        Inbox.Fingerprint after = Inbox.Fingerprint.of(claimed);
        if (after != null && claimedAs != null && !after.equals(claimedAs)) {
            // still being written when it was claimed (a copier that keeps its handle): put it back and wait
            placement.putBack(claimed, name);
            log.line("跳过 " + name + "（文件仍在写入，稍后重试）");
            return;
        }
        FileResult placed = placement.place(claimed, name, result);
        summary.record(name, key, placed);
        synchronized (this) {
            handled++;
        }
        log.line(placed.failed() ? name + " " + placed.describe() : name + " 已评分 " + placed.describe());
    }

    private void sleep() {
        WatchService ws = watcher;
        try {
            if (ws == null) {
                Thread.sleep(options.poll().toMillis());
                return;
            }
            var key = ws.poll(options.poll().toMillis(), TimeUnit.MILLISECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        } catch (ClosedWatchServiceException e) {
            // stop() closed it
        }
    }

    private void closeWatcher() {
        WatchService ws = watcher;
        watcher = null;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
