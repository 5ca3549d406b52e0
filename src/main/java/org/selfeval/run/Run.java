package org.selfeval.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.BatchRunner;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;

/**
 * One run: the files of a {@link Source} through the pipeline, on {@code threads} threads, each result handed in
 * input order to every output (and the {@link Tally}), then every output finished. The one place the fan-out of
 * results is written; the command line only chooses the source and the outputs.
 */
public final class Run {
    private static final Logger LOG = LoggerFactory.getLogger(Run.class);
    private final FileProcessor processor;
    private final int threads;
    private final Progress progress;

    public Run(FileProcessor processor, int threads, Progress progress) {
        this.processor = processor;
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
     * for unchanged inputs; each output gets the previous round's result beside the new one. The store's run is
     * marked finished after the outputs are: a run killed before that is resumed by the next.
     */
    public Tally over(Source source, List<? extends RunOutput> outputs, Recording recording) throws IOException {
        Tally tally = new Tally(recording != null);
        List<RunOutput> live = new ArrayList<>(outputs);
        try {
            List<Job> jobs = source.jobs();
            Function<Job, FileResult> work = job -> job.output() == null ? processor.check(job.input())
                    : processor.score(job.input(), job.output());
            try {
                if (recording == null) {
                    BatchRunner.forEach(jobs, work, threads, progress,
                            (job, result) -> add(tally, live, result, null));
                } else {
                    BatchRunner.forEach(jobs, job -> recording.prepare(job, work), threads, progress,
                            (job, result) -> {
                                if (recording.reused(job)) {
                                    tally.reused();
                                }
                                add(tally, live, result, record(recording, job, result));
                            });
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                progress.close();
            }
            live.removeIf(output -> failed(output, tally, output::finish));
            if (recording != null) {
                recording.finish();
            }
        } finally {
            closeAll(live);
        }
        return tally;
    }

    private static FileResult record(Recording recording, Job job, FileResult result) {
        try {
            return recording.record(job, result);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // stops the run: a result not recorded must not be shown as done
        }
    }

    /** One result to the tally and to every output still live; an output that fails is dropped (see failed). */
    private static void add(Tally tally, List<RunOutput> live, FileResult result, FileResult previousRound) {
        tally.add(result);
        live.removeIf(output -> failed(output, tally, () -> output.add(result, previousRound)));
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
            tally.outputFailed(output.label() + "未能写出：" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
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
