package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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

    @Test
    void everyOtherEntry_isListedWithItsReason_inOrder() throws IOException {
        touch("县A/a.xlsx");
        touch("县A/notes.txt");
        touch("县A/~$a.xlsx");
        touch("县A/下载中.xlsx.part");
        touch("县A/.DS_Store");
        touch(".git/x.xlsx");
        touch("out/县A/a.xlsx");
        touch("县A/旧表.lnk");
        Files.createSymbolicLink(root.resolve("县A/链接.xlsx"), root.resolve("县A/a.xlsx"));
        Files.createSymbolicLink(root.resolve("县B"), root.resolve("县A"));

        InputTree.Walk walk = InputTree.walk(root, root.resolve("out"));

        assertEquals(List.of("县A/a.xlsx"),
                walk.inputs().stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList());
        assertEquals(List.of(".git/ HIDDEN", "out/ OUTPUT_FOLDER", "县A/.DS_Store HIDDEN", "县A/notes.txt OTHER_FILE",
                        "县A/~$a.xlsx LOCK_OR_TEMP_FILE", "县A/下载中.xlsx.part LOCK_OR_TEMP_FILE", "县A/旧表.lnk LINK",
                        "县A/链接.xlsx LINK", "县B/ LINK"),
                walk.skipped().stream().map(s -> s.file() + " " + s.reason().code()).toList());
        assertTrue(walk.skipped().stream().allMatch(s -> !s.message().isBlank()));
    }

    @Test
    void aFolderThatCannotBeOpened_isListedAsUnreadable_andTheWalkGoesOn() throws IOException {
        touch("县A/a.xlsx");
        touch("锁住/b.xlsx");
        Path locked = root.resolve("锁住");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            assumeFalse(Files.isReadable(locked), "running as root: every folder can be read");
            InputTree.Walk walk = InputTree.walk(root, null);
            assertEquals(1, walk.inputs().size());
            assertEquals(List.of("锁住/ UNREADABLE"),
                    walk.skipped().stream().map(s -> s.file() + " " + s.reason().code()).toList());
            assertTrue(walk.skipped().get(0).message().contains("没有权限"), walk.skipped().get(0).message());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
