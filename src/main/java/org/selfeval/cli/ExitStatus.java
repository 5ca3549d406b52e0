package org.selfeval.cli;

import java.util.List;
import org.selfeval.app.FileResult;

/** Exit statuses of CLI.md. */
final class ExitStatus {
    static final int OK = 0;
    static final int ERROR_FINDINGS = 1;
    static final int FILE_FAILED = 2;
    /** batch over a folder that holds no workbook: nothing was checked, which is not success. */
    static final int NO_INPUT = 3;
    static final int USAGE = 64;

    private ExitStatus() {
    }

    /** 2 when any file could not be read or written, else 1 when any form has an error finding, else 0. */
    static int of(List<FileResult> results) {
        return of(results.stream().anyMatch(FileResult::failed),
                results.stream().anyMatch(FileResult::hasErrorFindings));
    }

    static int of(boolean anyFileFailed, boolean anyErrorFindings) {
        if (anyFileFailed) {
            return FILE_FAILED;
        }
        if (anyErrorFindings) {
            return ERROR_FINDINGS;
        }
        return OK;
    }
}
