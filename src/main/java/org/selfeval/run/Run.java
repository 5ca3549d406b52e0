package org.selfeval.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
        Tally tally = new Tally();
        List<RunOutput> all = new ArrayList<>(outputs);
        all.add(tally);
        try {
            List<Job> jobs = source.jobs();
            try {
                BatchRunner.forEach(jobs, processor, threads, progress, result -> add(all, result));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                progress.close();
            }
            for (RunOutput output : all) {
                output.finish();
            }
        } finally {
            closeAll(all);
        }
        return tally;
    }

    private static void add(List<RunOutput> outputs, FileResult result) {
        try {
            for (RunOutput output : outputs) {
                output.add(result);
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
