package org.selfeval.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.selfeval.app.FileResult;
import org.selfeval.batch.Job;
import org.selfeval.store.Identity;
import org.selfeval.store.InputKey;
import org.selfeval.store.ResultStore;

/**
 * A run that records into the results store and re-uses it: an input whose bytes, rules, layouts and tool are
 * those of its last stored check, and whose scored copy is still in place, gets that stored result instead of
 * being scored again (unless {@code full}). Every result is recorded, re-used or not, as this run's check of
 * that input; the previous round's result goes to the outputs beside it.
 *
 * <p>The hot folder records {@linkplain #eachFileItsOwnRound each file as a run of its own}: every drop of a
 * name is a round of it, however long the service runs.
 */
public final class Recording {
    private final ResultStore store;
    /** The store's run recorded into, or 0 when each file is a run of its own (kind and source then say whose). */
    private final long run;
    private final String kind;
    private final String source;
    private final Identity identity;
    private final Path outDir;
    private final boolean full;
    /** What a worker found out about a job, for the thread that records it. */
    private final Map<Job, Prepared> prepared = new ConcurrentHashMap<>();

    /**
     * @param run    the store's run to record into ({@link ResultStore#beginRun})
     * @param outDir the output folder (scored copies are recorded relative to it)
     * @param full   score every input again, whatever the store holds
     */
    public Recording(ResultStore store, long run, Identity identity, Path outDir, boolean full) {
        this(store, run, null, null, identity, outDir, full);
    }

    private Recording(ResultStore store, long run, String kind, String source, Identity identity, Path outDir,
                      boolean full) {
        this.store = store;
        this.run = run;
        this.kind = kind;
        this.source = source;
        this.identity = identity;
        this.outDir = outDir;
        this.full = full;
    }

    /**
     * Records each file as a run of its own, of this kind over this source (the hot folder: {@code watch} over
     * its inbox); nothing is re-used, every file dropped is scored.
     */
    public static Recording eachFileItsOwnRound(ResultStore store, String kind, String source, Identity identity,
                                                Path outDir) {
        return new Recording(store, 0, kind, source, identity, outDir, true);
    }

    /** A batch's recording: its final line says how many stored results were re-used (none with --full). */
    boolean countsReuse() {
        return run != 0;
    }

    private record Prepared(InputKey key, long reusedResult) {
    }

    /** The input's name in the store: its path relative to the source's root, with '/'. */
    static String input(Job job) {
        return job.relative().toString().replace('\\', '/');
    }

    /**
     * On a worker thread: the stored result when it may be re-used, else what {@code process} gives. Never throws
     * (an input that cannot be hashed is processed, and fails there with its reason).
     */
    FileResult prepare(Job job, java.util.function.Function<Job, FileResult> process) {
        InputKey key;
        try {
            key = InputKey.of(job.input(), identity);
        } catch (IOException | RuntimeException e) {
            key = new InputKey("", -1, identity);
        }
        if (!full && key.size() >= 0 && job.output() != null) { // (never when each file is its own run)
            try {
                ResultStore.Check last = store.latest(input(job), run);
                if (last != null && last.key().equals(key) && !last.failed() && last.outputSize() != null
                        && Files.isRegularFile(job.output()) && Files.size(job.output()) == last.outputSize()) {
                    FileResult stored = store.stored(last.result()).toFileResult(job.input(), job.output());
                    prepared.put(job, new Prepared(key, last.result()));
                    return stored;
                }
            } catch (IOException | RuntimeException e) {
                // a store that cannot be read is no reason to fail the file: it is scored again
                org.slf4j.LoggerFactory.getLogger(Recording.class).warn("cannot re-use the stored result of {}: {}",
                        job.input(), e.toString());
            }
        }
        FileResult result = process.apply(job);
        prepared.put(job, new Prepared(key, 0));
        return result;
    }

    /**
     * On the recording thread, in order: records the job's result; returns the previous round's result of that
     * input (null in its first round).
     *
     * @return the previous round's result, or null
     */
    FileResult record(Job job, FileResult result) throws IOException {
        Prepared p = prepared.remove(job);
        String input = input(job);
        Long outputSize = null;
        String output = null;
        if (result.output() != null && Files.isRegularFile(result.output())) {
            outputSize = Files.size(result.output());
            output = outDir.toAbsolutePath().normalize().relativize(result.output().toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
        }
        ResultStore.Check previous;
        if (run == 0) {
            previous = store.previous(input, store.recordAlone(kind, source, input, p.key(), result, output, outputSize));
        } else {
            previous = store.record(run, input, p.key(), result, p.reusedResult(), output, outputSize);
        }
        if (previous == null) {
            return null;
        }
        // unchanged since the previous round: that round's result is this one, not parsed a second time
        return previous.result() == p.reusedResult() ? result
                : store.stored(previous.result()).toFileResult(job.input(), null);
    }

    /** The source took the job back: nothing is recorded for it. */
    void dropped(Job job) {
        prepared.remove(job);
    }

    boolean reused(Job job) {
        Prepared p = prepared.get(job);
        return p != null && p.reusedResult() > 0;
    }

    void finish() throws IOException {
        if (run == 0) {
            return; // each file's run was finished with it
        }
        store.finishRun(run);
    }
}
