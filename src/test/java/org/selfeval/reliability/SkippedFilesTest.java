package org.selfeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.testing.CapturedCli;
import org.selfeval.testing.Samples;

/**
 * Issue 14, item 5: every file under the input folder is either processed or listed with its reason — in
 * report.json ({@code skipped}), in 汇总.xlsx (sheet 未处理的文件) and, counted, on the terminal. Symlinked
 * workbooks, lock files and other files were skipped with no word.
 */
class SkippedFilesTest {
    @TempDir
    Path dir;


    private final CapturedCli cli = new CapturedCli();

    @Test
    void everyFileUnderTheInputFolder_isProcessedOrListedWithItsReason() throws Exception {
        Path in = dir.resolve("in");
        Path xlsx = Samples.copy(Samples.SEED, "xlsx", in.resolve("霍邱"));
        Samples.copy(Samples.SEED, "xls", in.resolve("霍邱"));
        Files.writeString(in.resolve("霍邱/说明.txt"), "附件说明");
        Files.copy(xlsx, in.resolve("霍邱/~$" + xlsx.getFileName())); // Excel's lock file beside an open workbook
        Files.writeString(in.resolve("霍邱/.DS_Store"), "x");
        Files.createSymbolicLink(in.resolve("霍邱/链接.xlsx"), xlsx);
        Files.createDirectories(in.resolve(".svn"));
        Files.writeString(in.resolve(".svn/entries"), "x");
        Path out = dir.resolve("out");

        assertEquals(1, cli.run("batch", in.toString(), "--out", out.toString()));

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        Set<String> processed = new TreeSet<>();
        report.get("files").forEach(f -> processed.add(in.relativize(Path.of(f.get("file").asText())).toString()
                .replace('\\', '/')));
        List<String> skipped = new ArrayList<>();
        report.get("skipped").forEach(s -> {
            assertTrue(s.get("message").asText().matches(".*[\\u4e00-\\u9fff].*"), "a Chinese reason: " + s);
            skipped.add(s.get("file").asText() + " " + s.get("reason").asText());
        });
        assertEquals(Set.of("霍邱/" + Samples.SEED + ".xlsx", "霍邱/" + Samples.SEED + ".xls"), processed);
        assertEquals(List.of(".svn/ HIDDEN", "霍邱/.DS_Store HIDDEN", "霍邱/~$" + Samples.SEED + ".xlsx LOCK_OR_TEMP_FILE",
                "霍邱/说明.txt OTHER_FILE", "霍邱/链接.xlsx LINK"), skipped);
        // nothing under the input folder is neither
        try (Stream<Path> all = Files.walk(in)) {
            for (Path p : all.filter(p -> !p.equals(in)).toList()) {
                String name = in.relativize(p).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
                assertTrue(folder && (processed.stream().anyMatch(f -> f.startsWith(name + "/"))
                                || skipped.stream().anyMatch(s -> s.startsWith(name + "/ ")))
                                || !folder && (processed.contains(name) || skipped.stream().anyMatch(
                                        s -> s.startsWith(name + " ") || name.startsWith(s.split(" ")[0]))),
                        "neither processed nor listed: " + name);
            }
        }

        try (Workbook wb = Samples.reopen(out.resolve("汇总.xlsx"))) {
            Sheet sheet = wb.getSheet("未处理的文件");
            assertEquals(List.of("文件", "原因", "代码"), cells(sheet.getRow(0)));
            assertEquals(skipped.size(), sheet.getLastRowNum());
            assertEquals(List.of("霍邱/说明.txt", "不是工作簿或 Word 文档（按扩展名：.xlsx、.xlsm、.xls、.docx、.doc）",
                    "OTHER_FILE"), cells(sheet.getRow(4)));
        }
        assertTrue(cli.printed().contains("输入文件夹中有 5 个文件或文件夹未处理（非工作簿 1 个，锁定或临时文件 1 个，隐藏 2 个，链接 1 个）"),
                cli.printed());
    }

    @Test
    void aFolderWithNoWorkbook_exitsWithItsOwnStatus_andSaysWhatItHolds() throws Exception {
        Path in = Files.createDirectories(dir.resolve("空"));
        Files.writeString(in.resolve("说明.txt"), "不是工作簿");
        Files.writeString(in.resolve("~$草稿.xlsx"), "锁");

        assertEquals(3, cli.run("batch", in.toString(), "--out", dir.resolve("out").toString()));
        assertTrue(cli.printed().contains("没有工作簿") && cli.printed().contains("（NO_INPUT）"), cli.printed());
        assertTrue(cli.printed().contains("2 个文件或文件夹未处理（非工作簿 1 个，锁定或临时文件 1 个）"), cli.printed());
        assertTrue(!Files.exists(dir.resolve("out/汇总.xlsx")) && !Files.exists(dir.resolve("out/report.json")));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }
}
