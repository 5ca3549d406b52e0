package org.selfeval.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.FormResult;

/** STUB — replaced by the writing work: RULES.md §8, figures, fills, comments and the 校验结果 sheet. */
public final class ScoredWorkbookWriter {
    private ScoredWorkbookWriter() {
    }

    public static void apply(Workbook workbook, List<FormResult> results) {
        throw new UnsupportedOperationException("not yet");
    }
}
