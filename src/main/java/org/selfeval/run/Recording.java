package org.selfeval.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.selfeval.app.ErrorCodes;
import org.selfeval.app.FileResult;
import org.selfeval.batch.Job;
import org.selfeval.store.Identity;
import org.selfeval.store.InputKey;
import org.selfeval.store.ResultStore;
import org.selfeval.store.Sha256;
import org.slf4j.LoggerFactory;

/**
 * A run that records into the results store and re-uses it: an input whose bytes, rules, layouts and tool are
 * those of its last stored check, and whose scored copy is still in place, gets that stored result instead of
 * being scored again (unless {@code full}). Every result is recorded, re-used or not, as this run's check of
 * that input; the result of the input's previous version (the last check of other bytes under its name) goes
 * to the outputs beside it, for 整改情况.
 *
 * <p>A batch over a folder where nothing changed since the last finished batch is {@linkplain #replayIfUnchanged
 * replayed}: its outputs would be byte for byte those already on disk, so they are left as they are.
 *
 * <p>The hot folder records {@linkplain #eachFileItsOwnRound each file as a run of its own}: every drop of a
 * name is a round of it, however long the service runs.
 */
public final class Recording {
    /** The store's kind of run of a batch. */
    public static final String BATCH = "batch";

    private final ResultStore store;
    /** The store's run recorded into, or 0 when each file is a run of its own (kind and source then say whose). */
    private final long run;
    private final String kind;
    private final String source;
    private final Identity identity;
    private final Path outDir;
    private final boolean full;
    /** What the outputs are asked to be beside the results (see {@link #Recording}); null for the hot folder. */
    private final String asked;
    /** The files a batch writes when all goes well (report.json, 汇总.xlsx), kept with its run when it did. */
    private final List<Path> outputs;
    /** What a worker found out about a job, for the thread that records it. */
    private final Map<Job, Prepared> prepared = new ConcurrentHashMap<>();
    /** Inputs looked at before the run ({@link #replayIfUnchanged}): their workers do not read them again for it. */
    private final Map<Job, InputKey.Glance> glanced = new ConcurrentHashMap<>();
    /** What the outputs are made of, one line per input recorded, in the order the outputs got them. */
    private final MessageDigest madeOf = Sha256.newDigest();

    /**
     * A batch's recording.
     *
     * @param run    the store's run to record into ({@link ResultStore#beginRun}, kind {@value #BATCH})
     * @param source the input folder, as the run was begun with
     * @param outDir the output folder (scored copies are recorded relative to it)
     * @param full   score every input again, whatever the store holds
     * @param asked   everything beside the results and the identity that the run's outputs are made of (their
     *                paths, the output folder, the files left out): two batches over the same source with the
     *                same results and the same {@code asked} write the same outputs
     * @param outputs the files the batch writes (report.json, 汇总.xlsx): when all are written, they are kept with
     *                the finished run for the next batch to find unchanged ({@link #replayIfUnchanged})
     */
    public Recording(ResultStore store, long run, String source, Identity identity, Path outDir, boolean full,
                     String asked, List<Path> outputs) {
        this(store, run, BATCH, source, identity, outDir, full, asked, outputs);
    }

