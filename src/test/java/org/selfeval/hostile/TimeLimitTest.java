package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.batch.BatchRunner;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;
import org.selfeval.io.Limits;
import org.selfeval.rules.RuleSettings;
import org.selfeval.template.WorkbookFormat;

/** The per-file time limit: a file over it fails with TIMEOUT, writes nothing, even later, and the batch goes on. */
class TimeLimitTest {
    @TempDir
    Path dir;

    private Path seed(String name, WorkbookFormat format) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, HostileCorpus.seedForm(format));
        return p;
    }

    /**
     * The seed form with a second sheet of 20,000 filled rows: a file that takes far longer than {@link #NO_TIME}
     * to reach its save. The bare seed form did not always: on a warm, reused worker thread, with the caller
     * descheduled for a moment on a busy machine, it reached the save first, and a file already saving is let
     * finish (by design).
     */
    private Path slow(String name, WorkbookFormat format) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, SLOW.computeIfAbsent(format, TimeLimitTest::slowBytes));
        return p;
    }

    /** The slow files' bytes, made once per format for the class (each costs seconds to build). */
    private static final java.util.Map<WorkbookFormat, byte[]> SLOW = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] slowBytes(WorkbookFormat format) {
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(HostileCorpus.seedForm(format)))) {
            Sheet filler = wb.createSheet("附表");
            for (int r = 0; r < 20_000; r++) {
                Row row = filler.createRow(r);
                for (int c = 0; c < 4; c++) {
                    row.createCell(c).setCellValue("附表第" + r + "行");
                }
            }
            return HostileCorpus.bytes(wb);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A limit no file can meet: over before the worker has read the file. */
    private static final Duration NO_TIME = Duration.ofNanos(1);

    @Test
    void overTheLimit_timeoutWithChineseReason_andTheAbandonedWorkerNeverWrites() throws Exception {
        Path in = slow("慢.xlsx", WorkbookFormat.XLSX);
        Path out = dir.resolve("out/慢.xlsx");
        FileProcessor hurried = new FileProcessor(RuleSettings.national(),
                Limits.defaults().withTimeLimit(NO_TIME));
        FileResult r = hurried.score(in, out);
        assertEquals("TIMEOUT", r.error().code());
        assertTrue(r.error().message().contains("超过时间上限"), r.error().message());
        Outcomes.assertWellFormed("慢.xlsx", r, out);
        // the worker goes on in the background; give it ample time to reach the save
        Thread.sleep(3000);
        assertFalse(Files.exists(out), "the abandoned worker wrote the copy");
        if (Files.isDirectory(out.getParent())) {
            Outcomes.assertNoTempFiles(out.getParent());
        }
    }

    /**
     * What the hot folder's stop relies on (HotFolderTest): a caller interrupted while its file is scored gets
     * INTERRUPTED at once, and the abandoned worker never writes the copy, even later. One format: the worker's
     * right to save is taken before any writer runs, whatever the format (the slow file costs seconds to build).
     */
    @Test
    void anInterruptedCaller_getsInterruptedAtOnce_andTheAbandonedWorkerNeverWrites() throws Exception {
        List<Path> outputs = new java.util.ArrayList<>();
        for (WorkbookFormat format : List.of(WorkbookFormat.XLSX)) {
            String name = "停." + format.extension();
            Path in = slow(name, format);
            Path out = dir.resolve("stopped/" + name);
            Thread.currentThread().interrupt(); // the stop came while the file was being scored
            FileResult r = new FileProcessor(RuleSettings.national()).score(in, out);
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            assertEquals("INTERRUPTED", r.error().code(), name);
            assertTrue(r.error().message().contains("处理被中断"), r.error().message());
            assertEquals(null, r.output(), name);
            outputs.add(out);
        }
        Thread.sleep(3000); // ample time for the workers to reach their save
        for (Path out : outputs) {
            assertFalse(Files.exists(out), "the abandoned worker wrote " + out.getFileName());
        }
        if (Files.isDirectory(dir.resolve("stopped"))) {
            Outcomes.assertNoTempFiles(dir.resolve("stopped"));
        }
    }

    @Test
    void batchGoesOnAfterATimeout() throws Exception {
        Path a = seed("a.xls", WorkbookFormat.XLS);
        Path b = seed("b.xlsx", WorkbookFormat.XLSX);
        // the first run warms up class loading; the default limit is generous for a form
        FileProcessor normal = new FileProcessor(RuleSettings.national(), Limits.defaults());
        List<FileResult> results = BatchRunner.run(List.of(
                new Job(a, a.getFileName(), dir.resolve("out/a.xls")),
                new Job(b, b.getFileName(), dir.resolve("out/b.xlsx"))), normal, 2, Progress.NONE);
        assertEquals(List.of(FileResult.Status.SCORED, FileResult.Status.SCORED),
                results.stream().map(FileResult::status).toList());
        FileProcessor hurried = new FileProcessor(RuleSettings.national(),
                Limits.defaults().withTimeLimit(NO_TIME));
        FileResult timedOut = hurried.score(slow("慢.xls", WorkbookFormat.XLS), dir.resolve("out2/慢.xls"));
        FileResult next = normal.score(b, dir.resolve("out2/b.xlsx"));
        assertEquals("TIMEOUT", timedOut.error().code());
        assertEquals(FileResult.Status.SCORED, next.status());
    }

    @Test
    void limitsFromSystemProperties() {
        try {
            System.setProperty(Limits.TIME_LIMIT_PROPERTY, "2.5");
            System.setProperty(Limits.MAX_FILE_MB_PROPERTY, "3");
            Limits limits = Limits.fromSystemProperties();
            assertEquals(Duration.ofMillis(2500), limits.timeLimit());
            assertEquals(3L * 1024 * 1024, limits.maxFileBytes());
            System.setProperty(Limits.TIME_LIMIT_PROPERTY, "0");
            assertThrows(IllegalArgumentException.class, Limits::fromSystemProperties);
        } finally {
            System.clearProperty(Limits.TIME_LIMIT_PROPERTY);
            System.clearProperty(Limits.MAX_FILE_MB_PROPERTY);
        }
        assertEquals(Limits.defaults(), Limits.fromSystemProperties());
    }
}
