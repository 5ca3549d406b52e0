package org.selfeval.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.selfeval.app.FileResult;
import org.selfeval.io.AtomicFiles;

/** INBOX/failed/NAME.txt: the reason in Chinese and what to do; its first lines are read back at start. */
final class FailureNote {
    private FailureNote() {
    }

    record Note(String name, String code, String message) {
    }

    static void write(Path txt, String name, FileResult.FileError error) throws IOException {
        String text = String.join(System.lineSeparator(),
                "文件：" + name,
                "原因：" + error.message(),
                "代码：" + error.code(), // last: the reason in Chinese is what the clerk reads
                "",
                "处理办法：请按上面的原因修改文件（例如用 Excel 或 WPS 打开后另存为 .xlsx、去掉密码、补全自评表），",
                "然后把修改后的文件重新放入收件文件夹。本说明由 selfeval 自动生成。", "");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(txt, out -> out.write(bytes)); // a crash never leaves a half note to be read back
    }

    static Optional<Note> read(Path txt) {
        try {
            List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
            String name = value(lines, "文件：");
            String code = value(lines, "代码：");
            String message = value(lines, "原因：");
            return name == null || code == null ? Optional.empty()
                    : Optional.of(new Note(name, code, message == null ? "" : message));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .findFirst().orElse(null);
    }
}
