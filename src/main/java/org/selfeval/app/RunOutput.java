package org.selfeval.app;

import java.io.IOException;

/**
 * Where a run sends each file's result (report.json, 汇总.xlsx, the exit tally, ...). A run gives every output
 * each result in input order, on one thread, then {@link #finish()} once all are in, then {@link #close()}.
 * An output closed without {@code finish} (the run failed or was stopped) leaves no partial file behind and an
 * earlier file of the same name as it was.
 */
public interface RunOutput extends AutoCloseable {
    void add(FileResult result) throws IOException;

    /**
     * A result with the result of its input's previous version (the last other bytes checked under the same name,
     * from the results store), or null when this is its first version or the run keeps no store. Outputs that show
     * the comparison (整改情况) override this.
     */
    default void add(FileResult result, FileResult previousVersion) throws IOException {
        add(result);
    }

    /** What this output is, for the line saying it could not be written (e.g. 汇总表). */
    default String label() {
        return "输出文件";
    }

    /**
     * The source has handed over what it had for now (after each pass of a run; the hot folder's passes come as
     * files arrive): an output that is rewritten while the run goes on may write now.
     */
    default void pause() throws IOException {
    }

    /** Every result is in: write what waited for the last one. */
    default void finish() throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