    private Recording(ResultStore store, long run, String kind, String source, Identity identity, Path outDir,
                      boolean full, String asked, List<Path> outputs) {
        this.store = store;
        this.run = run;
        this.kind = kind;
        this.source = source;
        this.identity = identity;
        this.outDir = outDir;
        this.full = full;
        this.asked = asked;
        this.outputs = List.copyOf(outputs);
        madeOf.update(String.valueOf(asked).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records each file as a run of its own, of this kind over this source (the hot folder: {@code watch} over
     * its inbox); nothing is re-used, every file dropped is scored.
     */
    public static Recording eachFileItsOwnRound(ResultStore store, String kind, String source, Identity identity,
                                                Path outDir) {
        return new Recording(store, 0, kind, source, identity, outDir, true, null, List.of());
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
     * Before the run: when nothing changed since the last finished batch over this source — every input has the
     * bytes of its last check and its scored copy in place, each is compared with the same earlier version, the
     * outputs are asked for alike, and that batch's outputs are on disk as it left them (size and CRC-32C) — this
     * run's report.json and 汇总.xlsx would be those files byte for byte. Then every input is recorded as re-used
     * in this run, the run is finished with that batch's outputs as its own, and its counts are returned; nothing
     * is written. Else null, and the run goes the usual way (its workers do not read again the inputs read here).
     *
     * @param threads the threads reading the inputs
     */
    public Tally replayIfUnchanged(List<Job> jobs, int threads) throws IOException {
        if (full || run == 0) {
            return null;
        }
        ResultStore.RunOutputs last = store.lastOutputs(kind, source, identity);
        if (last == null || last.files() != jobs.size() || !intact(last.outputs())) {
            return null;
        }
        glanceAll(jobs, threads);
        List<String> inputs = jobs.stream().map(Recording::input).toList();
        Map<String, ResultStore.Check> latest = store.latest(inputs, run);
        List<ResultStore.Check> checks = new ArrayList<>(jobs.size());
        List<String> copies = new ArrayList<>(jobs.size());
        MessageDigest digest = Sha256.newDigest();
        digest.update(String.valueOf(asked).getBytes(StandardCharsets.UTF_8));
        for (Job job : jobs) {
            ResultStore.Check check = latest.get(input(job));
            if (!reusable(check, job, glanced.get(job))) {
                return null;
            }
            checks.add(check);
            String copy = check.failed() ? null : outputName(job.output()); // as record() keeps it
            copies.add(copy);
            madeOf(digest, job, copy, check.result(), check.key());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(last.key())) {
            return null;
        }
        store.recordReused(run, checks, copies); // one transaction: killed before it, the next run replays again
        store.finishRun(run, last);
        return Tally.replayed(new Tally.Counts(last.files(), last.forms(), last.formsWithErrors(), last.failed()));
    }

    /** Every output still as it was written: the same size and CRC-32C. */
    private static boolean intact(List<ResultStore.OutputFile> outputs) {
        try {
            for (ResultStore.OutputFile f : outputs) {
                Path file = Path.of(f.path());
                if (!Files.isRegularFile(file)
                        || !new InputKey.Glance(f.size(), f.crc32c()).equals(InputKey.Glance.of(file))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // not readable as it was: written again
        }
    }

    /** Glances at the inputs on {@code threads} threads; one that cannot be read is left to its worker. */
    private void glanceAll(List<Job> jobs, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "selfeval-glance");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Job job : jobs) {
                done.add(pool.submit(() -> {
                    try {
                        glanced.put(job, InputKey.Glance.of(job.input()));
                    } catch (IOException | RuntimeException e) {
                        // its worker tries again, and the file fails there with its reason
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the inputs");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Whether the job may re-use its last stored check: the same bytes (size and CRC-32C), tool, rules and layouts,
     * and either scored with its copy in place at the size recorded, or failed in a way the same bytes always fail
     * ({@link ErrorCodes#sameForSameBytes}: an HTML page named .xls stays one; a share that dropped may not).
     */
    private boolean reusable(ResultStore.Check last, Job job, InputKey.Glance glance) throws IOException {
        if (last == null || glance == null || job.output() == null || !last.key().matches(glance, identity)) {
            return false;
        }
        if (last.failed()) {
            return ErrorCodes.sameForSameBytes(last.errorCode());
        }
        return last.outputSize() != null && Files.isRegularFile(job.output())
                && Files.size(job.output()) == last.outputSize();
    }

    /**
     * On a worker thread: the stored result when it may be re-used, else what {@code process} gives. Never throws
     * (an input that cannot be hashed is processed, and fails there with its reason).
     */
    FileResult prepare(Job job, java.util.function.Function<Job, FileResult> process) {
        if (!full) { // (never when each file is its own run)
            try {
                InputKey.Glance glance = glanced.remove(job); // read before the run (a replay that did not happen)
                ResultStore.Check last = store.latest(input(job), run);
                // read for its CRC only when a stored result of this tool, rules and layouts might serve: a new
                // input, or one stored by another tool, is read once, for its key below
                if (last != null && last.key().identity().equals(identity)
                        && reusable(last, job, glance != null ? glance : InputKey.Glance.of(job.input()))) {
                    FileResult stored = store.stored(last.result()).toFileResult(job.input(), job.output());
                    prepared.put(job, new Prepared(last.key(), last.result()));
                    return stored;
                }
            } catch (IOException | RuntimeException e) {
                // an input or a store that cannot be read is no reason to fail the file here: it is scored
                // (and fails there with its reason)
                LoggerFactory.getLogger(Recording.class).debug("no stored result re-used for {}: {}",
                        job.input(), e.toString());
            }
        }
        InputKey key;
        try {
            key = InputKey.of(job.input(), identity);
        } catch (IOException | RuntimeException e) {
            key = InputKey.unreadable(identity);
        }
        FileResult result = process.apply(job);
        prepared.put(job, new Prepared(key, 0));
        return result;
    }

    /**
     * On the recording thread, in order: records the job's result; returns the result of the input's previous
     * version (null when this is its first).
     *
     * @return the previous version's result, or null
     */
    FileResult record(Job job, FileResult result) throws IOException {
        Prepared p = prepared.remove(job);
        String input = input(job);
        Long outputSize = null;
        String output = null;
        if (result.output() != null && Files.isRegularFile(result.output())) {
            outputSize = Files.size(result.output());
            output = outputName(result.output());
        }
        ResultStore.Check previous;
        if (run == 0) {
            previous = store.previousVersion(input, store.recordAlone(kind, source, input, p.key(), result, output,
                    outputSize), p.key());
        } else {
            long resultId = store.record(run, input, p.key(), result, p.reusedResult(), output, outputSize);
            previous = madeOf(madeOf, job, output, resultId, p.key());
        }
        return previous == null ? null : store.stored(previous.result()).toFileResult(job.input(), null);
    }

    /**
     * One input's line of what a batch's outputs are made of: its name, its scored copy, its result and the
     * result it is compared with.
     *
     * @return the check of the input's previous version, or null
     */
    private ResultStore.Check madeOf(MessageDigest digest, Job job, String output, long result, InputKey key)
            throws IOException {
        ResultStore.Check previous = store.previousVersion(input(job), run, key);
        digest.update((input(job) + "\t" + output + "\t" + result + "\t" + (previous == null ? 0 : previous.result())
                + "\n").getBytes(StandardCharsets.UTF_8));
        return previous;
    }

    /** A scored copy's name in the store: relative to the output folder, with '/'. */
    private String outputName(Path output) {
        return outDir.toAbsolutePath().normalize().relativize(output.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /** The source took the job back: nothing is recorded for it. */
    void dropped(Job job) {
        prepared.remove(job);
    }

    boolean reused(Job job) {
        Prepared p = prepared.get(job);
        return p != null && p.reusedResult() > 0;
    }

    /**
     * Every result is in and the outputs are finished: the run is marked finished, with what its outputs were
     * made of and each one's size and CRC-32C when every one was written (one transaction).
     */
    void finish(Tally tally) throws IOException {
        if (run == 0) {
            return; // each file's run was finished with it
        }
        store.finishRun(run, tally.outputsFailed().isEmpty() ? wrote(tally) : null);
    }

    /** What the outputs were made of and how they were left; null when one cannot be read back (rewritten next). */
    private ResultStore.RunOutputs wrote(Tally tally) {
        List<ResultStore.OutputFile> files = new ArrayList<>();
        try {
            for (Path output : outputs) {
                InputKey.Glance written = InputKey.Glance.of(output);
                files.add(new ResultStore.OutputFile(output.toAbsolutePath().normalize().toString(), written.size(),
                        written.crc32c()));
            }
        } catch (IOException e) {
            return null;
        }
        Tally.Counts c = tally.counts();
        return new ResultStore.RunOutputs(HexFormat.of().formatHex(madeOf.digest()), c.files(), c.forms(),
                c.formsWithErrors(), c.failed(), files);
    }
}
