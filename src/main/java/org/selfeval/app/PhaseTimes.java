package org.selfeval.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The CPU time the worker threads spend in each phase of a file, summed over the run, for the benchmarks
 * (docs/benchmarks.md). Off unless the JVM runs with {@code -Dselfeval.phases=true}: then one line
 * {@code phases open_s=… locate_s=… score_s=… write_s=… save_s=…} goes to standard error at exit. Off, each call
 * is one read of a constant.
 */
final class PhaseTimes {
    enum Phase {
        OPEN, LOCATE, SCORE, WRITE, SAVE
    }

    private static final boolean ON = Boolean.getBoolean("selfeval.phases");
    private static final AtomicLongArray NANOS = new AtomicLongArray(Phase.values().length);
    private static final ThreadMXBean THREADS = ON ? ManagementFactory.getThreadMXBean() : null;

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(line()), "selfeval-phases"));
        }
    }

    private PhaseTimes() {
    }

    /** This thread's CPU time now, in nanoseconds (0 when off): the start of the first phase. */
    static long start() {
        return ON ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Adds the CPU time since {@code since} to the phase; returns now, the start of the next phase. */
    static long lap(Phase phase, long since) {
        if (!ON) {
            return 0;
        }
        long now = THREADS.getCurrentThreadCpuTime();
        NANOS.addAndGet(phase.ordinal(), now - since);
        return now;
    }

    static String line() {
        StringBuilder out = new StringBuilder("phases");
        for (Phase p : Phase.values()) {
            out.append(String.format(Locale.ROOT, " %s_s=%.2f", p.name().toLowerCase(Locale.ROOT),
                    NANOS.get(p.ordinal()) / 1e9));
        }
        return out.toString();
    }
}
