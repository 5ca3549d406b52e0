package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.testing.Samples;

/** Issue 14: what every output file is like — its permissions, its temporary name, a failed write's reason. */
class OutputFilesTest {
    @TempDir
    Path dir;

    /** A disk that fills up after {@code room} bytes. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (--room < 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aFullDiskWhileSaving_isAnIoError_neverABadWorkbook(String format) throws Exception {
        // POI wraps the disk's IOException of an .xlsx save in OpenXML4JRuntimeException: it was taken for a
        // damaged workbook (CORRUPT) by the pipeline's last guard
        Path target = dir.resolve("满盘." + format);
        try (Workbook wb = WorkbookFilesSaveTest.workbook(format, "内容")) {
            IOException e = assertThrows(IOException.class,
                    () -> AtomicFiles.write(target, wb::write, file -> new FullDisk(file, 600)));
            assertEquals("No space left on device", e.getMessage());
        }
        assertEquals(List.of(), WorkbookFilesSaveTest.filesIn(dir), "no partial file, no temporary file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aScoredCopy_getsThePermissionsOfAnOrdinaryNewFile(String format) throws Exception {
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt")); // what the umask gives a new file
        Path target = dir.resolve("共享/自评表." + format);
        try (Workbook wb = WorkbookFilesSaveTest.workbook(format, "x")) {
            WorkbookFiles.saveAtomically(wb, target);
        }
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(ordinary);
        assertEquals(expected, Files.getPosixFilePermissions(target));
        assertTrue(expected.contains(PosixFilePermission.OTHERS_READ) || !expected.contains(PosixFilePermission.GROUP_READ),
                "the test runs under a umask that lets others read (else it proves nothing): " + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aNameOfAlmost255Bytes_isSaved(String format) throws Exception {
        String name = "项".repeat(82) + "." + format; // 246 + 4 or 5 bytes: a legal name
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255);
        Path target = dir.resolve(name);
        try (Workbook wb = WorkbookFilesSaveTest.workbook(format, "长名")) {
            WorkbookFiles.saveAtomically(wb, target);
        }
        assertEquals(List.of(target), WorkbookFilesSaveTest.filesIn(dir));
        try (Workbook back = Samples.reopen(target)) {
            assertEquals("长名", back.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void temporaryNames_fitIn255Bytes_andLookLikeOurs() throws Exception {
        Path temp = AtomicFiles.tempBeside(dir.resolve("表".repeat(83) + ".xlsx"));
        String name = temp.getFileName().toString();
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
        assertTrue(name.matches("\\.表+\\.\\d+\\.tmp"), name);
    }

    @Test
    void leftoversOfAKilledRun_areRemoved_butNotAYoungOneNorAnythingElse() throws Exception {
        Path old = Files.createFile(Files.createDirectories(dir.resolve("子")).resolve(".自评表.xlsx.123456.tmp"));
        Path oldRandomLong = Files.createFile(dir.resolve(".report.json.8912345678901234567.tmp"));
        Path young = Files.createFile(dir.resolve(".汇总.xlsx.42.tmp"));
        Path hidden = Files.createFile(dir.resolve(".hidden.tmp"));
        Path workbook = Files.createFile(dir.resolve("a.123.tmp"));
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path p : List.of(old, oldRandomLong, hidden, workbook)) {
            Files.setLastModifiedTime(p, twoHoursAgo);
        }
        assertEquals(2, AtomicFiles.removeLeftovers(dir, Duration.ofHours(1)));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldRandomLong));
        assertTrue(Files.exists(young) && Files.exists(hidden) && Files.exists(workbook));
    }

    @Test
    void poiTemporaryFiles_goToAPrivateDirectoryOfThisRun_notTheSharedPoifiles() throws Exception {
        PrivateTempFiles.install();
        Path file = TempFile.createTempFile("selfeval-test", ".tmp").toPath();
        try {
            Path parent = file.getParent();
            assertFalse(parent.getFileName().toString().equals("poifiles"), parent.toString());
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(parent));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
