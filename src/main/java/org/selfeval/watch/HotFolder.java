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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.selfeval.app.ErrorCodes;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;
import org.selfeval.io.AtomicFiles;
import org.selfeval.run.Recording;
import org.selfeval.run.Run;
import org.selfeval.run.Source;
import org.selfeval.run.Tally;
import org.selfeval.store.Identity;
import org.selfeval.store.ResultStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot folder: a clerk drops a workbook into INBOX and finds the scored copy in DIR.
 *
 * <p>The hot folder is one more source of the one {@link Run}: its inbox gives the files ready (each claimed
 * first), the run scores each, the hot folder {@linkplain Source#settle settles} it (puts the copy and the
 * original in place), and the run records it in the results store (each file a round of its own) and hands it to
 * the outputs: 汇总.xlsx ({@link WatchSummary}, streamed from the store) and the daily log ({@link DailyLog}), as a
 * batch's results go to its 汇总.xlsx, report and store. The other jobs are split: {@link Inbox} says which files
 * are ready (stable and whole), {@link Placement} moves a file through the folders; this class is the loop.
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
 * wakes the loop early. An INBOX deleted while the service runs is made again (or, when the folder holding it is
 * gone too, a lost share, waited for). {@link #stop()} abandons the file in hand (its scoring is interrupted,
 * nothing of it is written, the original goes back into INBOX) and ends the loop within moments.
 */
