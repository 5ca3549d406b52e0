package org.selfeval.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.selfeval.app.FileResult;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;

/** Progress on stderr: a bar when stderr is a terminal, one line per file otherwise. */
final class ConsoleProgress {
    private ConsoleProgress() {
    }

    static Progress create(boolean quiet, PrintStream err) {
        if (quiet) {
            return Progress.NONE;
        }
        return System.console() != null ? new Bar() : new Lines(err);
    }

    /** me.tongfei:progressbar; ASCII style because block glyphs misalign in Chinese fonts and on Windows. */
    private static final class Bar implements Progress {
        private ProgressBar bar;

        @Override
        public synchronized void start(int total) {
            bar = new ProgressBarBuilder().setTaskName("评分").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).build();
        }

        @Override
        public synchronized void done(Job job, FileResult result) {
            bar.step();
            bar.setExtraMessage(job.relative().getFileName().toString());
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static final class Lines implements Progress {
        private final PrintStream err;
        private int total;
        private int done;

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void start(int total) {
            this.total = total;
        }

        @Override
        public synchronized void done(Job job, FileResult result) {
            done++;
            err.println("[" + done + "/" + total + "] " + job.relative().toString().replace('\\', '/') + " "
                    + result.describe());
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
