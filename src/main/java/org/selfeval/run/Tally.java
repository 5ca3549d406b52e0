package org.selfeval.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.model.FormResult;

/** The counts the final line and the exit status need, kept instead of the results. */
public final class Tally implements RunOutput {
    private long files;
    private long forms;
    private long formsWithErrors;
    private long failed;
    private final List<String> outputsFailed = new ArrayList<>();
    private final boolean withStore;
    private long reused;

    /** @param withStore the run re-uses stored results: the final line says how many */
    public Tally(boolean withStore) {
        this.withStore = withStore;
    }

    public Tally() {
        this(false);
    }

    /** The counts of a run, as the results store keeps them with its outputs. */
    public record Counts(long files, long forms, long formsWithErrors, long failed) {
    }

    /**
     * The tally of a batch that found nothing changed since the last one ({@link Recording#replayIfUnchanged}):
     * that batch's counts, every file re-used.
     */
    static Tally replayed(Counts counts) {
        Tally tally = new Tally(true);
        tally.files = counts.files();
        tally.forms = counts.forms();
        tally.formsWithErrors = counts.formsWithErrors();
        tally.failed = counts.failed();
        tally.reused = counts.files();
        return tally;
    }

    public Counts counts() {
        return new Counts(files, forms, formsWithErrors, failed);
    }

    /** One more input whose stored result was re-used instead of scoring it again. */
    void reused() {
        reused++;
    }

    public long reusedCount() {
        return reused;
    }

    @Override
    public void add(FileResult r) {
        files++;
        forms += r.forms().size();
        formsWithErrors += r.forms().stream().filter(FormResult::hasErrors).count();
        if (r.failed()) {
            failed++;
        }
    }

    /**
     * An output of the run (汇总.xlsx, the report) could not be written; the files were scored all the same.
     *
     * @param message the Chinese line, ending with its code: （IO_ERROR） or （INTERNAL_ERROR）
     */
    public void outputFailed(String message) {
        outputsFailed.add(message);
    }

    /** The outputs that could not be written, one Chinese line each. */
    public List<String> outputsFailed() {
        return List.copyOf(outputsFailed);
    }

    /** A file not scored, or an output not written: exit status 2. */
    public boolean anyFailed() {
        return failed > 0 || !outputsFailed.isEmpty();
    }

    public boolean anyErrorFindings() {
        return formsWithErrors > 0;
    }

    /** The last line a run prints (Chinese), e.g. 完成：3 个文件，3 张自评表，…，用时 1.2 秒. */
    public String finalLine(Duration took) {
        String line = String.format(Locale.ROOT, "完成：%d 个文件，%d 张自评表，其中 %d 张有错误，%d 个文件未能评分",
                files, forms, formsWithErrors, failed);
        if (withStore) {
            line += String.format(Locale.ROOT, "，%d 个文件未变、沿用上次结果", reused);
        }
        return line + String.format(Locale.ROOT, "，用时 %.1f 秒", took.toMillis() / 1000.0);
    }
}
