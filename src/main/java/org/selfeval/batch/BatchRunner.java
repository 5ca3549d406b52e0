package org.selfeval.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;

/**
 * Runs jobs on a fixed number of threads in one JVM. Results come back in job order whatever the threads; at
 * most {@code threads} workbooks are open at once (each task opens, processes and closes its own).
 *
 * <p>{@link #forEach} hands each result on as soon as it and every earlier one are done and keeps none, with at
 * most {@code threads × }{@value #AHEAD_PER_THREAD} jobs in flight, so a batch of any size runs in flat memory.
 */
public final class BatchRunner {
    /** Jobs queued ahead per thread: enough to keep every thread busy while an earlier, slow file finishes. */
    static final int AHEAD_PER_THREAD = 4;

    private BatchRunner() {
    }

    /** Runs every job and returns all results in job order (holds them all: for small sets, e.g. check). */
    public static List<FileResult> run(List<Job> jobs, FileProcessor processor, int threads, Progress progress) {
        List<FileResult> results = new ArrayList<>(jobs.size());
        forEach(jobs, processor, threads, progress, results::add);
        return results;
    }

    /**
     * Runs every job and gives each result to {@code sink} in job order, on the calling thread. An exception
     * thrown by the sink stops the run (jobs not yet started are dropped, running ones finish) and propagates.
     */
    public static void forEach(List<Job> jobs, FileProcessor processor, int threads, Progress progress,
                               Consumer<FileResult> sink) {
        forEach(jobs, job -> job.output() == null ? processor.check(job.input())
                : processor.score(job.input(), job.output()), threads, progress, (job, result) -> sink.accept(result));
    }

    /**
     * Runs {@code work} on every job on {@code threads} threads and gives each job with its result to {@code sink}
     * in job order, on the calling thread. {@code work} must not throw (a last guard classifies what escapes).
     */
    public static void forEach(List<Job> jobs, Function<Job, FileResult> work, int threads, Progress progress,
                               BiConsumer<Job, FileResult> sink) {
        progress.start(jobs.size());
        if (threads <= 1 || jobs.size() <= 1) {
            for (Job job : jobs) {
                sink.accept(job, runOne(job, work, progress));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "selfeval-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int ahead = threads * AHEAD_PER_THREAD;
            ArrayDeque<Future<FileResult>> inFlight = new ArrayDeque<>(ahead + 1);
            int next = 0; // next job to submit
            int done = 0; // next job to hand on
            while (done < jobs.size()) {
                while (next < jobs.size() && inFlight.size() < ahead) {
                    Job job = jobs.get(next++);
                    inFlight.add(pool.submit(() -> runOne(job, work, progress)));
                }
                Job job = jobs.get(done++);
                sink.accept(job, await(inFlight.poll(), job));
            }
        } finally {
            // jobs not started are dropped; those running finish, so nothing is written after this returns
            pool.shutdownNow();
            awaitWorkers(pool);
        }
    }

    private static void awaitWorkers(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FileResult runOne(Job job, Function<Job, FileResult> work, Progress progress) {
        FileResult result = work.apply(job);
        progress.done(job, result);
        return result;
    }

    private static FileResult await(Future<FileResult> future, Job job) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileProcessor.interrupted(job.input());
        } catch (ExecutionException e) {
            // FileProcessor turns every failure into a result; this is a last guard, classified the same way
            return FileProcessor.unexpected(job.input(), e.getCause());
        }
    }
}
