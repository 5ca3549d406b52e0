package org.selfeval.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.app.RoundChange;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;
import org.selfeval.model.Severity;

/** {@code selfeval history FILE --out DIR}: a form's rounds as the results store of DIR holds them, in Chinese. */
public final class History {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private History() {
    }

    /**
     * The inputs of the store that {@code file} names: the path as recorded (relative to the folder a batch read,
     * or the name a hot folder took), matched on its last components, so the path as typed (with the input
     * folder in front, or only the file name) finds it.
     */
    public static List<String> find(ResultStore store, Path file) throws IOException {
        List<String> parts = new ArrayList<>();
        for (Path p : file.normalize()) {
            parts.add(p.toString());
        }
        for (int from = 0; from < parts.size(); from++) {
            List<String> found = store.inputsEndingWith(String.join("/", parts.subList(from, parts.size())));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Prints every round of the input, oldest first, with what changed against the round before. */
    public static void print(ResultStore store, String input, ZoneId zone, PrintStream out) throws IOException {
        out.println("自评表文件：" + input);
        FileResult before = null;
        for (ResultStore.Check check : store.history(input)) {
            FileResult now = check.stored().toFileResult(Path.of(input), null);
            StringBuilder line = new StringBuilder();
            line.append("第 ").append(check.round()).append(" 轮  ")
                    .append(WHEN.format(Instant.parse(check.checked()).atZone(zone)));
            if (check.reused()) {
                line.append("（文件未变，沿用上次结果）");
            }
            out.println(line);
            if (now.failed()) {
                out.println("    无法读取：" + now.error().display());
            }
            List<RoundChange> changes = before == null ? null : RoundChange.between(before, now);
            for (int i = 0; i < now.forms().size(); i++) {
                FormResult form = now.forms().get(i);
                StringBuilder f = new StringBuilder("    ").append(form.form().sheet()).append("：");
                f.append(form.funds() == null ? "表格不完整"
                        : "总分 " + Numbers.plain(form.total()) + " " + form.grade());
                f.append("，错误 ").append(form.count(Severity.ERROR)).append("，警告 ")
                        .append(form.count(Severity.WARNING));
                if (changes != null) {
                    RoundChange c = changes.get(i);
                    f.append("；").append(c.status()).append("（已整改 ").append(c.fixed().size()).append(" 项，仍有问题 ")
                            .append(c.open().size()).append(" 项，新增问题 ").append(c.added().size()).append(" 项）");
                    c.fixed().forEach(x -> f.append(System.lineSeparator()).append("      已整改：").append(x.cell())
                            .append(" ").append(x.display()));
                    c.added().forEach(x -> f.append(System.lineSeparator()).append("      新增：").append(x.cell())
                            .append(" ").append(x.display()));
                }
                out.println(f);
            }
            before = now;
        }
    }
}
