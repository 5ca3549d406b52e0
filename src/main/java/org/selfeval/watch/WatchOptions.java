package org.selfeval.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the hot folder.
 *
 * @param inbox           the folder clerks drop workbooks into
 * @param outDir          where scored copies, history/, logs/ and 汇总.xlsx go
 * @param stable          how long size and modification time must stay unchanged before a file is taken
 * @param poll            how often the inbox is listed (events from WatchService only wake the loop early)
 * @param summaryInterval the least time between two rewrites of 汇总.xlsx
 * @param stopWait        how long a stop waits for 汇总.xlsx to be written before leaving it to the next start
 */
public record WatchOptions(Path inbox, Path outDir, Duration stable, Duration poll, Duration summaryInterval,
                           Duration stopWait) {
    public static final Duration DEFAULT_STABLE = Duration.ofSeconds(2);

    public WatchOptions {
        Objects.requireNonNull(inbox);
        Objects.requireNonNull(outDir);
        if (stable.isNegative() || poll.isNegative() || poll.isZero() || summaryInterval.isNegative()
                || stopWait.isNegative()) {
            throw new IllegalArgumentException("durations must be positive");
        }
    }

    public static WatchOptions defaults(Path inbox, Path outDir) {
        return new WatchOptions(inbox, outDir, DEFAULT_STABLE, Duration.ofMillis(500), Duration.ofSeconds(3),
                Duration.ofSeconds(5));
    }

    public WatchOptions withStable(Duration d) {
        return new WatchOptions(inbox, outDir, d, poll, summaryInterval, stopWait);
    }

    public WatchOptions withPoll(Duration d) {
        return new WatchOptions(inbox, outDir, stable, d, summaryInterval, stopWait);
    }

    public WatchOptions withSummaryInterval(Duration d) {
        return new WatchOptions(inbox, outDir, stable, poll, d, stopWait);
    }

    public WatchOptions withStopWait(Duration d) {
        return new WatchOptions(inbox, outDir, stable, poll, summaryInterval, d);
    }

    Path processing() {
        return inbox.resolve(".processing");
    }

    Path processed() {
        return inbox.resolve("processed");
    }

    Path failed() {
        return inbox.resolve("failed");
    }

    Path history() {
        return outDir.resolve("history");
    }

    Path logs() {
        return outDir.resolve("logs");
    }

    Path work() {
        return outDir.resolve(".selfeval-work");
    }
}
