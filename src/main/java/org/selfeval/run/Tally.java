package org.selfeval.run;

import java.time.Duration;
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

    @Override
    public void add(FileResult r) {
        files++;
        forms += r.forms().size();
        formsWithErrors += r.forms().stream().filter(FormResult::hasErrors).count();
        if (r.failed()) {
            failed++;
        }
    }

    public boolean anyFailed() {
        return failed > 0;
    }

    public boolean anyErrorFindings() {
        return formsWithErrors > 0;
    }

    /** The last line a run prints (Chinese), e.g. 完成：3 个文件，3 张自评表，…，用时 1.2 秒. */
    public String finalLine(Duration took) {
        return String.format(Locale.ROOT, "完成：%d 个文件，%d 张自评表，其中 %d 张有错误，%d 个文件无法读取，用时 %.1f 秒",
                files, forms, formsWithErrors, failed, took.toMillis() / 1000.0);
    }
}
