package org.selfeval.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.io.InputRejectedException;
import org.selfeval.io.WorkbookFiles;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.read.FormLocator;
import org.selfeval.rules.FormScorer;
import org.selfeval.rules.RuleSettings;
import org.selfeval.write.ScoredWorkbookWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file through the whole pipeline: open (never read-write) → locate forms → score → write the scored copy.
 * Never throws for a bad file: every problem becomes a {@link FileResult} with status failed and a Chinese
 * reason. Thread-safe: holds only immutable settings; each call opens and closes its own workbook.
 */
public final class FileProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(FileProcessor.class);

    private final RuleSettings settings;

    public FileProcessor(RuleSettings settings) {
        this.settings = settings;
    }

    /** Reads and scores the file; writes nothing. */
    public FileResult check(Path input) {
        return process(input, null);
    }

    /** Reads and scores the file and writes the scored copy to {@code output} (same format as the input). */
    public FileResult score(Path input, Path output) {
        return process(input, output);
    }

    private FileResult process(Path input, Path output) {
        try {
            if (output != null && sameFile(input, output)) {
                return FileResult.failed(input, ErrorCodes.IO_ERROR,
                        "输出文件与输入文件是同一个文件，已拒绝覆盖原件；请指定另一个输出目录");
            }
            try (Workbook workbook = WorkbookFiles.open(input)) {
                List<Form> forms = FormLocator.locate(workbook);
                if (forms.isEmpty()) {
                    return FileResult.failed(input, ErrorCodes.NO_FORM,
                            "工作簿中未找到项目支出绩效自评表（查找的标签：项目名称、项目资金、绩效指标、总分）；"
                                    + "请确认提交的是自评表 [FORM_NOT_FOUND]");
                }
                List<FormResult> results = new ArrayList<>(forms.size());
                for (Form form : forms) {
                    results.add(FormScorer.score(form, settings));
                }
                if (output == null) {
                    return new FileResult(input, null, FileResult.Status.CHECKED, null, results);
                }
                ScoredWorkbookWriter.apply(workbook, results);
                try {
                    WorkbookFiles.saveAtomically(workbook, output);
                } catch (IOException e) {
                    LOG.debug("cannot write {}", output, e);
                    return FileResult.failed(input, ErrorCodes.IO_ERROR,
                            "无法写入输出文件 " + output + "：" + describe(e) + "；请检查输出目录是否可写、磁盘是否已满");
                }
                return new FileResult(input, output, FileResult.Status.SCORED, null, results);
            }
        } catch (InputRejectedException e) {
            return FileResult.failed(input, e.code(), e.getMessage());
        } catch (IOException e) {
            LOG.debug("I/O error on {}", input, e);
            return FileResult.failed(input, ErrorCodes.IO_ERROR, "读取文件时出错：" + describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A malformed workbook can make POI fail anywhere; the batch must go on with the next file.
            LOG.warn("internal error on {}: {}", input, e.toString());
            LOG.debug("stack trace", e);
            return FileResult.failed(input, ErrorCodes.CORRUPT,
                    "文件内容损坏或结构异常，无法处理（" + e.getClass().getSimpleName() + "）；"
                            + "请用 Excel 或 WPS 打开检查后另存为 .xlsx 再提交");
        }
    }

    private static boolean sameFile(Path input, Path output) throws IOException {
        if (!Files.exists(output)) {
            return false;
        }
        return Files.isSameFile(input, output);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
