package org.selfeval.batch;

import org.selfeval.app.FileResult;

/** Told about each finished file; implementations must be thread-safe. */
public interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override
        public void start(int total) {
        }

        @Override
        public void done(Job job, FileResult result) {
        }

        @Override
        public void close() {
        }
    };

    void start(int total);

    void done(Job job, FileResult result);

    @Override
    void close();
}
