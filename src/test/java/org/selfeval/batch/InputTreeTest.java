package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTreeTest {
    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[] {1});
    }

    @Test
    void findsWorkbooksRecursivelyInStableOrder_skippingLockHiddenAndOutput() throws IOException {
        touch("县B/财政局/b.xlsx");
        touch("县A/教育局/a.xls");
        touch("县A/教育局/~$a.xls");
        touch("县A/.hidden.xlsx");
        touch("县A/notes.txt");
        touch("县A/报告.docx");
        touch("县A/旧版.DOC");
        touch("县A/~$报告.docx");
        touch(".git/x.xlsx");
        touch("out/县A/教育局/a.xls");
        touch("县A/UPPER.XLSX");

        List<Path> found = InputTree.find(root, root.resolve("out"));

        assertEquals(List.of("县A/UPPER.XLSX", "县A/报告.docx", "县A/教育局/a.xls", "县A/旧版.DOC", "县B/财政局/b.xlsx"),
                found.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList());
    }

    @Test
    void outputOutsideTheInputIsIrrelevant() throws IOException {
        touch("a.xlsx");
        assertEquals(1, InputTree.find(root, Path.of("/nonexistent/out")).size());
    }
}
