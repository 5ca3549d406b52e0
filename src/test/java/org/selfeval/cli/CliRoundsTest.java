package org.selfeval.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.StoreProbe.storedChecks;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.batch.InputTree;
import org.selfeval.model.CellValue;
import org.selfeval.read.FormLocator;
import org.selfeval.store.ResultStore;
import org.selfeval.testing.ChildJvm;
import org.selfeval.testing.CapturedCli;
import org.selfeval.testing.Samples;

/**
 * The second round (issue 15): a batch over an output folder that already holds a results store re-uses the
 * stored results of unchanged inputs, writes the same report.json and 汇总.xlsx as a full re-check, and shows
 * what was corrected since the previous round.
 */
class CliRoundsTest {
    @TempDir
    Path dir;


    private final CapturedCli cli = new CapturedCli();

    private Path samplesIn() throws Exception {
        Path in = dir.resolve("in");
        try (Stream<Path> s = Files.list(Samples.DIR)) {
            // not the .doc: its scored copy is a .docx of the same name as the .docx sample's, one output for two
            // inputs, which no round can re-use (the copy on disk is the other input's)
            for (Path p : s.filter(p -> InputTree.isWorkbookName(p.getFileName().toString())
                    && !p.toString().endsWith(".doc")).toList()) {
                Path target = in.resolve("县/" + p.getFileName());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Files.writeString(in.resolve("县/坏.xls"), "<html>not a workbook</html>");
        return in;
    }

    @Test
    void aSecondBatchOverUnchangedFiles_reusesEveryStoredResult_andWritesWhatAFullRunWrites() throws Exception {
        Path in = samplesIn();
        Path out = dir.resolve("out");
        int scorable = (int) InputTree.find(in, out).stream().filter(p -> !p.endsWith("坏.xls")).count();
        assertEquals(ExitStatus.FILE_FAILED, cli.run("batch", in.toString(), "--out", out.toString(), "--quiet"));
        Path seedCopy = out.resolve("县/" + Samples.SEED + ".xlsx");
        FileTime firstWritten = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(seedCopy, firstWritten); // a copy re-written by the second run would show it
        // 汇总.xlsx gone: the outputs are built again, from the stored results (else the run would leave them)
        Files.delete(out.resolve("汇总.xlsx"));

        assertEquals(ExitStatus.FILE_FAILED, cli.run("batch", in.toString(), "--out", out.toString()));
        // every input re-used, the HTML page named .xls too: the same bytes are never a workbook
        assertTrue(cli.printed().contains("，" + (scorable + 1) + " 个文件未变、沿用上次结果"), cli.printed());
        assertTrue(cli.printed().contains("1 个文件未能评分"), cli.printed());
        assertFalse(cli.printed().contains("没有变化"), cli.printed());
        assertEquals(firstWritten, Files.getLastModifiedTime(seedCopy), "a re-used input's copy is not written again");
        byte[] reusedReport = Files.readAllBytes(out.resolve("report.json"));
        List<String> reusedSummary = cells(out.resolve("汇总.xlsx"));

        assertEquals(ExitStatus.FILE_FAILED, cli.run("batch", in.toString(), "--out", out.toString(), "--full"));
        assertTrue(cli.printed().contains("，0 个文件未变、沿用上次结果"), cli.printed());
        assertNotEquals(firstWritten, Files.getLastModifiedTime(seedCopy), "--full scores every input again");
        assertEquals(new String(reusedReport, StandardCharsets.UTF_8),
                Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8));
        assertEquals(reusedSummary, cells(out.resolve("汇总.xlsx")));
        assertTrue(reusedSummary.stream().anyMatch(c -> c.startsWith("整改情况!D2=")), "the sheet 整改情况");

        // three rounds of every input in the store, each counted once per round
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(ResultStore.FILE_NAME));
             Statement s = db.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT input), MAX(round), SUM(reused) FROM checks");
            assertTrue(rs.next());
            assertEquals(3 * (scorable + 1), rs.getInt(1));
            assertEquals(scorable + 1, rs.getInt(2));
            assertEquals(3, rs.getInt(3));
            assertEquals(scorable + 1, rs.getInt(4));
        }
    }

    /**
     * A batch over a folder where nothing changed since the last one leaves report.json and 汇总.xlsx as they are
     * (they are what it would write: a --full run writes them byte for byte and cell for cell), and writes them
     * again as soon as anything of theirs differs: a file changed on disk, another report path, a new input.
     */
    @Test
    void aBatchOverAnUnchangedFolder_leavesItsOutputsAsTheyAre_andTheyAreWhatAFullRunWrites() throws Exception {
        Path in = samplesIn(); // with its HTML page named .xls: a failure the same bytes always meet
        Path out = dir.resolve("out");
        Path report = out.resolve("report.json");
        Path summary = out.resolve("汇总.xlsx");
        int files = InputTree.find(in, out).size();
        int status = cli.run("batch", in.toString(), "--out", out.toString(), "--quiet");
        FileTime firstWritten = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(report, firstWritten); // rewritten, they would show it
        Files.setLastModifiedTime(summary, firstWritten);

        assertEquals(status, cli.run("batch", in.toString(), "--out", out.toString()));
        assertTrue(cli.printed().contains("与上次检查相比，所有文件、评分规则和输出设置都没有变化"), cli.printed());
        assertTrue(cli.printed().contains("完成：" + files + " 个文件，"), cli.printed());
        assertTrue(cli.printed().contains("，" + files + " 个文件未变、沿用上次结果"), cli.printed());
        assertEquals(firstWritten, Files.getLastModifiedTime(report));
        assertEquals(firstWritten, Files.getLastModifiedTime(summary));
        byte[] keptReport = Files.readAllBytes(report);
        List<String> keptSummary = cells(summary);

        assertEquals(status, cli.run("batch", in.toString(), "--out", out.toString(), "--full"));
        assertFalse(cli.printed().contains("没有变化"), cli.printed());
        assertNotEquals(firstWritten, Files.getLastModifiedTime(summary));
        assertEquals(new String(keptReport, StandardCharsets.UTF_8), Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(keptSummary, cells(summary));
        byte[] fullSummary = Files.readAllBytes(summary);

        // after a --full run, the next one finds its outputs unchanged too
        assertEquals(status, cli.run("batch", in.toString(), "--out", out.toString()));
        assertTrue(cli.printed().contains("没有变化"), cli.printed());
        assertArrayEquals(fullSummary, Files.readAllBytes(summary));

        // report.json changed on disk (a clerk's editor, a copy cut short): written again, as a full run writes it
        Files.writeString(report, "{}");
        assertEquals(status, cli.run("batch", in.toString(), "--out", out.toString()));
        assertFalse(cli.printed().contains("没有变化"), cli.printed());
        assertEquals(new String(keptReport, StandardCharsets.UTF_8), Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(keptSummary, cells(summary));

        // the report asked elsewhere: not what the last run wrote
        Path elsewhere = dir.resolve("别处.json");
        assertEquals(status, cli.run("batch", in.toString(), "--out", out.toString(), "--report", elsewhere.toString()));
        assertFalse(cli.printed().contains("没有变化"), cli.printed());
        assertTrue(Files.isRegularFile(elsewhere));

        // a new form in the folder: scored, and both outputs written again with it
        Samples.copy("01-永德-营养改善-拆分指标值", "xlsx", in.resolve("新县"));
        cli.run("batch", in.toString(), "--out", out.toString());
        assertFalse(cli.printed().contains("没有变化"), cli.printed());
        assertTrue(cli.printed().contains("完成：" + (files + 1) + " 个文件，"), cli.printed());
        assertTrue(cells(summary).stream().anyMatch(c -> c.contains("新县/")), "the new form in 汇总");
    }

    /**
     * A file that failed for a passing cause (IO_ERROR: a share that dropped while it was read) is read again at
     * the next run, though its bytes are the same; one the same bytes always fail (an HTML page named .xls) is not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aFailureOfTheMoment_isReadAgain_andOnlyIt(String ext) throws Exception {
        Path in = dir.resolve("in");
        Samples.copy(Samples.SEED, ext, in.resolve("霍邱"));
        Files.writeString(in.resolve("霍邱/网页.xls"), "<html>not a workbook</html>");
        Path out = dir.resolve("out");
        Path copy = out.resolve("霍邱/" + Samples.SEED + "." + ext);
        cli.run("batch", in.toString(), "--out", out.toString(), "--quiet");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(ResultStore.FILE_NAME));
             Statement s = db.createStatement()) { // as if the share had dropped while the form was read
            assertEquals(1, s.executeUpdate("UPDATE results SET status = 'failed', error_code = 'IO_ERROR' "
                    + "WHERE id = (SELECT result FROM checks WHERE input = '霍邱/" + Samples.SEED + "." + ext + "')"));
        }
        FileTime firstWritten = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(copy, firstWritten);

        cli.run("batch", in.toString(), "--out", out.toString());
        assertTrue(cli.printed().contains("，1 个文件未变、沿用上次结果"), cli.printed()); // the HTML page
        assertTrue(cli.printed().contains("1 个文件未能评分"), cli.printed()); // the HTML page still; the form is scored
        assertFalse(cli.printed().contains("没有变化"), cli.printed());
        assertNotEquals(firstWritten, Files.getLastModifiedTime(copy), "the form is scored again");
        try (Workbook wb = Samples.reopen(copy)) { // and its copy holds the scores: 总分 written
            assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue());
        }
        var report = org.selfeval.report.JsonReport.mapper().readTree(out.resolve("report.json").toFile());
        List<String> statuses = new ArrayList<>();
        report.get("files").forEach(f -> statuses.add(f.get("status").asText() + " "
                + (f.get("error").isNull() ? "" : f.get("error").get("code").asText())));
        assertEquals(List.of("failed UNSUPPORTED_FORMAT", "scored "), statuses.stream().sorted().toList());
    }

    /** A form corrected between two rounds: only it is scored again, and 整改情况 shows what was fixed. */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aCorrectedForm_isTheOnlyOneScoredAgain_andItsFixedFindingIsShown(String ext) throws Exception {
        Path in = dir.resolve("in");
        Path form = in.resolve("霍邱/" + Samples.SEED + "." + ext);
        Path other = Samples.copy("01-永德-营养改善-拆分指标值", "xlsx", in.resolve("永德"));
        String projectCell = withoutProjectName(Samples.DIR.resolve(Samples.SEED + "." + ext), form);
        Path out = dir.resolve("out");
        cli.run("batch", in.toString(), "--out", out.toString(), "--quiet");
        Files.copy(Samples.DIR.resolve(Samples.SEED + "." + ext), form,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING); // the county corrects its form

        cli.run("batch", in.toString(), "--out", out.toString());
        assertTrue(cli.printed().contains("，1 个文件未变、沿用上次结果"), cli.printed());
        try (InputStream s = Files.newInputStream(out.resolve("汇总.xlsx")); Workbook wb = WorkbookFactory.create(s)) {
            Sheet summary = wb.getSheet("汇总");
            int roundColumn = column(summary, "整改情况");
            Row seedRow = rowOf(summary, shown(in, form));
            Row otherRow = rowOf(summary, shown(in, other));
            Sheet rounds = wb.getSheet("整改情况");
            Row change = rowOf(rounds, shown(in, form));
            assertEquals(1, (int) change.getCell(column(rounds, "已整改")).getNumericCellValue());
            assertEquals(0, (int) change.getCell(column(rounds, "新增问题")).getNumericCellValue());
            String fixed = change.getCell(column(rounds, "已整改的问题")).getStringCellValue();
            assertTrue(fixed.startsWith(projectCell + " ") && fixed.endsWith("（HEADER_FIELD_MISSING）"), fixed);
            // the seed still has its weights adding up to 110: the form is not clean yet
            assertEquals("仍有问题", change.getCell(column(rounds, "整改情况")).getStringCellValue());
            assertEquals("仍有问题", seedRow.getCell(roundColumn).getStringCellValue());
            // the other form was not sent again: its file has no earlier version to compare with
            Row otherChange = rowOf(rounds, shown(in, other));
            assertEquals("首次提交", otherChange.getCell(column(rounds, "整改情况")).getStringCellValue());
            assertEquals("首次提交", otherRow.getCell(roundColumn).getStringCellValue());
        }
        List<String> secondRound = cells(out.resolve("汇总.xlsx"));

        // a third round where nothing changed: each form is still compared with its previous version, so 汇总 is
        // the second round's (and left as it was)
        cli.run("batch", in.toString(), "--out", out.toString());
        assertTrue(cli.printed().contains("，2 个文件未变、沿用上次结果"), cli.printed());
        assertTrue(cli.printed().contains("未重写"), cli.printed());
        assertEquals(secondRound, cells(out.resolve("汇总.xlsx")));
        // the corrected form's scored copy is the new one: its project name is back
        try (Workbook wb = Samples.reopen(out.resolve("霍邱/" + Samples.SEED + "." + ext))) {
            CellValue project = FormLocator.locate(wb).get(0).header().project();
            assertEquals("困难职工送温暖", project.text().strip());
        }

        assertEquals(ExitStatus.OK, cli.run("history", form.toString(), "--out", out.toString()));
        assertTrue(cli.printed().contains("第 1 轮") && cli.printed().contains("第 2 轮"), cli.printed());
        assertTrue(cli.printed().contains("已整改：" + projectCell + " "), cli.printed());
        assertEquals(ExitStatus.FILE_FAILED, cli.run("history", "没有这张表.xlsx", "--out", out.toString()));
        assertTrue(cli.printed().contains("没有"), cli.printed());
    }

    /**
     * kill -9 in the middle of a batch: the store opens, the next batch re-uses what was committed, scores the
     * rest, and every input is counted once, in one round.
     */
    @Test
    @org.junit.jupiter.api.Tag("reliability") // a child JVM killed with -9: only under -Preliability
    @org.junit.jupiter.api.Timeout(300)
    void aBatchKilledMidway_isFinishedByTheNextRun_andNothingIsCountedTwice() throws Exception {
        // enough files that the first group commit (after one second) comes long before the last file, even on an
        // idle machine: with 24 an unloaded run finished every file before it could be killed
        int files = 160;
        Path in = seedFolders(files);
        Path out = dir.resolve("out");
        Process batch = ChildJvm.start(dir.resolve("batch.log"), "batch", in.toString(), "--out", out.toString(),
                "--threads", "1", "--quiet");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (storedChecks(out) < 3) {
            assertTrue(batch.isAlive(), "the batch ended before it could be killed");
            assertTrue(System.nanoTime() < deadline, "nothing committed within two minutes");
            Thread.sleep(50);
        }
        batch.destroyForcibly(); // SIGKILL, mid-run
        assertTrue(batch.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
        int committed = storedChecks(out);
        assertTrue(committed < files, "killed before the end: " + committed);

        assertEquals(ExitStatus.ERROR_FINDINGS, cli.run("batch", in.toString(), "--out", out.toString()));
        assertTrue(cli.printed().contains("完成：" + files + " 个文件"), cli.printed());
        java.util.regex.Matcher reused = java.util.regex.Pattern.compile("，(\\d+) 个文件未变").matcher(cli.printed());
        assertTrue(reused.find(), cli.printed());
        assertTrue(Integer.parseInt(reused.group(1)) >= committed, cli.printed());
        assertFinishedOnceInOneRound(out, files);
    }

    /**
     * The in-process counterpart of the kill test above (which runs only under -Preliability): the store as a batch
     * killed after committing some of its checks leaves it (its run begun, never finished; no report, no 汇总),
     * then the next batch. It finishes the killed run's job: each input once, in that one round.
     */
    @Test
    void aBatchStoppedBeforeItsEnd_isFinishedByTheNextRun_andNothingIsCountedTwice() throws Exception {
        int files = 12;
        Path in = seedFolders(files);
        Path out = dir.resolve("out");
        int committed = 5;
        org.selfeval.rules.RuleSettings rules = org.selfeval.rules.RuleSettings.national();
        org.selfeval.store.Identity identity = org.selfeval.store.Identity.of(rules.name(), null, List.of());
        try (ResultStore store = ResultStore.open(out)) {
            String folder = in.toAbsolutePath().normalize().toString();
            long run = store.beginRun(org.selfeval.run.Recording.BATCH, folder, identity);
            var recording = new org.selfeval.run.Recording(store, run, folder, identity, out, false, "", List.of());
            var jobs = org.selfeval.run.Source.folder(in, out).jobs().subList(0, committed);
            try (var killed = new org.selfeval.run.Run(new org.selfeval.app.FileProcessor(rules), 1,
                    org.selfeval.batch.Progress.NONE).open(List.of(), recording)) {
                killed.pass(() -> jobs); // and never finished: the process died here
            }
        }
        assertEquals(committed, storedChecks(out));

        assertEquals(ExitStatus.ERROR_FINDINGS, cli.run("batch", in.toString(), "--out", out.toString()));
        assertTrue(cli.printed().contains("完成：" + files + " 个文件"), cli.printed());
        assertTrue(cli.printed().contains("，" + committed + " 个文件未变、沿用上次结果"), cli.printed());
        assertFinishedOnceInOneRound(out, files);
    }

    /** {@code files} copies of the seed, .xlsx and .xls in turn, each in a folder of its own (县000 …). */
    private Path seedFolders(int files) throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < files; i++) {
            Samples.copy(Samples.SEED, i % 2 == 0 ? "xlsx" : "xls", in.resolve(String.format("县%03d", i)));
        }
        return in;
    }

    /**
     * After a batch that finished a stopped one's job: each input checked once, in the one round the stopped run
     * began, by one run, finished; every file in report.json; the scored copies whole in both formats.
     */
    private static void assertFinishedOnceInOneRound(Path out, int files) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(ResultStore.FILE_NAME));
             Statement s = db.createStatement()) {
            ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT input), MAX(round), COUNT(DISTINCT run) "
                    + "FROM checks");
            assertTrue(rs.next());
            assertEquals(List.of(files, files, 1, 1), List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                    "each input once, in the one round the stopped run began");
            ResultSet runs = s.executeQuery("SELECT COUNT(*), COUNT(finished) FROM runs");
            assertTrue(runs.next());
            assertEquals(List.of(1, 1), List.of(runs.getInt(1), runs.getInt(2)));
        }
        var report = org.selfeval.report.JsonReport.mapper().readTree(out.resolve("report.json").toFile());
        assertEquals(files, report.get("files").size());
        for (String ext : List.of("xlsx", "xls")) { // the copies, whole, both formats
            try (Workbook wb = Samples.reopen(out.resolve("县00" + (ext.equals("xlsx") ? 0 : 1) + "/" + Samples.SEED
                    + "." + ext))) {
                assertEquals(110.0, wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue());
            }
        }
    }

    /** Copies the workbook with its 项目名称 cleared; returns that cell's address. */
    private static String withoutProjectName(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        try (Workbook wb = Samples.reopen(from)) {
            CellValue project = FormLocator.locate(wb).get(0).header().project();
            Sheet sheet = wb.getSheetAt(FormLocator.locate(wb).get(0).sheetIndex());
            sheet.getRow(project.row()).getCell(project.col()).setBlank();
            try (OutputStream os = Files.newOutputStream(to)) {
                wb.write(os);
            }
            return project.address();
        }
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    /** A file as 汇总 and 整改情况 show it: its path relative to the batch folder, with '/'. */
    private static String shown(Path batchFolder, Path file) {
        return batchFolder.relativize(file).toString().replace('\\', '/');
    }

    /** The row whose 文件 column shows the file. */
    private static Row rowOf(Sheet sheet, String file) {
        int fileColumn = column(sheet, "文件");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(fileColumn).getStringCellValue().equals(file)) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError(file + " not in " + sheet.getSheetName());
    }

    /** Every non-blank cell of every sheet as {@code sheet!A1=text}, read back from disk. */
    static List<String> cells(Path xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream s = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(s)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String text = format.formatCellValue(c);
                        if (!text.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + c.getAddress() + "=" + text);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
