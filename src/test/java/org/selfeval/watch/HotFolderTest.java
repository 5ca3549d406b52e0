package org.selfeval.watch;

import org.selfeval.batch.SummaryWorkbook.Column;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.rules.RuleSettings;
import org.selfeval.store.Identity;
import org.selfeval.store.ResultStore;
import org.selfeval.testing.ChildJvm;
import org.selfeval.testing.ManualClock;
import org.selfeval.testing.Samples;

/**
 * Issue "Hot folder": every test is bounded in time and works on real sample workbooks. The loop is driven a
 * pass at a time ({@link HotFolder#step()}) on a {@link ManualClock} the test moves, so stable periods, the grace
 * of an incomplete file and the summary interval pass without waiting; one test runs the real loop on the system
 * clock and one kills a watcher JVM.
 */
class HotFolderTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:02:03Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private Path inbox;
    private Path out;
    private HotFolder hotFolder;
    private Thread loop;
    private ManualClock clock;
    private Duration stable;
    private ResultStore store;

    /** A hot folder driven by the test: started (claimed files redone), no loop thread. */
    private void open(Duration stable) throws IOException {
        this.stable = stable;
        folders();
        clock = new ManualClock(T0, ZONE);
        hotFolder = hotFolder(options(stable), clock);
        hotFolder.start();
    }

    /** A hot folder over a results store of its own in DIR, closed after the test. */
    private HotFolder hotFolder(WatchOptions options, java.time.Clock clock) throws IOException {
        store = ResultStore.open(options.outDir(), clock);
        return new HotFolder(options, new FileProcessor(RuleSettings.national()), null, clock, store,
                Identity.of(RuleSettings.national().name(), null, List.of()));
    }

    private WatchOptions options(Duration stable) {
        return WatchOptions.defaults(inbox, out).withStable(stable).withPoll(Duration.ofMillis(50))
                .withSummaryInterval(Duration.ofMillis(200));
    }

    /** INBOX (made) and DIR (not yet) under the test's folder. */
    private void folders() throws IOException {
        inbox = dir.resolve("inbox");
        out = dir.resolve("out");
        Files.createDirectories(inbox);
    }

    /** The real loop on a thread of its own, as `selfeval watch` runs it. */
    private void startLoop() {
        loop = new Thread(() -> {
            try {
                hotFolder.run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "hot-folder-test");
        loop.start();
    }

    /** One pass of the loop, then the clock moves on by the stable time. */
    private void pass() throws IOException {
        hotFolder.step();
        clock.advance(stable);
    }

    /** Passes until the condition holds (at most 50). */
    private void passUntil(BooleanSupplier condition, String what) throws IOException {
        for (int i = 0; i < 50 && !condition.getAsBoolean(); i++) {
            pass();
        }
        assertTrue(condition.getAsBoolean(), "after 50 passes still not: " + what);
    }

    /** Waits (real time) for the background rebuild of what DIR held, then passes until 汇总.xlsx is written. */
    /** Drops the .xlsx sample into the inbox as {@code name} and passes until {@code processed} files are processed. */
    private void dropSampleUntilProcessed(String name, int processed) throws IOException {
        Files.write(inbox.resolve(name), sample("xlsx"));
        passUntil(() -> count(inbox.resolve("processed")) == processed, name + ": " + processed + " processed");
    }

    /** Drops the first half of the seed workbook into the inbox as {@code name}, last written at {@code written}. */
    private Path dropTruncated(String name, Instant written) throws IOException {
        byte[] whole = Files.readAllBytes(Samples.DIR.resolve(Samples.SEED + ".xlsx"));
        Path truncated = inbox.resolve(name);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.setLastModifiedTime(truncated, FileTime.from(written));
        return truncated;
    }

    private void summaryWritten() throws Exception {
        await(hotFolder::summaryReady, Duration.ofSeconds(30), "summary rebuilt");
        hotFolder.awaitSummary(); // a summary begun before the last file was recorded is finished first
        clock.advance(Duration.ofSeconds(1)); // past the summary interval
        hotFolder.step();
        hotFolder.awaitSummary(); // written beside the loop
        assertTrue(Files.exists(out.resolve("汇总.xlsx")));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (hotFolder != null) {
            hotFolder.stop();
            if (loop != null) {
                assertTrue(hotFolder.awaitFinished(10, TimeUnit.SECONDS), "stops within a few seconds");
            }
            hotFolder.awaitSummary(); // nothing written into the folder once the test has let it go
        }
        hotFolder = null;
        loop = null;
        if (store != null) {
            try {
                store.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            store = null;
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
        open(Duration.ofMillis(600));
        byte[] bytes = sample("xlsx");
        Path target = inbox.resolve("慢慢复制.xlsx");
        try (OutputStream os = Files.newOutputStream(target)) {
            int chunk = bytes.length / 10 + 1;
            for (int i = 0; i < bytes.length; i += chunk) {
                os.write(bytes, i, Math.min(chunk, bytes.length - i));
                os.flush();
                hotFolder.step();
                clock.advance(Duration.ofMillis(150)); // well under the stability window
                hotFolder.step();
                assertFalse(Files.exists(out.resolve("慢慢复制.xlsx")), "not taken while still growing");
            }
        }
        // last change seen 150 ms ago: the file is taken 600 ms after it, not a millisecond before
        clock.advance(Duration.ofMillis(449));
        hotFolder.step();
        assertFalse(Files.exists(out.resolve("慢慢复制.xlsx")), "not taken before the stable time");
        clock.advance(Duration.ofMillis(1));
        hotFolder.step();
        assertTrue(Files.exists(out.resolve("慢慢复制.xlsx")), "taken once stable");
        assertEquals(0, count(inbox.resolve("failed")));
        assertTrue(Files.exists(inbox.resolve("processed/慢慢复制.xlsx")));
        try (Workbook wb = Samples.reopen(out.resolve("慢慢复制.xlsx"))) {
            assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue());
        }
    }

    @Test
    @Timeout(120)
    void twentyFourFilesDroppedAtOnceAreEachProcessedExactlyOnce() throws Exception {
        byte[] xlsx = sample("xlsx");
        byte[] xls = sample("xls");
        inbox = dir.resolve("inbox");
        Files.createDirectories(inbox);
        for (int i = 0; i < 24; i++) {
            boolean even = i % 2 == 0;
            Files.write(inbox.resolve(String.format("表%03d.%s", i, even ? "xlsx" : "xls")), even ? xlsx : xls);
        }
        open(Duration.ofMillis(100));
        passUntil(() -> count(inbox.resolve("processed")) == 24, "24 processed");
        for (int i = 0; i < 3; i++) {
            pass(); // nothing more to take
        }
        assertEquals(24, hotFolder.handled(), "each file handled once");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(24, s.filter(p -> p.getFileName().toString().startsWith("表")).count(), "24 scored copies");
        }
        assertEquals(0, count(inbox.resolve("failed")));
        assertEquals(0, count(inbox.resolve(".processing")));
        assertEquals(0, count(out.resolve("history")), "nothing scored twice");
        Path log = Files.list(out.resolve("logs")).findFirst().orElseThrow();
        assertEquals("selfeval-2026-03-01.log", log.getFileName().toString(), "the day of the hot folder's clock");
        assertEquals(24, Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("2026-03-01 09:02:") && l.contains("已评分")).count());
        summaryWritten();
        assertEquals(24, summaryFiles().size());
        for (String name : List.of("表022.xlsx", "表023.xls")) { // reopened from disk, both formats
            try (Workbook wb = Samples.reopen(out.resolve(name))) {
                assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue(), name);
            }
        }
    }

    /** The real loop on the system clock, as `selfeval watch` runs it: started, fed, stopped. */
    @Test
    @Timeout(60)
    void aBadFileLandsInFailedWithItsReason() throws Exception {
        folders();
        hotFolder = hotFolder(options(Duration.ofMillis(100)), java.time.Clock.systemDefaultZone());
        startLoop();
        Files.writeString(inbox.resolve("网页.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        Path note = inbox.resolve("failed/网页.xls.txt");
        await(() -> Files.exists(note), Duration.ofSeconds(30), "failure note");
        assertTrue(Files.exists(inbox.resolve("failed/网页.xls")));
        String text = Files.readString(note, StandardCharsets.UTF_8);
        assertTrue(text.contains("UNSUPPORTED_FORMAT"), text);
        assertTrue(text.contains("另存为"), text);
        // the Chinese reason first, the code after it
        assertTrue(text.indexOf("原因：") < text.indexOf("代码：UNSUPPORTED_FORMAT"), text);
        assertFalse(Files.exists(out.resolve("网页.xls")));
        await(() -> summaryFiles().size() == 1, Duration.ofSeconds(30), "summary");
    }

    @Test
    @Timeout(60)
    void aTruncatedWorkbookLeftUnchanged_isTakenAfterTheGrace_andFailsWithItsReason() throws Exception {
        open(Duration.ofMillis(100)); // grace: 30 × 0.1 s
        dropTruncated("半截.xlsx", clock.instant()); // written now
        Path note = inbox.resolve("failed/半截.xlsx.txt");
        hotFolder.step();
        clock.advance(Duration.ofMillis(2999));
        hotFolder.step();
        assertFalse(Files.exists(note), "an incomplete file waits out its grace");
        assertTrue(Files.exists(inbox.resolve("半截.xlsx")));
        clock.advance(Duration.ofMillis(1));
        hotFolder.step();
        assertTrue(Files.exists(note), "taken after the grace");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        assertTrue(text.contains("CORRUPT"), text);
        assertFalse(Files.exists(out.resolve("半截.xlsx")));
    }

    @Test
    @Timeout(60)
    void aTruncatedWorkbookLeftBeforeAStart_isTakenByItsAge_notGivenANewGraceAtEachStart() throws Exception {
        // issue 14: the grace counted from when this process first saw the file, so each restart began it again
        open(Duration.ofMillis(100)); // grace: 30 × 0.1 s = 3 s
        // last written 10 s ago: before this start, longer ago than the grace
        dropTruncated("旧半截.xlsx", clock.instant().minusSeconds(10));
        hotFolder.step();
        clock.advance(Duration.ofMillis(100)); // the stable time only
        hotFolder.step();
        Path note = inbox.resolve("failed/旧半截.xlsx.txt");
        assertTrue(Files.exists(note), "taken once stable: its grace ran out before the start");
        assertTrue(Files.readString(note, StandardCharsets.UTF_8).contains("CORRUPT"));
    }

    @Test
    @Timeout(60)
    void aTruncatedWorkbookLastWrittenJustNow_stillWaitsItsGrace_whateverTheClockOfTheShare() throws Exception {
        open(Duration.ofMillis(100));
        // a file server whose clock runs an hour ahead: the grace counts from when the file was first seen
        Path truncated = dropTruncated("半截.xlsx", clock.instant().plusSeconds(3600));
        hotFolder.step();
        clock.advance(Duration.ofMillis(2999));
        hotFolder.step();
        assertTrue(Files.exists(truncated), "waits out its grace");
        clock.advance(Duration.ofMillis(1));
        hotFolder.step();
        assertTrue(Files.exists(inbox.resolve("failed/半截.xlsx.txt")), "then taken");
    }

    @Test
    @Timeout(60)
    void aDeletedInbox_isMadeAgain_sayingSoInChinese_andTheWatchGoesOn() throws Exception {
        open(Duration.ofMillis(100));
        Files.write(inbox.resolve("先.xlsx"), sample("xlsx"));
        passUntil(() -> Files.exists(out.resolve("先.xlsx")), "first file");
        deleteTree(inbox); // a clerk deletes the shared folder
        pass(); // ended the service with NoSuchFileException before
        assertTrue(Files.isDirectory(inbox), "made again");
        assertTrue(logText().contains("收件文件夹 " + inbox + " 已被删除，已重新建立，继续监视"), logText());
        Files.write(inbox.resolve("后.xls"), sample("xls"));
        passUntil(() -> Files.exists(out.resolve("后.xls")), "a file dropped into the new inbox");
        assertTrue(Files.exists(inbox.resolve("processed/后.xls")));
    }

    @Test
    @Timeout(60)
    void anInboxOnAShareThatIsGone_isWaitedFor_andWatchedAgainWhenBack() throws Exception {
        inbox = dir.resolve("share/inbox");
        out = dir.resolve("out");
        Files.createDirectories(inbox);
        clock = new ManualClock(T0, ZONE);
        stable = Duration.ofMillis(100);
        hotFolder = hotFolder(options(stable), clock);
        hotFolder.start();
        deleteTree(dir.resolve("share")); // the share dropped: not made again on the local disk
        for (int i = 0; i < 3; i++) {
            pass();
        }
        assertFalse(Files.exists(dir.resolve("share")), "nothing made where the share was");
        String waiting = "收件文件夹 " + inbox + " 不存在（所在文件夹或共享盘不可用），等它恢复后继续监视";
        assertEquals(1, logText().lines().filter(l -> l.endsWith(waiting)).count(), "said once: " + logText());
        Files.createDirectories(inbox); // the share is back
        Files.write(inbox.resolve("回来.xlsx"), sample("xlsx"));
        passUntil(() -> Files.exists(out.resolve("回来.xlsx")), "scored once the share is back");
        assertTrue(logText().contains("收件文件夹 " + inbox + " 已恢复，继续监视"), logText());
    }

    /**
     * Issue 14: SIGTERM (the shutdown hook calls stop) during a slow file waited for the file, up to 20 s. Now the
     * file's scoring is interrupted: the loop ends within moments, nothing of the file is written, and the
     * original is back in INBOX, where the next start scores it. The scoring here stands for a slow file: it
     * returns only when interrupted, as FileProcessor then does (TimeLimitTest checks FileProcessor's side).
     */
    @Test
    @Timeout(60)
    void stopDuringASlowFile_abandonsIt_withinMoments_leavingItInInboxForTheNextStart() throws Exception {
        folders();
        java.util.concurrent.CountDownLatch scoring = new java.util.concurrent.CountDownLatch(1);
        store = ResultStore.open(out);
        FileProcessor processor = new FileProcessor(RuleSettings.national());
        hotFolder = new HotFolder(options(Duration.ofMillis(100)), processor, job -> {
            scoring.countDown();
            try {
                Thread.sleep(60_000); // a file that takes a minute
                return processor.score(job.input(), job.output());
            } catch (InterruptedException e) {
                return FileProcessor.interrupted(job.input());
            }
        }, null, java.time.Clock.systemDefaultZone(), store, Identity.of(RuleSettings.national().name(), null,
                List.of()));
        startLoop();
        byte[] bytes = sample("xlsx");
        Files.write(inbox.resolve("慢.xlsx"), bytes);
        assertTrue(scoring.await(30, TimeUnit.SECONDS), "the file is being scored");
        long stopAsked = System.nanoTime();
        hotFolder.stop();
        assertTrue(hotFolder.awaitFinished(3, TimeUnit.SECONDS), "stopped within 3 s during a file of a minute");
        assertTrue(System.nanoTime() - stopAsked < TimeUnit.SECONDS.toNanos(3));
        assertArrayEquals(bytes, Files.readAllBytes(inbox.resolve("慢.xlsx")), "back in INBOX, untouched");
        assertEquals(0, count(inbox.resolve(".processing")));
        assertEquals(0, count(inbox.resolve("processed")));
        assertEquals(0, count(inbox.resolve("failed")), "not failed: abandoned");
        assertFalse(Files.exists(out.resolve("慢.xlsx")), "no output");
        assertEquals(0, count(out.resolve(".selfeval-work")), "no partial output");
        assertEquals(List.of(), checksByInput(), "nothing recorded");
        assertTrue(logText().contains("服务停止：慢.xlsx 未处理完，已放回收件文件夹，下次启动时处理"), logText());
        loop.join(10_000);
        stop();

        open(Duration.ofMillis(100)); // the next start, scoring at full speed
        passUntil(() -> Files.exists(out.resolve("慢.xlsx")), "scored at the next start");
        assertEquals(List.of("慢.xlsx=1"), checksByInput());
    }

    /**
     * A stop over a folder whose 汇总.xlsx takes longer to write than the stop may wait (thousands of forms; here
     * a wait of a millisecond) leaves the summary to the next start: no file left half-written, the log says
     * so, and the next start writes it whole.
     */
    @Test
    @Timeout(60)
    void aStopDoesNotWaitForALongSummary_theNextStartWritesIt() throws Exception {
        folders();
        int forms = 30;
        Path seed = Samples.DIR.resolve(Samples.SEED + ".xlsx");
        Path scored = dir.resolve("scored.xlsx");
        org.selfeval.app.FileResult result = new FileProcessor(RuleSettings.national()).score(seed, scored);
        Identity identity = Identity.of(RuleSettings.national().name(), null, List.of());
        try (ResultStore filled = ResultStore.open(out)) { // DIR as a hot folder that scored 30 forms leaves it
            for (int i = 0; i < forms; i++) {
                String name = String.format("表%02d.xlsx", i);
                Files.copy(scored, out.resolve(name));
                filled.recordAlone(WatchSummary.KIND, inbox.toAbsolutePath().normalize().toString(), name,
                        org.selfeval.store.InputKey.of(seed, identity), new org.selfeval.app.FileResult(
                                inbox.resolve(name), out.resolve(name), result.status(), null, result.forms()),
                        name, Files.size(scored));
            }
        }
        store = ResultStore.open(out);
        hotFolder = new HotFolder(options(Duration.ofMillis(100)).withStopWait(Duration.ofMillis(1)),
                new FileProcessor(RuleSettings.national()), null, java.time.Clock.systemDefaultZone(), store, identity);
        startLoop();
        await(hotFolder::summaryReady, Duration.ofSeconds(30), "started");
        hotFolder.stop();
        assertTrue(hotFolder.awaitFinished(5, TimeUnit.SECONDS), "stopped without writing 30 forms' summary");
        hotFolder.awaitSummary();
        assertTrue(logText().contains("汇总表未能在停止前写完（各文件的结果已在结果库中），下次启动时重写"), logText());
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertFalse(names.contains("汇总.xlsx"), "no summary: " + names);
            assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), "nothing half-written: " + names);
        }
        loop.join(10_000);
        stop();

        open(Duration.ofMillis(100)); // the next start
        summaryWritten();
        assertEquals(forms, summaryFiles().size());
    }

    /** The real loop, stopped: its last log line counts what it did, as a batch's final line does. */
    @Test
    @Timeout(60)
    void aStoppedWatch_endsWithTheRunsFinalLine() throws Exception {
        folders();
        Files.write(inbox.resolve("好.xlsx"), sample("xlsx"));
        Files.writeString(inbox.resolve("坏.xlsx"), "不是工作簿", StandardCharsets.UTF_8);
        hotFolder = hotFolder(options(Duration.ofMillis(100)), java.time.Clock.systemDefaultZone());
        startLoop();
        await(() -> hotFolder.handled() == 2, Duration.ofSeconds(30), "both files handled");
        hotFolder.stop();
        assertTrue(hotFolder.awaitFinished(10, TimeUnit.SECONDS));
        List<String> lines = logText().lines().toList();
        assertTrue(lines.get(lines.size() - 1).contains(
                "已停止监视。完成：2 个文件，1 张自评表，其中 1 张有错误，1 个文件未能评分，用时 "), logText());
    }

    /** Today's log file (the hot folder's clock). */
    private String logText() throws IOException {
        try (Stream<Path> s = Files.list(out.resolve("logs"))) {
            StringBuilder text = new StringBuilder();
            for (Path p : s.sorted().toList()) {
                text.append(Files.readString(p, StandardCharsets.UTF_8));
            }
            return text.toString();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    @Timeout(60)
    void aFailureNote_neverOverwritesAFileOfItsName() throws Exception {
        // issue 14: failed/NAME.txt overwrote a dropped file that was itself named NAME.txt
        open(Duration.ofMillis(100));
        Path dropped = Files.createDirectories(inbox.resolve("failed")).resolve("网页.xls.txt");
        Files.writeString(dropped, "单位自己的说明", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("网页.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        passUntil(() -> count(inbox.resolve("failed")) == 3, "the failed file and its note beside the dropped one");
        assertEquals("单位自己的说明", Files.readString(dropped, StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(inbox.resolve("failed"))) {
            Path note = s.filter(p -> !p.equals(dropped) && p.toString().endsWith(".txt")).findFirst().orElseThrow();
            assertTrue(Files.readString(note, StandardCharsets.UTF_8).contains("UNSUPPORTED_FORMAT"));
        }
    }

    @Test
    @Timeout(60)
    void theSameNameDroppedTwiceKeepsBothResults() throws Exception {
        open(Duration.ofMillis(100));
        dropSampleUntilProcessed("同名.xlsx", 1);
        dropSampleUntilProcessed("同名.xlsx", 2);
        assertEquals(1, count(out.resolve("history")), "the older scored copy is kept in history/");
        assertTrue(Files.exists(out.resolve("同名.xlsx")));
        try (Stream<Path> s = Files.list(out.resolve("history"))) {
            String kept = s.findFirst().orElseThrow().getFileName().toString();
            // stamped by the hot folder's clock, in its zone: 01:02:03Z + the passes = 09:02:03 in Shanghai
            assertTrue(kept.matches("同名-20260301-0902\\d{2}\\.xlsx"), kept);
        }
    }

    @Test
    @Timeout(60)
    void anOutputThatCannotBePlaced_failsThatFileWithItsCode_andTheFolderIsStillWatched() throws Exception {
        open(Duration.ofMillis(100));
        dropSampleUntilProcessed("同名.xlsx", 1);
        Files.writeString(out.resolve("history"), "不是文件夹"); // the older copy cannot be moved aside
        Files.write(inbox.resolve("同名.xlsx"), sample("xlsx"));
        Path note = inbox.resolve("failed/同名.xlsx.txt");
        passUntil(() -> Files.exists(note), "failure note");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        assertTrue(text.contains("IO_ERROR") && text.contains("输出文件夹"), text);
        assertEquals(0, count(out.resolve(".selfeval-work")));

        Files.write(inbox.resolve("另一个.xls"), sample("xls"));
        passUntil(() -> Files.exists(out.resolve("另一个.xls")), "the next file scored");
        summaryWritten();
        assertEquals(2, summaryFiles().size());
        try (Workbook wb = Samples.reopen(out.resolve("汇总.xlsx"))) {
            var rows = wb.getSheet("汇总");
            int checked = 0;
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                if (rows.getRow(r).getCell(Column.FILE.index()).getStringCellValue().endsWith("同名.xlsx")) {
                    assertEquals("无法读取", rows.getRow(r).getCell(Column.STATUS.index()).getStringCellValue());
                    assertTrue(rows.getRow(r).getCell(Column.PROBLEMS.index()).getStringCellValue()
                            .endsWith("（IO_ERROR）"));
                    checked++;
                }
            }
            assertEquals(1, checked);
        }
    }

    @Test
    @Timeout(60)
    void aFileThatCannotBeClaimed_isTakenLater_theLoopGoesOn() throws Exception {
        open(Duration.ofMillis(100));
        dropSampleUntilProcessed("先.xlsx", 1); // the loop is running
        Path processing = inbox.resolve(".processing");
        Files.delete(processing);
        Files.writeString(processing, "挡住认领"); // every claim fails for now
        Files.write(inbox.resolve("稍后.xlsx"), sample("xlsx"));
        for (int i = 0; i < 10; i++) {
            pass();
        }
        assertTrue(Files.exists(inbox.resolve("稍后.xlsx")), "not taken while it cannot be claimed");
        Files.delete(processing);
        Files.createDirectory(processing);
        passUntil(() -> Files.exists(out.resolve("稍后.xlsx")), "scored once claimable");
    }

    @Test
    @Timeout(60)
    void atStartTheSummaryAlsoListsWhatTheFoldersAlreadyHold() throws Exception {
        open(Duration.ofMillis(100));
        Files.write(inbox.resolve("旧表.xlsx"), sample("xlsx"));
        Files.writeString(inbox.resolve("旧坏.xlsx"), "不是工作簿", StandardCharsets.UTF_8);
        passUntil(() -> count(inbox.resolve("processed")) == 1 && count(inbox.resolve("failed")) == 2, "first run");
        stop();

        open(Duration.ofMillis(100)); // a restart: DIR and INBOX/failed already hold results
        Files.write(inbox.resolve("新表.xls"), sample("xls"));
        passUntil(() -> Files.exists(out.resolve("新表.xls")), "new file scored");
        summaryWritten();
        // shown relative to the hot folder: its names
        assertEquals(List.of("新表.xls", "旧坏.xlsx", "旧表.xlsx"), summaryFiles().stream().sorted().toList());
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
                files.add(sheet.getRow(r).getCell(Column.FILE.index()).getStringCellValue());
            }
            return files;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The in-process counterpart of the kill test below (which runs only under -Preliability): the folders left
     * as a watcher killed at each step of a file leaves them, then a start. Each file ends scored exactly once
     * in the store, no temporary file is left, nothing stays claimed.
     */
    @Test
    @Timeout(60)
    void aWatcherKilledAtAnyStep_theNextStartFinishesTheJob_andCountsEachFileOnce() throws Exception {
        inbox = dir.resolve("inbox");
        out = dir.resolve("out");
        Path processing = Files.createDirectories(inbox.resolve(".processing"));
        Path processed = Files.createDirectories(inbox.resolve("processed"));
        Path work = Files.createDirectories(out.resolve(".selfeval-work"));
        FileProcessor processor = new FileProcessor(RuleSettings.national());
        // killed while scoring: claimed, a temporary copy half written
        Files.write(processing.resolve("甲.xlsx"), sample("xlsx"));
        Files.write(work.resolve(".甲.xlsx.1.tmp"), new byte[] {1, 2, 3});
        // killed after the scored copy was put in place, before the original was moved on
        Files.write(processing.resolve("乙.xls"), sample("xls"));
        assertFalse(processor.score(processing.resolve("乙.xls"), out.resolve("乙.xls")).failed());
        // killed after both moves, before the store recorded it
        Files.write(processed.resolve("丙.xlsx"), sample("xlsx"));
        assertFalse(processor.score(processed.resolve("丙.xlsx"), out.resolve("丙.xlsx")).failed());
        // not taken yet
        Files.write(inbox.resolve("丁.xlsx"), sample("xlsx"));

        open(Duration.ofMillis(100));
        passUntil(() -> count(processed) == 4, "every original in processed/");
        await(hotFolder::summaryReady, Duration.ofSeconds(30), "store brought up to date");
        assertEquals(0, count(processing));
        assertEquals(0, count(work), "the killed run's temporary file removed");
        assertEquals(0, count(inbox.resolve("failed")));
        for (String name : List.of("甲.xlsx", "乙.xls", "丙.xlsx", "丁.xlsx")) {
            try (Workbook wb = Samples.reopen(out.resolve(name))) {
                assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue(), name);
            }
        }
        assertEquals(List.of("丁.xlsx=1", "丙.xlsx=1", "乙.xls=1", "甲.xlsx=1"), checksByInput());
        summaryWritten();
        assertEquals(List.of("丁.xlsx", "丙.xlsx", "乙.xls", "甲.xlsx"), summaryFiles().stream().sorted().toList());
    }

    /** Every input of the store with its number of checks, by name. */
    private List<String> checksByInput() throws java.sql.SQLException {
        List<String> counts = new java.util.ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + out.resolve(ResultStore.FILE_NAME)); java.sql.Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT input, COUNT(*) FROM checks GROUP BY input ORDER BY input")) {
            while (rs.next()) {
                counts.add(rs.getString(1) + "=" + rs.getInt(2));
            }
        }
        return counts;
    }

    /** Slow (two JVMs), so only under -Preliability; the in-process test above keeps the promise in mvn test. */
    @Test
    @Tag("reliability")
    @Timeout(400) // two watcher JVMs: on a loaded machine each takes tens of seconds to start
    void aWatcherKilledMidStreamLosesNothingAndLeavesNoPartialOutput() throws Exception {
        folders();
        byte[] xlsx = sample("xlsx");
        for (int i = 0; i < FILES; i++) {
            Files.write(inbox.resolve(String.format("件%02d.xlsx", i)), xlsx);
        }
        Process first = watcherProcess();
        await(() -> count(inbox.resolve("processed")) >= 2, Duration.ofSeconds(150), "some processed");
        first.destroyForcibly(); // SIGKILL, mid-stream
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        assertTrue(count(inbox.resolve("processed")) < FILES, "killed before the end");

        Process second = watcherProcess();
        await(() -> count(inbox.resolve("processed")) == FILES, Duration.ofSeconds(150), "all processed after restart");
        second.destroy(); // SIGTERM: finishes the file in hand and exits
        assertTrue(second.waitFor(15, TimeUnit.SECONDS), "exits within a few seconds of SIGTERM");

        assertEquals(0, count(inbox.resolve(".processing")));
        assertEquals(0, count(inbox.resolve("failed")));
        for (int i = 0; i < FILES; i++) {
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
        // the store opens after the kill, and holds every file exactly once
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + out.resolve(ResultStore.FILE_NAME)); java.sql.Statement s = db.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT input), MAX(round) FROM checks")) {
            assertTrue(rs.next());
            assertEquals(FILES, rs.getInt(1));
            assertEquals(FILES, rs.getInt(2));
            assertEquals(1, rs.getInt(3));
        }
    }

    private static final int FILES = 10;

    private Process watcherProcess() throws IOException {
        return ChildJvm.start(dir.resolve("watcher.log"), "watch", inbox.toString(), "--out", out.toString(),
                "--stable", "0.1", "--quiet");
    }
}
