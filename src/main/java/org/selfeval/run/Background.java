package org.selfeval.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;

/**
 * An output run on a thread of its own: the run's thread only queues each result (in order; at most
 * {@value #QUEUED} waiting, so memory stays flat), and report.json and 汇总.xlsx are built beside each other and
 * beside the recording of the results instead of one after the other. In a second round, where nothing is
 * scored, writing them was most of the time.
 *
 * <p>The output's own contract is unchanged: it gets every result in order on one thread, then {@code finish},
 * and is closed by whoever closes this. A failure of the output (an exception from its add or finish) is thrown
 * by the next call of the run's thread, so the run drops the output as before; the results after it are
 * skipped.
 */
public final class Background implements RunOutput {
    static final int QUEUED = 64;

    private final String label;
    /** Set by the thread before it takes the first item; read by the run's thread only after the thread ended. */
    private volatile RunOutput output;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile Throwable failure;

    private record Item(FileResult result, FileResult previousVersion, boolean finish, boolean stop) {
        static final Item FINISH = new Item(null, null, true, false);
        static final Item STOP = new Item(null, null, false, true);
    }

    /** What makes the output: called on the output's own thread (making 汇总's workbook takes a second). */
    @FunctionalInterface
    public interface Maker {
        RunOutput make() throws IOException;
    }

    public Background(RunOutput output) {
        this(output.label(), () -> output);
    }

    /**
     * @param label what the output is, for the line saying it could not be written
     * @param maker makes the output on its thread; a failure to make it is the output's failure (the run drops it)
     */
    public Background(String label, Maker maker) {
        this.label = label;
        this.thread = new Thread(() -> {
            try {
                output = maker.make();
            } catch (Throwable e) {
                failure = e;
            }
            drain();
        }, "selfeval-output");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain() {
        while (true) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item.stop()) {
                return;
            }
            // once failed, the rest is only drained, so the run's thread is never blocked on a full queue
            if (failure == null) {
                try {
                    if (item.finish()) {
                        output.finish();
                    } else {
                        output.add(item.result(), item.previousVersion());
                    }
                } catch (Throwable e) {
                    failure = e;
                }
            }
            if (item.finish()) {
                return;
            }
        }
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void add(FileResult result) throws IOException {
        add(result, null);
    }

    @Override
    public void add(FileResult result, FileResult previousVersion) throws IOException {
        rethrow();
        put(new Item(result, previousVersion, false, false));
    }

    /** Waits until the output has every result and has finished; throws what it failed with. */
    @Override
    public void finish() throws IOException {
        rethrow();
        put(Item.FINISH);
        join();
        rethrow();
    }

    /** Stops the thread (an output not finished is only closed, as a run that failed closes it) and closes it. */
    @Override
    public void close() throws IOException {
        if (thread.isAlive()) {
            queue.clear(); // nothing left to write: the thread may stop at once
            try {
                put(Item.STOP);
                join();
            } catch (IOException e) {
                thread.interrupt();
                return; // the output may still be in use by its thread: it is left to it
            }
        }
        if (output != null) {
            output.close();
        }
    }

    private void put(Item item) throws IOException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing a result to " + label);
        }
    }

    private void join() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + label);
        }
    }

    private void rethrow() throws IOException {
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