public final class HotFolder {
    private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);

    private final WatchOptions options;
    private final FileProcessor processor;
    private final Function<Job, FileResult> scorer;
    private final Clock clock;
    private final DailyLog log;
    private final Inbox inbox;
    private final Placement placement;
    private final WatchSummary summary;
    private final Recording recording;
    private final InboxSource source = new InboxSource();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Guards {@link #scoring} and the decision to stop, so a stop interrupts a scoring and nothing else. */
    private final Object scoringLock = new Object();
    /** The loop's thread while it scores a file, else null. */
    private Thread scoring;
    private volatile boolean stopping;
    private volatile WatchService watcher;
    private Run.Session session;
    private int handled;

    /**
     * @param console  where each file's log line is echoed (stderr), or null for the log file only
     * @param clock    the time the loop goes by (stable periods, summary interval, time stamps, log lines)
     * @param store    the results store of DIR (open for the hot folder's life; the caller closes it)
     * @param identity the tool, rules and layouts in force, recorded with every result
     */
    public HotFolder(WatchOptions options, FileProcessor processor, PrintStream console, Clock clock,
                     ResultStore store, Identity identity) {
        this(options, processor, job -> processor.score(job.input(), job.output()), console, clock, store, identity);
    }

    /** @param scorer how a claimed file is scored into its work path (tests slow it down) */
    HotFolder(WatchOptions options, FileProcessor processor, Function<Job, FileResult> scorer, PrintStream console,
              Clock clock, ResultStore store, Identity identity) {
        this.options = options;
        this.processor = processor;
        this.scorer = scorer;
        this.clock = clock;
        this.log = new DailyLog(options.logs(), console, clock);
        this.inbox = new Inbox(options.inbox(), options.stable());
        this.placement = new Placement(options, clock);
        this.summary = new WatchSummary(options, clock, store, identity);
        this.recording = Recording.eachFileItsOwnRound(store, WatchSummary.KIND, WatchSummary.source(options),
                identity, options.outDir());
    }

    /** Processes what is there, then each new file, until {@link #stop()}; the last line says what was done. */
    public void run() throws IOException {
        Instant started = clock.instant();
        try {
            start();
            while (!stopping) {
                if (!step()) {
                    sleep();
                }
            }
            Tally tally = session.finish();
            if (summary.abandoned()) {
                log.line("汇总表未能在停止前写完（各文件的结果已在结果库中），下次启动时重写");
            }
            log.line("已停止监视。" + tally.finalLine(Duration.between(started, clock.instant())));
        } finally {
            closeWatcher();
            if (session != null) {
                session.close();
            }
            finished.countDown();
        }
    }

    /**
     * Asks the loop to stop and returns at once: a file being scored is abandoned (its original goes back into
     * INBOX for the next start, nothing of it is written), the summary is written (or, when that takes longer
     * than {@code stopWait}, left to the next start), the loop ends.
     */
    public void stop() {
        synchronized (scoringLock) {
            stopping = true;
            if (scoring != null) {
                scoring.interrupt(); // FileProcessor abandons the file (one already being saved is let finish)
            }
        }
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

    /**
     * Folders made, leftovers of a dead process cleared, the store brought up to date, the run opened, and the
     * files a dead process had claimed redone.
     */
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
        watch();
        session = new Run(this::score, 1, Progress.NONE).open(List.of(summary, new LogLines()), recording);
        source.recover(Inbox.list(options.processing()));
        pass();
    }

    /** One pass: takes every file ready now, then rewrites the summary if due. False when nothing was taken. */
    boolean step() throws IOException {
        boolean tookAny = false;
        while (!stopping && pass()) {
            tookAny = true;
        }
        return tookAny;
    }

    /** One pass of the run over the inbox (one file at most); true when a file was taken. */
    private boolean pass() throws IOException {
        try {
            session.pass(source);
        } catch (IOException e) {
            // the store could not be written (locked, disk full): the file is in place, the next start records it
            LOG.warn("cannot record in the results store of {}: {}", options.outDir(), e.toString());
            log.line("无法写入结果库（" + e.getMessage() + "），下次启动时补记");
        }
        return source.tookOne;
    }

    /** True once what DIR held at start is in the summary (for tests). */
    boolean summaryReady() {
        return summary.ready();
    }

    /** Waits until no 汇总.xlsx is being written (for tests). */
    void awaitSummary() {
        summary.awaitIdle();
    }

    /** Scores a claimed file on the loop's thread, where {@link #stop()} can interrupt it, and only there. */
    private FileResult score(Job job) {
        synchronized (scoringLock) {
            if (stopping) {
                return FileProcessor.interrupted(job.input());
            }
            scoring = Thread.currentThread();
        }
        try {
            return scorer.apply(job);
        } finally {
            synchronized (scoringLock) {
                scoring = null;
            }
            Thread.interrupted(); // a stop's interrupt ends with the scoring: the moves after it are not cut short
        }
    }

    /** The inbox as the run's source: the files ready, claimed one at a time, and each put in place once scored. */
    private final class InboxSource implements Source {
        /** How each file in hand looked when claimed: a file that changed since was still being written. */
        private final Map<Path, Inbox.Fingerprint> claimedAs = new HashMap<>();
        private List<Job> recovered = List.of();
        /** Whether the last {@link #jobs()} claimed a file. */
        boolean tookOne;
        /** INBOX was found missing and could not be made again: said once, then waited for. */
        private boolean inboxGone;

        /** The files a dead process left claimed: the first pass redoes them. */
        void recover(List<Path> claimed) {
            List<Job> jobs = new ArrayList<>();
            for (Path p : claimed) {
                log.line("恢复 " + p.getFileName() + "（上次处理未完成，重新处理）");
                jobs.add(job(p, p.getFileName().toString()));
            }
            recovered = jobs;
        }

        private Job job(Path claimed, String name) {
            claimedAs.put(claimed, Inbox.Fingerprint.of(claimed));
            return new Job(claimed, Path.of(name), placement.work(name));
        }

        @Override
        public List<Job> jobs() throws IOException {
            tookOne = !recovered.isEmpty();
            if (tookOne) {
                List<Job> jobs = recovered;
                recovered = List.of();
                return jobs;
            }
            if (stopping || !inboxThere()) {
                return List.of();
            }
            List<Path> ready;
            try {
                ready = inbox.ready(clock.instant());
            } catch (IOException e) {
                LOG.warn("cannot list {} ({}); tried again later", options.inbox(), e.toString());
                return List.of(); // e.g. deleted while listed: the next pass makes it again
            }
            for (Path file : ready) {
                if (stopping) {
                    break;
                }
                try {
                    Job job = claim(file);
                    if (job != null) {
                        tookOne = true;
                        return List.of(job);
                    }
                } catch (IOException e) {
                    // one file that cannot be moved (locked, a folder gone) must not end the watch
                    LOG.warn("cannot move {} ({}); tried again later", file, e.toString());
                    inbox.forget(file); // waits another stable period, no busy retry
                }
            }
            return List.of();
        }

        private Job claim(Path file) throws IOException {
            Inbox.Fingerprint fp = Inbox.Fingerprint.of(file);
            if (fp == null || !fp.equals(inbox.seenAs(file))) {
                return null; // changed or gone since the scan
            }
            Path claimed = placement.claim(file);
            if (claimed == null) {
                return null;
            }
            inbox.forget(file);
            return job(claimed, file.getFileName().toString());
        }

        @Override
        public FileResult settle(Job job, FileResult result) {
            Path claimed = job.input();
            String name = job.relative().toString();
            Inbox.Fingerprint claimedAs = this.claimedAs.remove(claimed);
            try {
                if (stopping && result.failed() && ErrorCodes.INTERRUPTED.equals(result.error().code())) {
                    placement.putBack(claimed, name);
                    log.line("服务停止：" + name + " 未处理完，已放回收件文件夹，下次启动时处理");
                    return null;
                }
                Inbox.Fingerprint after = Inbox.Fingerprint.of(claimed);
                if (after != null && claimedAs != null && !after.equals(claimedAs)) {
                    // still being written when it was claimed (a copier that keeps its handle): put it back and wait
                    placement.putBack(claimed, name);
                    log.line("跳过 " + name + "（文件仍在写入，稍后重试）");
                    return null;
                }
                FileResult placed = placement.place(claimed, name, result);
                synchronized (HotFolder.this) {
                    handled++;
                }
                return placed;
            } catch (IOException e) {
                // e.g. INBOX deleted with the file in hand: this file is lost to the watch, the watch goes on
                LOG.warn("cannot put {} in place ({})", claimed, e.toString());
                AtomicFiles.deleteQuietly(placement.work(name));
                log.line("无法移动 " + name + "（" + e.getMessage() + "）");
                return null;
            }
        }

        /**
         * True when INBOX is there, made again if it was deleted while its parent folder is there; false while
         * the parent is gone too (a share that dropped): said once, and waited for.
         */
        private boolean inboxThere() {
            Path dir = options.inbox();
            if (Files.isDirectory(dir)) {
                if (inboxGone) {
                    inboxGone = false;
                    log.line("收件文件夹 " + dir + " 已恢复，继续监视");
                    watch();
                }
                return true;
            }
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                try {
                    Files.createDirectories(options.processing());
                    log.line("收件文件夹 " + dir + " 已被删除，已重新建立，继续监视");
                    inboxGone = false;
                    watch();
                    return true;
                } catch (IOException e) {
                    LOG.warn("cannot make {} again: {}", dir, e.toString());
                }
            }
            if (!inboxGone) {
                inboxGone = true;
                log.line("收件文件夹 " + dir + " 不存在（所在文件夹或共享盘不可用），等它恢复后继续监视");
            }
            return false;
        }
    }

    /** Each file's line in the daily log (and on the console). */
    private final class LogLines implements RunOutput {
        @Override
        public String label() {
            return "日志";
        }

        @Override
        public void add(FileResult placed) {
            String name = placed.file().getFileName().toString();
            log.line(placed.failed() ? name + " " + placed.describe() : name + " 已评分 " + placed.describe());
        }
    }

    /** (Re)registers INBOX with a WatchService; polling alone where there is none. */
    private void watch() {
        closeWatcher();
        try {
            WatchService ws = options.inbox().getFileSystem().newWatchService();
            options.inbox().register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            watcher = ws;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("no file-system events for {} ({}); polling only", options.inbox(), e.toString());
        }
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
