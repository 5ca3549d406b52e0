package org.selfeval.app;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.FormResult;
import org.selfeval.model.Severity;

/**
 * What happened to one input file: scored (read, scored, written), checked (read and scored, nothing written)
 * or failed (with a coded reason), and the results of its forms.
 *
 * @param file   the input as given
 * @param output the scored copy, or null (check, or failure)
 * @param status scored / checked / failed
 * @param error  why it failed, or null
 * @param forms  one result per form found, in sheet order (empty for a failure)
 */
public record FileResult(Path file, Path output, Status status, FileError error, List<FormResult> forms) {

    public FileResult {
        forms = List.copyOf(forms);
    }

    public static FileResult failed(Path file, String code, String message) {
        return new FileResult(file, null, Status.FAILED, new FileError(code, message), List.of());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public boolean hasErrorFindings() {
        return forms.stream().anyMatch(FormResult::hasErrors);
    }

    public long count(Severity severity) {
        return forms.stream().mapToLong(f -> f.count(severity)).sum();
    }

    public enum Status {
        SCORED("scored"), CHECKED("checked"), FAILED("failed");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** The word used in report.json. */
        public String code() {
            return code;
        }
    }

    /** A coded reason in Chinese, e.g. ENCRYPTED / 文件已加密，无法读取. */
    public record FileError(String code, String message) {
    }
}
