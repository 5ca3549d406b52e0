package org.selfeval.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.cli.Cli;
import org.selfeval.testing.Samples;

/** Issue 14, item 1 and 5: the one rule for every path a run writes, and every input folder case said. */
class OutputRuleTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static double total(Path scored) throws Exception {
        // the seed form's 总分 得分 cell, H32, recomputed to 110
        try (Workbook wb = Samples.reopen(scored)) {
            return wb.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue();
        }
    }

    @Test
    void anInputNamed汇总_keepsItsScoredCopy_underAnotherName() throws Exception {
        // its scored copy was overwritten by the summary
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Samples.DIR.resolve(Samples.SEED + ".xlsx"), in.resolve("汇总.xlsx"));
        Path outDir = dir.resolve("out");

        assertTrue(run("batch", in.toString(), "--out", outDir.toString(), "--quiet") <= 1, err());

        assertEquals(110, total(outDir.resolve("汇总-2.xlsx")), 1e-9);
        try (Workbook summary = Samples.reopen(outDir.resolve("汇总.xlsx"))) {
            assertNotNull(summary.getSheet("汇总"), "汇总.xlsx is the summary");
        }
        assertTrue(err().contains("改名为 汇总-2.xlsx"), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aReportOnAnInput_isRefused_andTheInputUntouched(String format) throws Exception {
        Path input = Samples.copy(Samples.SEED, format, dir.resolve("in"));
        String before = Samples.sha256(input);

        assertEquals(64, run("score", input.toString(), "--out", dir.resolve("out").toString(),
                "--report", input.toString()));
        assertEquals(before, Samples.sha256(input));
        assertTrue(err().contains("是一个输入文件"), err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aReportOnAScoredCopy_isRefused(String format) throws Exception {
        Path input = Samples.copy(Samples.SEED, format, dir.resolve("in"));
        Path outDir = dir.resolve("out");
        assertEquals(64, run("batch", dir.resolve("in").toString(), "--out", outDir.toString(),
                "--report", outDir.resolve(input.getFileName()).toString()));
        assertTrue(err().contains("同名"), err());
    }

    @Test
    void watchingTheOutputFolder_aFile_orAMissingFolder_isRefusedBeforeWatching() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("收件"));
        assertEquals(64, run("watch", inbox.toString(), "--out", inbox.toString()));
        assertTrue(err().contains("不能就是收件文件夹"), err());

        Path file = Samples.copy(Samples.SEED, "xlsx", dir);
        assertEquals(64, run("watch", file.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err().contains("是文件，不是文件夹"), err());

        Path typo = dir.resolve("收件箱x");
        assertEquals(64, run("watch", typo.toString(), "--out", dir.resolve("out").toString()));
        assertFalse(Files.exists(typo), "a mistyped inbox is not created");
    }

    @Test
    void anEmptyFolder_saysSo_withItsOwnStatus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("空"));
        Files.writeString(in.resolve("说明.txt"), "不是工作簿");
        assertEquals(3, run("batch", in.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(err().contains("没有工作簿"), err());
        assertFalse(Files.exists(dir.resolve("out/汇总.xlsx")));
    }

    @Test
    void anOutFolderThatIsALinkIntoTheInputs_isNotScoredAgainOnTheNextRun() throws Exception {
        Path in = dir.resolve("in");
        Samples.copy(Samples.SEED, "xlsx", in);
        Files.createDirectories(in.resolve("评分"));
        Path link = Files.createSymbolicLink(dir.resolve("out-link"), in.resolve("评分"));

        assertTrue(run("batch", in.toString(), "--out", link.toString(), "--quiet") <= 1, err());
        assertTrue(run("batch", in.toString(), "--out", link.toString(), "--quiet") <= 1, err());

        JsonNode report = new ObjectMapper().readTree(in.resolve("评分/report.json").toFile());
        assertEquals(1, report.get("files").size(), report.toString());
    }

    @Test
    void aFolderOfTheOutputThatIsALinkIntoTheInputs_neverGetsAScoredCopyOverAnInput() throws Exception {
        Path in = dir.resolve("in");
        Path input = Samples.copy(Samples.SEED, "xlsx", in.resolve("霍邱"));
        byte[] before = Files.readAllBytes(input);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("霍邱"), in.resolve("霍邱")); // out/霍邱/x.xlsx is in/霍邱/x.xlsx

        assertTrue(run("batch", in.toString(), "--out", out.toString(), "--quiet") <= 1, err());

        assertArrayEquals(before, Files.readAllBytes(input), "the input is untouched");
        assertEquals(110, total(in.resolve("霍邱/" + Samples.SEED + "-2.xlsx")), 1e-9);
    }

    @Test
    void batchTakesXlsm_asScoreAndWatchDo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.DIR.resolve(Samples.SEED + ".xlsx"), in.resolve("宏.xlsm"));
        Path outDir = dir.resolve("out");
        assertTrue(run("batch", in.toString(), "--out", outDir.toString(), "--quiet") <= 1, err());
        assertEquals(110, total(outDir.resolve("宏.xlsm")), 1e-9);
    }

    @Test
    void aFolderGivenToScore_isToldItIsAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("一个文件夹"));
        assertEquals(2, run("check", folder.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("是文件夹，不是工作簿文件"), out.toString(StandardCharsets.UTF_8));
    }
}
