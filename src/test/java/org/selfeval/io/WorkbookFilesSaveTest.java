package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookFilesSaveTest {
    @TempDir
    Path dir;

    /** A one-sheet workbook (自评表) with text in A1, in the format named. */
    static Workbook workbook(String format, String a1) {
        Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        wb.createSheet("自评表").createRow(0).createCell(0).setCellValue(a1);
        return wb;
    }

    static List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void save_createsParentDirs_andReplacesExistingTarget(String format) throws Exception {
        Path target = dir.resolve("a/b/自评表." + format);
        try (Workbook first = workbook(format, "第一次"); Workbook second = workbook(format, "第二次")) {
            WorkbookFiles.saveAtomically(first, target);
            WorkbookFiles.saveAtomically(second, target);
        }
        try (Workbook back = WorkbookFactory.create(Files.newInputStream(target))) {
            assertEquals("第二次", back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(List.of(target), filesIn(target.getParent()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void failedWrite_leavesNoTempFile_andKeepsExistingTarget(String format) throws Exception {
        Path target = dir.resolve("out/自评表." + format);
        try (Workbook good = workbook(format, "原有")) {
            WorkbookFiles.saveAtomically(good, target);
        }
        byte[] before = Files.readAllBytes(target);
        Workbook failing = (Workbook) Proxy.newProxyInstance(Workbook.class.getClassLoader(),
                new Class<?>[]{Workbook.class}, (proxy, method, args) -> {
                    if (method.getName().equals("write")) {
                        ((OutputStream) args[0]).write(new byte[]{'P', 'K', 3, 4});
                        throw new IOException("disk full");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertThrows(IOException.class, () -> WorkbookFiles.saveAtomically(failing, target));
        assertEquals(List.of(target), filesIn(target.getParent()));
        assertArrayEquals(before, Files.readAllBytes(target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void failedMove_leavesNoTempFile(String format) throws Exception {
        Path target = dir.resolve("自评表." + format);
        Files.createDirectories(target.resolve("occupied"));
        try (Workbook wb = workbook(format, "x")) {
            assertThrows(IOException.class, () -> WorkbookFiles.saveAtomically(wb, target));
        }
        assertEquals(List.of(target), filesIn(dir));
        assertFalse(Files.isRegularFile(target));
    }
}
