package org.selfeval.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;

/**
 * Runs jobs on a fixed number of threads in one JVM. Results come back in job order whatever the threads; at
 * most {@code threads} workbooks are open at once (each task opens, processes and closes its own).
 */
public final class BatchRunner {
    private BatchRunner() {
    }

    public static List<FileResult> run(List<Job> jobs, FileProcessor processor, int threads, Progress progress) {
        progress.start(jobs.size());
        if (threads <= 1 || jobs.size() <= 1) {
            List<FileResult> results = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                results.add(runOne(job, processor, progress));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "selfeval-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                futures.add(pool.submit(() -> runOne(job, processor, progress)));
            }
            List<FileResult> results = new ArrayList<>(jobs.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), jobs.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult runOne(Job job, FileProcessor processor, Progress progress) {
        FileResult result = job.output() == null ? processor.check(job.input())
                : processor.score(job.input(), job.output());
        progress.done(job, result);
        return result;
    }

    private static FileResult await(Future<FileResult> future, Job job) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileResult.failed(job.input(), "INTERRUPTED", "处理被中断，请重新运行");
        } catch (ExecutionException e) {
            // FileProcessor turns every failure into a result; this is a last guard (e.g. an Error).
            return FileResult.failed(job.input(), "CORRUPT",
                    "处理该文件时发生异常（" + e.getCause().getClass().getSimpleName() + "），已跳过；请检查文件后重新提交");
        }
    }
}
