package org.selfeval.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.selfeval.app.ErrorCodes;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.BatchRunner;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;

/**
 * One run: the files of a {@link Source} through the pipeline, on {@code threads} threads, each result settled by
 * its source, recorded, and handed in input order to every output (and the {@link Tally}), then every output
 * finished. The one place the fan-out of results is written: {@code batch}, {@code score} and {@code check} run
 * one pass over their source ({@link #over}); the hot folder opens a {@link Session} and runs a pass each time
 * its inbox has files ready. The command line only chooses the source and the outputs.
 */
public final class Run {
    private static final Logger LOG = LoggerFactory.getLogger(Run.class);
    private final Function<Job, FileResult> work;
    private final int threads;
    private final Progress progress;

    public Run(FileProcessor processor, int threads, Progress progress) {
        this(job -> job.output() == null ? processor.check(job.input())
                : processor.score(job.input(), job.output()), threads, progress);
    }

    /** @param work what is done with each job's file (scored, or checked when the job has no output) */
    public Run(Function<Job, FileResult> work, int threads, Progress progress) {
        this.work = work;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Runs every job of the source. The outputs are finished only when every result has reached them, and
     * closed in any case (an output not finished leaves no file).
     *
     * @return the counts of the run (the exit status and the final line)
     */
    public Tally over(Source source, List<? extends RunOutput> outputs) throws IOException {
        return over(source, outputs, null);
    }

    /**
     * As {@link #over(Source, List)}, recording every result into the results store and re-using what it holds
     * for unchanged inputs; each output gets the result of the input's previous version beside the new one. The
     * store's run is marked finished after the outputs are: a run killed before that is resumed by the next.
     */
    public Tally over(Source source, List<? extends RunOutput> outputs, Recording recording) throws IOException {
        try (Session session = open(outputs, recording)) {
            try {
                session.pass(source);
            } finally {
                progress.close();
            }
            return session.finish();
        }
    }

    /** A run whose source is asked for files again and again (the hot folder); close it in any case. */
    public Session open(List<? extends RunOutput> outputs, Recording recording) {
        return new Session(outputs, recording);
    }

    /** A run in progress: passes over its source, then {@link #finish}. */
    public final class Session implements AutoCloseable {
        private final Tally tally;
        private final List<RunOutput> live;
        private final Recording recording;

        private Session(List<? extends RunOutput> outputs, Recording recording) {
            this.tally = new Tally(recording != null && recording.countsReuse());
            this.live = new ArrayList<>(outputs);
            this.recording = recording;
        }

        /**
         * One pass: the source's jobs now, each result settled by the source, then recorded and handed on; then
         * every output is told the pass is over ({@link RunOutput#pause}).
         */
        public void pass(Source source) throws IOException {
            List<Job> jobs = source.jobs();
            try {
                BatchRunner.forEach(jobs, recording == null ? work : job -> recording.prepare(job, work), threads,
                        progress, (job, result) -> {
                            FileResult settled = settle(source, job, result);
                            if (settled == null) {
                                if (recording != null) {
                                    recording.dropped(job);
                                }
                                return;
                            }
                            if (recording == null) {
                                add(tally, live, settled, null);
                            } else {
                                if (recording.reused(job)) {
                                    tally.reused();
                                }
                                add(tally, live, settled, record(recording, job, settled));
                            }
                        });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            live.removeIf(output -> failed(output, tally, output::pause));
        }

        /** Every result is in: the outputs finish, the store's run is marked finished. */
        public Tally finish() throws IOException {
            live.removeIf(output -> failed(output, tally, output::finish));
            if (recording != null) {
                recording.finish(tally);
            }
            return tally;
        }

        @Override
        public void close() throws IOException {
            closeAll(live);
        }
    }

    private static FileResult settle(Source source, Job job, FileResult result) {
        try {
            return source.settle(job, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileResult record(Recording recording, Job job, FileResult result) {
        try {
            return recording.record(job, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // stops the run: a result not recorded must not be shown as done
        }
    }

    /** One result to the tally and to every output still live; an output that fails is dropped (see failed). */
    private static void add(Tally tally, List<RunOutput> live, FileResult result, FileResult previousVersion) {
        tally.add(result);
        live.removeIf(output -> failed(output, tally, () -> output.add(result, previousVersion)));
    }

    /** One step of an output. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    /**
     * Runs the step; when the output fails (a full disk, a name it cannot take, a defect), the output is closed
     * and dropped — it leaves no partial file — and the tally notes it, but the scoring goes on: one 汇总.xlsx
     * that cannot be written never stops a batch (issue 14).
     */
    private static boolean failed(RunOutput output, Tally tally, Step step) {
        try {
            step.run();
            return false;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IOException) {
                // a full disk, a locked file: the Chinese line of the tally says it, no stack trace on the terminal
                LOG.debug("{} not written", output.label(), e);
            } else {
                LOG.error("{} not written: a defect of selfeval", output.label(), e); // as FileProcessor logs its own
            }
            // the code says whose fault it is: our disk (IO_ERROR) or our bug (INTERNAL_ERROR), never an input's
            tally.outputFailed(output.label() + "未能写出：" + (e instanceof IOException
                    ? (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "（" + ErrorCodes.IO_ERROR
                    : "selfeval 内部错误（" + e + "），详情见日志；各文件的评分不受影响（" + ErrorCodes.INTERNAL_ERROR) + "）");
            try {
                output.close();
            } catch (IOException | RuntimeException ignored) {
                // already failed: its close only cleans up
            }
            return true;
        }
    }

    private static void closeAll(List<RunOutput> outputs) throws IOException {
        IOException first = null;
        for (RunOutput output : outputs) {
            try {
                output.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
