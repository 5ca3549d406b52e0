package org.selfeval.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.app.PhaseTimes.Phase;
import org.selfeval.io.InputRejectedException;
import org.selfeval.io.Limits;
import org.selfeval.io.OpenedWorkbook;
import org.selfeval.io.Rejections;
import org.selfeval.io.Submission;
import org.selfeval.io.SubmissionFiles;
import org.selfeval.model.Finding;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.read.FormLocator;
import org.selfeval.read.Vocabulary;
import org.selfeval.rules.FormScorer;
import org.selfeval.rules.RuleSettings;
import org.selfeval.write.ScoredWorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file through the whole pipeline: open (never read-write) → locate forms → score → write the scored copy.
 * Never throws for a bad file: every problem becomes a {@link FileResult} with status failed and a Chinese
 * reason. Thread-safe: holds only immutable settings; each call opens and closes its own workbook.
 *
 * <p>Each file runs on a worker thread under {@link Limits#timeLimit()}: past it the file fails with
 * TIMEOUT and the caller goes on. Java cannot stop a thread stuck inside POI, so the abandoned worker runs on
 * as a daemon until it finishes by itself, but it can no longer write anything: the scored copy is saved only
 * after the worker has claimed the right to, which the timeout takes away first.
 *
 * <p>Worker threads are pooled and reused from file to file (a busy or abandoned one is never handed another
 * file; the pool grows instead, and an idle worker ends after {@value #WORKER_IDLE_SECONDS} s). A new thread per
 * file cost about 5 % of a batch's CPU: XMLBeans and POI keep per-thread caches that a fresh thread rebuilds.
 */
public final class FileProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(FileProcessor.class);
    /** Deeply nested formulas or records recurse in POI: give the worker room instead of failing early. */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;
    private static final long WORKER_IDLE_SECONDS = 30;
    private static final AtomicInteger WORKER_NUMBER = new AtomicInteger();
    /** Direct hand-off: a file never waits in a queue behind another (its time limit runs from the start). */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE,
            WORKER_IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(null, r, "selfeval-file-" + WORKER_NUMBER.incrementAndGet(), WORKER_STACK_BYTES);
                t.setDaemon(true);
                return t;
            });
    private static final int RUNNING = 0;
    private static final int SAVING = 1;
    private static final int ABANDONED = 2;

    private final RuleSettings settings;
    private final Limits limits;
    private final Vocabulary vocabulary;

    /** Limits from {@link Limits#fromSystemProperties()}. */
    public FileProcessor(RuleSettings settings) {
        this(settings, Limits.fromSystemProperties());
    }

    public FileProcessor(RuleSettings settings, Limits limits) {
        this(settings, limits, Vocabulary.builtIn());
    }

    /** @param vocabulary the words of the forms: the built-in ones, extended by a --layouts file */
    public FileProcessor(RuleSettings settings, Limits limits, Vocabulary vocabulary) {
        this.settings = settings;
        this.limits = limits;
        this.vocabulary = vocabulary;
    }

    /** Reads and scores the file; writes nothing. */
    public FileResult check(Path input) {
        return process(input, null);
    }

    /**
     * Reads and scores the file and writes the scored copy to {@code output} (same format as the input; a .doc's
     * copy is a .docx, so an output named .doc is written as .docx beside it, {@link SubmissionFiles#scoredName}).
     */
    public FileResult score(Path input, Path output) {
        return process(input, output.resolveSibling(SubmissionFiles.scoredName(output.getFileName().toString())));
    }

    private FileResult process(Path input, Path output) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        FutureTask<FileResult> task = new FutureTask<>(() -> work(input, output, state));
        WORKERS.execute(task);
        try {
            try {
                return task.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (state.compareAndSet(RUNNING, ABANDONED)) {
                    task.cancel(true); // interrupts the worker while it is still on this file, never later
                    LOG.info("time limit of {} exceeded on {}; abandoned", limits.timeLimit(), input);
                    InputRejectedException timeout = Rejections.timedOut(limits.timeLimit());
                    return FileResult.failed(input, timeout.code(), timeout.getMessage());
                }
                // already saving the scored copy: writing is bounded by the size cap, let it finish
                return task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                task.cancel(true);
                return interrupted(input);
            }
            // already saving: let the save finish, so that nothing is written after this returns
            return finishSaving(input, task);
        } catch (ExecutionException e) {
            return internalError(input, e);
        }
    }

    /** Waits, uninterruptibly, for a worker that is saving (bounded by the size cap); keeps the interrupt. */
    private static FileResult finishSaving(Path input, FutureTask<FileResult> task) {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException again) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return internalError(input, e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static FileResult internalError(Path input, ExecutionException e) {
        // work() turns every failure into a result; this is a last guard (an Error other than the two it catches)
        return unexpected(input, e.getCause());
    }

    private FileResult work(Path input, Path output, AtomicInteger state) {
        try {
            if (output != null && sameFile(input, output)) {
                return FileResult.failed(input, ErrorCodes.IO_ERROR,
                        "输出文件与输入文件是同一个文件，已拒绝覆盖原件；请指定另一个输出目录");
            }
            long phase = PhaseTimes.start();
            try (Submission submission = SubmissionFiles.open(input, limits)) {
                phase = PhaseTimes.lap(Phase.OPEN, phase);
                Scored scored = submission instanceof Submission.Word word
                        ? WordSubmissions.score(word, settings, vocabulary)
                        : scoreWorkbook(((Submission.Spreadsheet) submission).opened());
                phase = PhaseTimes.lap(Phase.SCORE, phase);
                if (scored == null) {
                    return FileResult.failed(input, ErrorCodes.NO_FORM, (submission instanceof Submission.Word
                            ? "Word 文档的各表格中" : "工作簿的各工作表中") + "都未找到项目支出绩效自评表（查找的标签："
                            + String.join("、", FormLocator.partLabels(vocabulary))
                            + "）；请确认提交的是自评表" + FormLocator.EXTEND_HINT);
                }
                if (output == null) {
                    return new FileResult(input, null, FileResult.Status.CHECKED, null, scored.reported(),
                            scored.fileFindings(), scored.note());
                }
                scored.writer().run();
                phase = PhaseTimes.lap(Phase.WRITE, phase);
                if (!state.compareAndSet(RUNNING, SAVING)) {
                    return FileResult.failed(input, Rejections.TIMEOUT, "超过处理时限，已放弃");
                }
                try {
                    scored.saver().save(output);
                    PhaseTimes.lap(Phase.SAVE, phase);
                } catch (IOException e) {
                    LOG.debug("cannot write {}", output, e);
                    return FileResult.failed(input, ErrorCodes.IO_ERROR,
                            "无法写入输出文件 " + output + "：" + describe(e) + "；请检查输出目录是否可写、磁盘是否已满");
                }
                return new FileResult(input, output, FileResult.Status.SCORED, null, scored.reported(),
                        scored.fileFindings(), scored.note());
            }
        } catch (InputRejectedException e) {
            return FileResult.failed(input, e.code(), e.getMessage());
        } catch (IOException e) {
            LOG.debug("I/O error on {}", input, e);
            return FileResult.failed(input, ErrorCodes.IO_ERROR, "读取文件时出错：" + describe(e));
        } catch (OutOfMemoryError e) {
            // the workbook is unreachable once this frame is gone: the batch can go on
            LOG.info("out of memory on {}", input);
            InputRejectedException tooLarge = Rejections.outOfMemory(e);
            return FileResult.failed(input, tooLarge.code(), tooLarge.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return unexpected(input, e);
        }
    }

    /** A workbook's forms scored, its report sheets and 项目清单 checked; null when it holds no form. */
    private Scored scoreWorkbook(OpenedWorkbook opened) {
        Workbook workbook = opened.workbook();
        List<Form> forms = FormLocator.locate(workbook, vocabulary);
        if (forms.isEmpty()) {
            return null;
        }
        List<FormResult> results = new ArrayList<>(forms.size());
        for (Form form : forms) {
            results.add(FormScorer.score(form, settings));
        }
        results = SideChecks.withReports(results, SideChecks.reportSheets(workbook, results));
        List<Finding> fileFindings = SideChecks.listFindings(workbook, results, (sheet, a1) -> sheet + "!" + a1);
        List<FormResult> scored = results;
        return new Scored(results, fileFindings, null, () -> ScoredWorkbookWriter.apply(workbook, scored, fileFindings),
                opened::saveAtomically);
    }

    /** The result of a file the run was stopped before finishing. */
    public static FileResult interrupted(Path input) {
        return FileResult.failed(input, ErrorCodes.INTERRUPTED, "处理被中断，请重新运行");
    }

    /**
     * A failure no rule foresaw, met after the file was opened (or escaping a worker). The batch goes on with the
     * next file either way; the exception goes to the log, not into a clerk's message.
     */
    public static FileResult unexpected(Path input, Throwable e) {
        if (isSelfevalDefect(e)) {
            LOG.error("selfeval defect on {}", input, e);
            return FileResult.failed(input, ErrorCodes.INTERNAL_ERROR,
                    "selfeval 处理此文件时出现程序内部错误，不是文件本身的问题；原件未改动。请把此文件和日志发给维护人员");
        }
        LOG.info("POI cannot process {}: {}", input, e.toString()); // the file's result says CORRUPT
        LOG.debug("stack trace", e);
        return FileResult.failed(input, ErrorCodes.CORRUPT,
                "文件内容损坏或结构异常，无法处理；请用 Excel 或 WPS 打开检查后另存为 .xlsx 再提交");
    }

    /**
     * Whether a failure met after opening is selfeval's own defect rather than a damaged file: it is when the
     * innermost frame outside the JDK is selfeval's (our code threw, or a JDK method our code called did).
     * When it is POI's or a library's under it (XMLBeans, commons-compress), the workbook held something
     * they could not take: CORRUPT, as before.
     */
    static boolean isSelfevalDefect(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("java.") || cls.startsWith("javax.") || cls.startsWith("jdk.")
                    || cls.startsWith("sun.") || cls.startsWith("com.sun.")) {
                continue;
            }
            return cls.startsWith("org.selfeval.");
        }
        return false;
    }

    private static boolean sameFile(Path input, Path output) throws IOException {
        if (!Files.exists(output)) {
            return false;
        }
        return Files.isSameFile(input, output);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
