package org.selfeval.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.selfeval.app.FileResult;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;

/** Short Chinese lines about results, for people at a console. */
final class Summaries {
    private Summaries() {
    }

    static String oneLine(FileResult r) {
        if (r.failed()) {
            return "失败：" + r.error().message() + "（" + r.error().code() + "）";
        }
        StringBuilder sb = new StringBuilder();
        for (FormResult f : r.forms()) {
            if (sb.length() > 0) {
                sb.append("；");
            }
            sb.append(f.form().sheet()).append(" ");
            if (f.funds() == null) {
                sb.append("表格不完整");
            } else {
                sb.append("总分 ").append(Numbers.plain(f.total())).append(" ").append(f.grade());
            }
            sb.append("，错误 ").append(f.count(org.selfeval.model.Severity.ERROR))
                    .append("，警告 ").append(f.count(org.selfeval.model.Severity.WARNING));
        }
        return sb.toString();
    }

    static String finalLine(long files, long forms, long formsWithErrors, long failed, Duration took) {
        return String.format(Locale.ROOT, "完成：%d 个文件，%d 张自评表，其中 %d 张有错误，%d 个文件无法读取，用时 %.1f 秒",
                files, forms, formsWithErrors, failed, took.toMillis() / 1000.0);
    }

}
