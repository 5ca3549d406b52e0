package org.selfeval.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/** Issue "Hot folder": every test is bounded in time and works on real sample workbooks. */
class HotFolderTest {
    @TempDir
    Path dir;

    private Path inbox;
    private Path out;
    private HotFolder hotFolder;
    private Thread loop;

    private void start(Duration stable) throws IOException {
        inbox = dir.resolve("inbox");
        out = dir.resolve("out");
        Files.createDirectories(inbox);
        WatchOptions options = WatchOptions.defaults(inbox, out).withStable(stable).withPoll(Duration.ofMillis(50))
                .withSummaryInterval(Duration.ofMillis(200));
        hotFolder = new HotFolder(options, new FileProcessor(RuleSettings.national()));
        loop = new Thread(() -> {
            try {
                hotFolder.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "hot-folder-test");
        loop.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (hotFolder != null) {
            hotFolder.stop();
            assertTrue(hotFolder.awaitFinished(10, TimeUnit.SECONDS), "stops within a few seconds");
        }
    }

    private static void await(BooleanSupplier condition, Duration max, String what) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(25);
        }
    }

    private static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static byte[] sample(String ext) throws IOException {
        return Files.readAllBytes(Samples.DIR.resolve(Samples.SEED + "." + ext));
    }

    @Test
    @Timeout(60)
    void aFileCopiedInSlowlyIsNeverReadHalfWritten() throws Exception {
        start(Duration.ofMillis(600));
        byte[] bytes = sample("xlsx");
        Path target = inbox.resolve("慢慢复制.xlsx");
        try (OutputStream os = Files.newOutputStream(target)) {
            int chunk = bytes.length / 10 + 1;
            for (int i = 0; i < bytes.length; i += chunk) {
                os.write(bytes, i, Math.min(chunk, bytes.length - i));
                os.flush();
                Thread.sleep(150); // well under the stability window
                assertFalse(Files.exists(out.resolve("慢慢复制.xlsx")), "not taken while still growing");
            }
        }
        await(() -> Files.exists(out.resolve("慢慢复制.xlsx")), Duration.ofSeconds(30), "scored copy");
        assertEquals(0, count(inbox.resolve("failed")));
        assertTrue(Files.exists(inbox.resolve("processed/慢慢复制.xlsx")));
        try (Workbook wb = Samples.reopen(out.resolve("慢慢复制.xlsx"))) {
            assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue());
        }
    }

    @Test
    @Timeout(180)
    void twoHundredFilesDroppedAtOnceAreEachProcessedExactlyOnce() throws Exception {
        byte[] xlsx = sample("xlsx");
        byte[] xls = sample("xls");
        inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        for (int i = 0; i < 200; i++) {
            boolean even = i % 2 == 0;
            Files.write(inbox.resolve(String.format("表%03d.%s", i, even ? "xlsx" : "xls")), even ? xlsx : xls);
        }
        start(Duration.ofMillis(100));
        await(() -> count(inbox.resolve("processed")) == 200, Duration.ofSeconds(150), "200 processed");
        assertEquals(200, hotFolder.handled(), "each file handled once");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(200, s.filter(p -> p.getFileName().toString().startsWith("表")).count(), "200 scored copies");
        }
        assertEquals(0, count(inbox.resolve("failed")));
        assertEquals(0, count(inbox.resolve(".processing")));
        assertEquals(0, count(out.resolve("history")), "nothing scored twice");
        Path log = Files.list(out.resolve("logs")).findFirst().orElseThrow();
        assertEquals(200, Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("已评分")).count());
        await(() -> Files.exists(out.resolve("汇总.xlsx")), Duration.ofSeconds(10), "summary");
        for (String name : List.of("表198.xlsx", "表199.xls")) { // reopened from disk, both formats
            try (Workbook wb = Samples.reopen(out.resolve(name))) {
                assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue(), name);
            }
        }
    }

    @Test
    @Timeout(60)
    void aBadFileLandsInFailedWithItsReason() throws Exception {
        start(Duration.ofMillis(100));
        Files.writeString(inbox.resolve("网页.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        Path note = inbox.resolve("failed/网页.xls.txt");
        await(() -> Files.exists(note), Duration.ofSeconds(30), "failure note");
        assertTrue(Files.exists(inbox.resolve("failed/网页.xls")));
        String text = Files.readString(note, StandardCharsets.UTF_8);
        assertTrue(text.contains("UNSUPPORTED_FORMAT"), text);
        assertTrue(text.contains("另存为"), text);
        assertFalse(Files.exists(out.resolve("网页.xls")));
    }

    @Test
    @Timeout(60)
    void aTruncatedWorkbookLeftUnchanged_isTakenAfterTheGrace_andFailsWithItsReason() throws Exception {
        start(Duration.ofMillis(100)); // grace: 30 × 0.1 s
        byte[] whole = Files.readAllBytes(Samples.DIR.resolve(Samples.SEED + ".xlsx"));
        Files.write(inbox.resolve("半截.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path note = inbox.resolve("failed/半截.xlsx.txt");
        await(() -> Files.exists(note), Duration.ofSeconds(30), "failure note");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        assertTrue(text.contains("CORRUPT"), text);
        assertFalse(Files.exists(out.resolve("半截.xlsx")));
    }

    @Test
    @Timeout(60)
    void theSameNameDroppedTwiceKeepsBothResults() throws Exception {
        start(Duration.ofMillis(100));
        Files.write(inbox.resolve("同名.xlsx"), sample("xlsx"));
        await(() -> count(inbox.resolve("processed")) == 1, Duration.ofSeconds(30), "first");
        Files.write(inbox.resolve("同名.xlsx"), sample("xlsx"));
        await(() -> count(inbox.resolve("processed")) == 2, Duration.ofSeconds(30), "second");
        assertEquals(1, count(out.resolve("history")), "the older scored copy is kept in history/");
        assertTrue(Files.exists(out.resolve("同名.xlsx")));
        try (Stream<Path> s = Files.list(out.resolve("history"))) {
            String kept = s.findFirst().orElseThrow().getFileName().toString();
            assertTrue(kept.matches("同名-\\d{8}-\\d{6}\\.xlsx"), kept);
        }
    }

    @Test
    @Timeout(60)
    void anOutputThatCannotBePlaced_failsThatFileWithItsCode_andTheFolderIsStillWatched() throws Exception {
        start(Duration.ofMillis(100));
        Files.write(inbox.resolve("同名.xlsx"), sample("xlsx"));
        await(() -> count(inbox.resolve("processed")) == 1, Duration.ofSeconds(30), "first");
        Files.writeString(out.resolve("history"), "不是文件夹"); // the older copy cannot be moved aside
        Files.write(inbox.resolve("同名.xlsx"), sample("xlsx"));
        Path note = inbox.resolve("failed/同名.xlsx.txt");
        await(() -> Files.exists(note), Duration.ofSeconds(30), "failure note");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        assertTrue(text.contains("IO_ERROR") && text.contains("输出文件夹"), text);
        assertEquals(0, count(out.resolve(".selfeval-work")));

        Files.write(inbox.resolve("另一个.xls"), sample("xls"));
        await(() -> Files.exists(out.resolve("另一个.xls")), Duration.ofSeconds(30), "the next file scored");
        await(() -> summaryFiles().size() == 2, Duration.ofSeconds(30), "summary");
        try (Workbook wb = Samples.reopen(out.resolve("汇总.xlsx"))) {
            var rows = wb.getSheet("汇总");
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                if (rows.getRow(r).getCell(0).getStringCellValue().endsWith("同名.xlsx")) {
                    assertEquals("无法读取", rows.getRow(r).getCell(12).getStringCellValue());
                    assertTrue(rows.getRow(r).getCell(13).getStringCellValue().endsWith("（IO_ERROR）"));
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void aFileThatCannotBeClaimed_isTakenLater_theLoopGoesOn() throws Exception {
        start(Duration.ofMillis(100));
        Files.write(inbox.resolve("先.xlsx"), sample("xlsx"));
        await(() -> count(inbox.resolve("processed")) == 1, Duration.ofSeconds(30), "the loop is running");
        Path processing = inbox.resolve(".processing");
        Files.delete(processing);
        Files.writeString(processing, "挡住认领"); // every claim fails for now
        Files.write(inbox.resolve("稍后.xlsx"), sample("xlsx"));
        Thread.sleep(1000);
        assertTrue(Files.exists(inbox.resolve("稍后.xlsx")), "not taken while it cannot be claimed");
        Files.delete(processing);
        Files.createDirectory(processing);
        await(() -> Files.exists(out.resolve("稍后.xlsx")), Duration.ofSeconds(30), "scored once claimable");
    }

    @Test
    @Timeout(60)
    void atStartTheSummaryAlsoListsWhatTheFoldersAlreadyHold() throws Exception {
        start(Duration.ofMillis(100));
        Files.write(inbox.resolve("旧表.xlsx"), sample("xlsx"));
        Files.writeString(inbox.resolve("旧坏.xlsx"), "不是工作簿", StandardCharsets.UTF_8);
        await(() -> count(inbox.resolve("processed")) == 1 && count(inbox.resolve("failed")) == 2,
                Duration.ofSeconds(30), "first run");
        stop();

        start(Duration.ofMillis(100)); // a restart: DIR and INBOX/failed already hold results
        Files.write(inbox.resolve("新表.xls"), sample("xls"));
        await(() -> Files.exists(out.resolve("新表.xls")), Duration.ofSeconds(30), "new file scored");
        await(() -> summaryFiles().size() == 3, Duration.ofSeconds(30), "summary of old and new");
        assertEquals(List.of("inbox/新表.xls", "inbox/旧坏.xlsx", "inbox/旧表.xlsx"), summaryFiles().stream()
                .map(f -> dir.relativize(Path.of(f)).toString().replace('\\', '/')).sorted().toList());
    }

    /** The 文件 column of 汇总.xlsx, or empty while it is not there or being replaced. */
    private List<String> summaryFiles() {
        Path summary = out.resolve("汇总.xlsx");
        if (!Files.exists(summary)) {
            return List.of();
        }
        try (Workbook wb = Samples.reopen(summary)) {
            List<String> files = new java.util.ArrayList<>();
            var sheet = wb.getSheet("汇总");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                files.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            return files;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Test
    @Timeout(120)
    void aWatcherKilledMidStreamLosesNothingAndLeavesNoPartialOutput() throws Exception {
        inbox = dir.resolve("inbox");
        out = dir.resolve("out");
        Files.createDirectories(inbox);
        byte[] xlsx = sample("xlsx");
        for (int i = 0; i < 40; i++) {
            Files.write(inbox.resolve(String.format("件%02d.xlsx", i)), xlsx);
        }
        Process first = watcherProcess();
        await(() -> count(inbox.resolve("processed")) >= 5, Duration.ofSeconds(60), "some processed");
        first.destroyForcibly(); // SIGKILL, mid-stream
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        assertTrue(count(inbox.resolve("processed")) < 40, "killed before the end");

        Process second = watcherProcess();
        await(() -> count(inbox.resolve("processed")) == 40, Duration.ofSeconds(90), "all processed after restart");
        second.destroy(); // SIGTERM: finishes the file in hand and exits
        assertTrue(second.waitFor(15, TimeUnit.SECONDS), "exits within a few seconds of SIGTERM");

        assertEquals(0, count(inbox.resolve(".processing")));
        assertEquals(0, count(inbox.resolve("failed")));
        for (int i = 0; i < 40; i++) {
            Path output = out.resolve(String.format("件%02d.xlsx", i));
            assertTrue(Files.exists(output), output.toString());
            try (Workbook wb = Samples.reopen(output)) { // whole, not partial
                assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue());
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), names.toString());
        }
        assertEquals(0, count(out.resolve(".selfeval-work")));
    }

    private Process watcherProcess() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classpath, "org.selfeval.cli.Main", "watch", inbox.toString(),
                "--out", out.toString(), "--stable", "0.1", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("watcher.log").toFile()).start();
    }
}
