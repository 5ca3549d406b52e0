package org.selfeval.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        List<RunOutput> all = new ArrayList<>(outputs);
        all.add(tally);
        try {
            List<Job> jobs = source.jobs();
            Function<Job, FileResult> work = job -> job.output() == null ? processor.check(job.input())
                    : processor.score(job.input(), job.output());
            try {
                if (recording == null) {
                    BatchRunner.forEach(jobs, work, threads, progress, (job, result) -> add(all, result, null));
                } else {
                    BatchRunner.forEach(jobs, job -> recording.prepare(job, work), threads, progress,
                            (job, result) -> {
                                if (recording.reused(job)) {
                                    tally.reused();
                                }
                                add(all, result, record(recording, job, result));
                            });
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                progress.close();
            }
            for (RunOutput output : all) {
                output.finish();
            }
            if (recording != null) {
                recording.finish();
            }
        } finally {
            closeAll(all);
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

    private static void add(List<RunOutput> outputs, FileResult result, FileResult previousRound) {
        try {
            for (RunOutput output : outputs) {
                output.add(result, previousRound);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // stops the run (BatchRunner.forEach), rethrown by over()
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
