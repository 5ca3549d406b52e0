package org.selfeval.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.selfeval.app.ErrorCodes;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.SummaryWorkbook;
import org.selfeval.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot folder: a clerk drops a workbook into INBOX and finds the scored copy in DIR.
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
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final WatchOptions options;
    private final FileProcessor processor;
    private final DailyLog log;
    private final Map<Path, Seen> seen = new HashMap<>();
    /** Latest result per output name, kept for 汇总.xlsx. */
    private final Map<String, FileResult> latest = new TreeMap<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile WatchService watcher;
    private boolean summaryDirty;
    /** False while the results of what DIR already held are being rebuilt in the background. */
    private volatile boolean summaryStateReady;
    private Instant lastSummary = Instant.EPOCH;
    private int handled;

    public HotFolder(WatchOptions options, FileProcessor processor) {
        this(options, processor, null);
    }

    /** @param console where each file's log line is echoed (stderr), or null for the log file only */
    public HotFolder(WatchOptions options, FileProcessor processor, java.io.PrintStream console) {
        this.options = options;
        this.processor = processor;
        this.log = new DailyLog(options.logs(), console);
    }

    /** Processes what is there, then each new file, until {@link #stop()}. */
    public void run() throws IOException {
        try {
            prepare();
            recoverClaimed();
            while (!stopping) {
                List<Path> ready = scan();
                boolean tookAny = false;
                for (Path file : ready) {
                    if (stopping) {
                        break;
                    }
                    try {
                        handle(file);
                        tookAny = true;
                    } catch (IOException e) {
                        // one file that cannot be moved (locked, a folder gone) must not end the watch
                        LOG.warn("cannot move {} ({}); tried again later", file, e.toString());
                        seen.remove(file); // waits another stable period, no busy retry
                    }
                }
                flushSummary(false);
                if (!tookAny) {
                    sleep();
                }
            }
            flushSummary(true);
        } finally {
            closeWatcher();
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

    private void prepare() throws IOException {
        for (Path dir : List.of(options.inbox(), options.outDir(), options.processing(), options.processed(),
                options.failed(), options.work())) {
            Files.createDirectories(dir);
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(options.work())) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p); // temporary files of a process that died
            }
        }
        rebuildSummaryStateInBackground();
        try {
            WatchService ws = options.inbox().getFileSystem().newWatchService();
            options.inbox().register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            watcher = ws;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("no file-system events for {} ({}); polling only", options.inbox(), e.toString());
        }
    }

    /**
     * The summary lists what DIR holds: its scored copies (checked again, which is idempotent) and the failures
     * in INBOX/failed. After months of use DIR holds thousands of copies, so this runs beside the loop: new files
     * are scored at once, and 汇总.xlsx is written only once the rebuild is complete (a newer result of the same
     * name always wins over the rebuilt one).
     */
    private void rebuildSummaryStateInBackground() throws IOException {
        List<Path> outputs = new ArrayList<>();
        for (Path p : list(options.outDir())) {
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
                    if (stopping) {
                        return;
                    }
                    String name = p.getFileName().toString();
                    FileResult checked = processor.check(p);
                    remember(name, new FileResult(options.inbox().resolve(name), p,
                            checked.failed() ? checked.status() : FileResult.Status.SCORED, checked.error(),
                            checked.forms()));
                }
                for (FailureNote.Note note : failures) {
                    remember(note.name(),
                            FileResult.failed(options.inbox().resolve(note.name()), note.code(), note.message()));
                }
                synchronized (this) {
                    summaryDirty = true;
                }
                summaryStateReady = true;
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

    private void recoverClaimed() throws IOException {
        List<Path> claimed = list(options.processing());
        for (Path p : claimed) {
            log.line("恢复 " + p.getFileName() + "（上次处理未完成，重新处理）");
            process(p, p.getFileName().toString(), fingerprint(p));
        }
    }

    private List<Path> scan() throws IOException {
        Instant now = Instant.now();
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> current = new HashMap<>();
        for (Path p : list(options.inbox())) {
            String name = p.getFileName().toString();
            if (InputTree.isIgnoredName(name)) {
                continue;
            }
            Fingerprint fp = fingerprint(p);
            if (fp == null) {
                continue;
            }
            Seen before = seen.get(p);
            Seen s = before != null && before.fingerprint.equals(fp) ? before : new Seen(fp, now);
            current.put(p, s);
            if (!s.since.plus(options.stable()).isAfter(now)
                    && (Completeness.looksComplete(p) || !s.since.plus(incompleteGrace()).isAfter(now))) {
                ready.add(p);
            }
        }
        seen.clear();
        seen.putAll(current);
        ready.sort(Comparator.comparing((Path p) -> seen.get(p).fingerprint.modified)
                .thenComparing(p -> p.getFileName().toString()));
        return ready;
    }

    private void handle(Path file) throws IOException {
        Fingerprint fp = fingerprint(file);
        if (fp == null || !fp.equals(seen.get(file).fingerprint)) {
            return; // changed or gone since the scan
        }
        String name = file.getFileName().toString();
        Path claimed = options.processing().resolve(name);
        if (Files.exists(claimed)) {
            return; // the same name is still in hand (cannot happen with one loop, kept as a guard)
        }
        AtomicFiles.moveIntoPlace(file, claimed);
        seen.remove(file);
        process(claimed, name, fp);
    }

    private void process(Path claimed, String name, Fingerprint claimedAs) throws IOException {
        Path work = options.work().resolve(name);
        FileResult result = processor.score(claimed, work);
        Fingerprint after = fingerprint(claimed);
        if (after != null && claimedAs != null && !after.equals(claimedAs)) {
            // still being written when it was claimed (a copier that keeps its handle): put it back and wait
            Files.deleteIfExists(work);
            AtomicFiles.moveIntoPlace(claimed, unique(options.inbox(), name));
            log.line("跳过 " + name + "（文件仍在写入，稍后重试）");
            return;
        }
        if (!result.failed()) {
            Path output = options.outDir().resolve(name);
            try {
                if (Files.exists(output)) {
                    AtomicFiles.moveIntoPlace(output, unique(options.history(), stamped(name)));
                }
                AtomicFiles.moveIntoPlace(work, output);
            } catch (IOException e) {
                // e.g. the older copy is open in Excel on Windows: this file fails, the folder keeps being watched
                AtomicFiles.deleteQuietly(work);
                result = FileResult.failed(claimed, ErrorCodes.IO_ERROR, "无法把评分后的副本放入输出文件夹（"
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + "），同名的旧副本可能正被 Excel 或 WPS 打开；请关闭后把原件重新放入收件文件夹");
            }
            if (!result.failed()) {
                AtomicFiles.moveIntoPlace(claimed, unique(options.processed(), name));
                FileResult placed = new FileResult(options.inbox().resolve(name), output, result.status(), null,
                        result.forms());
                record(name, placed);
                log.line(name + " 已评分 " + placed.describe());
                return;
            }
        }
        Path target = unique(options.failed(), name);
        AtomicFiles.moveIntoPlace(claimed, target);
        FailureNote.write(target.resolveSibling(target.getFileName() + ".txt"), name, result.error());
        record(name, FileResult.failed(options.inbox().resolve(name), result.error().code(),
                result.error().message()));
        log.line(name + " " + result.describe());
    }

    private synchronized void record(String name, FileResult result) {
        latest.put(name, result);
        summaryDirty = true;
        handled++;
    }

    private synchronized boolean dirty() {
        return summaryDirty;
    }

    private void flushSummary(boolean force) {
        if (!dirty() || !summaryStateReady) {
            return; // never a summary that lacks what DIR already held
        }
        Instant now = Instant.now();
        if (!force && lastSummary.plus(options.summaryInterval()).isAfter(now)) {
            return;
        }
        try {
            List<FileResult> results;
            synchronized (this) {
                results = new ArrayList<>(latest.values());
                summaryDirty = false;
            }
            SummaryWorkbook.write(results, options.outDir(), options.outDir().resolve(SummaryWorkbook.FILE_NAME));
            lastSummary = now;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot write {}: {}", SummaryWorkbook.FILE_NAME, e.toString());
            synchronized (this) {
                summaryDirty = true;
            }
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

    private static List<Path> list(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private static Fingerprint fingerprint(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return new Fingerprint(a.size(), a.lastModifiedTime().toInstant());
        } catch (IOException e) {
            return null;
        }
    }

    static String stamped(String name) {
        int dot = name.lastIndexOf('.');
        String stamp = STAMP.format(LocalDateTime.now());
        return dot < 0 ? name + "-" + stamp : name.substring(0, dot) + "-" + stamp + name.substring(dot);
    }

    /** dir/name, or dir/name-STAMP(-n).ext when that exists: nothing already there is ever overwritten. */
    static Path unique(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            return p;
        }
        String base = stamped(name);
        p = dir.resolve(base);
        int dot = base.lastIndexOf('.');
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(dot < 0 ? base + "-" + n : base.substring(0, dot) + "-" + n + base.substring(dot));
        }
        return p;
    }

    private record Fingerprint(long size, Instant modified) {
    }

    private record Seen(Fingerprint fingerprint, Instant since) {
    }

    /**
     * How long a file may stay unchanged yet incomplete (a zip without its end record, an .xls not a whole number
     * of sectors) before it is taken anyway: 30 times the stable time, a minute by default. A copy that stalls
     * that long is not coming back, and a truncated file must end in failed/ with its reason, not wait unseen.
     */
    private Duration incompleteGrace() {
        return options.stable().multipliedBy(30);
    }

    /** INBOX/failed/NAME.txt: the reason in Chinese and what to do; its first lines are read back at start. */
    static final class FailureNote {
        private FailureNote() {
        }

        record Note(String name, String code, String message) {
        }

        static void write(Path txt, String name, FileResult.FileError error) throws IOException {
            String text = String.join(System.lineSeparator(),
                    "文件：" + name,
                    "代码：" + error.code(),
                    "原因：" + error.message(),
                    "",
                    "处理办法：请按上面的原因修改文件（例如用 Excel 或 WPS 打开后另存为 .xlsx、去掉密码、补全自评表），",
                    "然后把修改后的文件重新放入收件文件夹。本说明由 selfeval 自动生成。", "");
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(txt, out -> out.write(bytes)); // a crash never leaves a half note to be read back
        }

        static java.util.Optional<Note> read(Path txt) {
            try {
                List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
                String name = value(lines, "文件：");
                String code = value(lines, "代码：");
                String message = value(lines, "原因：");
                return name == null || code == null ? java.util.Optional.empty()
                        : java.util.Optional.of(new Note(name, code, message == null ? "" : message));
            } catch (IOException e) {
                return java.util.Optional.empty();
            }
        }

        private static String value(List<String> lines, String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                    .findFirst().orElse(null);
        }
    }
}
