package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Cli;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;

/**
 * LAYOUTS.md rule 8: the words of the forms are data, and one line of a user's file (--layouts) makes a wording
 * nobody shipped readable.
 */
class VocabularyTest {
    @TempDir
    Path dir;

    /**
     * A small complete form whose funds total row reads {@code 资金合计}, a wording not in the built-in words, and
     * whose 其中 rows do not add up to it (60 + 10 = 70 ≠ 80), so the total cannot be told by structure either.
     */
    private static void write(Workbook wb) {
        SheetWriter s = new SheetWriter(wb, "自评表", 0, 0);
        s.row(0, 0, "项目名称", "困难职工送温暖");
        s.row(1, 0, "主管部门", "霍邱县总工会", null, "实施单位", "霍邱县总工会");
        s.row(2, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        s.row(3, 1, "资金合计", 64, 80, 72, 10, null, null);
        s.row(4, 1, "其中：当年财政拨款", 60, 60, 60);
        s.row(5, 1, "上年结转资金", 4, 10, 8);
        s.row(6, 0, "年度总体目标", "预期目标", null, null, "实际完成情况");
        s.row(7, 1, "完成救助", null, null, "已完成救助");
        s.row(8, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施");
        s.row(9, 1, "产出指标", "数量指标", "困难职工人数", "≥500人", "520人", 90, 90, "无");
        s.row(10, 0, "总分", null, null, null, null, null, 100, 100);
    }

    private Path layoutsFile(String text) throws IOException {
        Path file = dir.resolve("本县表样.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aMadeUpTotalRowWordingIsReadAfterOneLineIsAdded() throws IOException {
        for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
            try (wb) {
                write(wb);
                Form before = FormLocator.locate(wb).get(0);
                assertNull(before.funds(), "资金合计 is not a built-in word");
                assertTrue(before.readFindings().stream().anyMatch(f -> f.code() == FindingCode.FORM_NOT_FOUND
                        && f.message().contains("年度资金总额")), before.readFindings().toString());

                Vocabulary extended = Vocabulary.builtIn().extendedBy(layoutsFile(
                        "# 本县的表样把年度资金总额写作“资金合计”\nfunds.row.total = 资金合计\n"));
                Form after = FormLocator.locate(wb, extended).get(0);
                assertNotNull(after.funds());
                assertEquals("资金合计", after.funds().total().label());
                assertEquals(80.0, after.funds().total().annual().number());
                assertEquals(72.0, after.funds().total().executed().number());
                assertTrue(after.readFindings().isEmpty(), after.readFindings().toString());
            }
        }
    }

    @Test
    void theUsersWordsAreNormalisedLikeLabels_andAddedAfterTheBuiltInOnes() throws IOException {
        Vocabulary v = Vocabulary.builtIn().extendedBy(layoutsFile("funds.row.total = 资金合计（万元）：， 資金總計\n"));
        java.util.List<String> words = v.words("funds.row.total");
        assertEquals(Vocabulary.builtIn().words("funds.row.total"), words.subList(0, words.size() - 2));
        assertEquals(java.util.List.of("资金合计", "资金总计"), words.subList(words.size() - 2, words.size()));
        assertTrue(FundsBlockReader.rowKind("其中:资金合计", v).isPresent());
        assertTrue(FundsBlockReader.rowKind("资金合计", Vocabulary.builtIn()).isEmpty(), "the built-in words stay");
    }

    @Test
    void anUnknownKeyOrAnEmptyKeyIsRefusedWithItsName() throws IOException {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builtIn().extendedBy(layoutsFile("funds.row.totl = 资金合计\n")));
        assertTrue(unknown.getMessage().contains("funds.row.totl"), unknown.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builtIn().extendedBy(layoutsFile("funds.row.total = ，\n")));
        assertTrue(empty.getMessage().contains("funds.row.total"), empty.getMessage());
    }

    @Test
    void theCommandLineTakesTheFile_andTheReportShowsTheFundsRead() throws IOException {
        Path form = dir.resolve("资金合计.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(form)) {
            write(wb);
            wb.write(out);
        }
        Path layouts = layoutsFile("funds.row.total = 资金合计\n");
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        new Cli(new PrintStream(without, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()))
                .run("check", form.toString());
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(with, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream())).run("check", form.toString(), "--layouts",
                layouts.toString());
        String before = without.toString(StandardCharsets.UTF_8);
        String after = with.toString(StandardCharsets.UTF_8);
        assertTrue(before.contains("FORM_NOT_FOUND"), before);
        assertTrue(!after.contains("FORM_NOT_FOUND"), after);
        // 执行率 = 72 / 80 = 0.9; funds score = 分值 10 × min(1, 0.9) = 9
        com.fasterxml.jackson.databind.JsonNode funds = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(after).findValue("funds");
        assertEquals(0.9, funds.get("rate").asDouble(), 1e-9);
        assertEquals(9.0, funds.get("score").asDouble(), 1e-9);
        assertTrue(status == 0 || status == 1, "status " + status);
    }

    @Test
    void aBadLayoutsFileIsAUsageError() throws IOException {
        Path layouts = layoutsFile("funds.row.totl = 资金合计\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("check", "x.xlsx", "--layouts",
                layouts.toString());
        assertEquals(64, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("funds.row.totl"));
    }

    @org.junit.jupiter.api.Test
    void aFileSavedByNotepad_withItsByteOrderMark_isRead_andGbkIsRefusedWithTheEncodingToUse() throws IOException {
        Path bom = dir.resolve("记事本.properties");
        byte[] text = "funds.row.total = 资金合计\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);
        assertTrue(Vocabulary.builtIn().extendedBy(bom).words("funds.row.total").contains("资金合计"));
        Path gbk = dir.resolve("gbk.properties");
        Files.write(gbk, "funds.row.total = 资金合计\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.builtIn().extendedBy(gbk));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
