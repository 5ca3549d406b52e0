package org.selfeval.app;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;
import org.selfeval.model.Severity;

/**
 * What happened to one input file: scored (read, scored, written), checked (read and scored, nothing written)
 * or failed (with a coded reason), and the results of its forms.
 *
 * @param file   the input as given
 * @param output the scored copy, or null (check, or failure)
 * @param status scored / checked / failed
 * @param error  why it failed, or null
 * @param forms    one result per form found, in sheet order (empty for a failure)
 * @param findings findings about the file as a whole (LIST_FORM_MISMATCH: a listed project with no form, a form
 *                 not on the list), in Word files with Word places (表N!R3C5)
 * @param note     what a person should know about the output, or null (a .doc's scored copy is a .docx)
 */
public record FileResult(Path file, Path output, Status status, FileError error, List<FormResult> forms,
                         List<Finding> findings, String note) {

    public FileResult {
        forms = List.copyOf(forms);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A result with no file-level finding and no note. */
    public FileResult(Path file, Path output, Status status, FileError error, List<FormResult> forms) {
        this(file, output, status, error, forms, List.of(), null);
    }

    public static FileResult failed(Path file, String code, String message) {
        return new FileResult(file, null, Status.FAILED, new FileError(code, message), List.of());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    public boolean hasErrorFindings() {
        return forms.stream().anyMatch(FormResult::hasErrors)
                || findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * One short Chinese line for a person at a console or in a log: the reason of a failure, or per form its
     * sheet, 总分 and 等级 (不评分 and its 达成率 for a form that scores nothing) and the number of errors and warnings.
     */
    public String describe() {
        if (failed()) {
            return "失败：" + error.display();
        }
        StringBuilder sb = new StringBuilder();
        for (FormResult f : forms) {
            if (sb.length() > 0) {
                sb.append("；");
            }
            sb.append(f.form().sheet()).append(" ");
            if (f.funds() == null) {
                sb.append("表格不完整");
            } else if (!f.scored()) {
                sb.append(f.grade());
                if (f.achievedShare() != null) {
                    sb.append("（达成率 ").append(Numbers.percent(f.achievedShare())).append("）");
                }
            } else {
                sb.append("总分 ").append(Numbers.plain(f.total())).append(" ").append(f.grade());
            }
            sb.append("，错误 ").append(f.count(Severity.ERROR)).append("，警告 ").append(f.count(Severity.WARNING));
        }
        return sb.toString();
    }

    public long count(Severity severity) {
        return forms.stream().mapToLong(f -> f.count(severity)).sum()
                + findings.stream().filter(f -> f.severity() == severity).count();
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
        /** The message with its code, as a person reads it: {@code 文件已加密，无法读取（ENCRYPTED）}. */
        public String display() {
            return message + "（" + code + "）";
        }
    }
}
