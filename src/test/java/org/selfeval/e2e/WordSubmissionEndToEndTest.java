package org.selfeval.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.cli.Cli;
import org.selfeval.io.Limits;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.read.DocumentOriginals;
import org.selfeval.rules.RuleSettings;
import org.selfeval.template.WordSampleGenerator;
import org.selfeval.testing.QuietCli;
import org.selfeval.testing.Samples;

/**
 * Issue "Word submissions" (RULES.md §10): the seed as a Word document (samples/, the whole document: 项目清单,
 * the form as a table, the 绩效评价报告) and as the .doc LibreOffice made of it, scored through the command line
 * and the pipeline; every output reopened from disk.
 */
class WordSubmissionEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TABLE_CELL = Pattern.compile("表(\\d+)!R(\\d+)C(\\d+)");
    private static final Pattern PARAGRAPH = Pattern.compile("报告第(\\d+)段");

    @TempDir
    Path dir;

    private final FileProcessor processor = new FileProcessor(RuleSettings.national(), Limits.defaults());

    private static int cli(String... args) {
        return QuietCli.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc"})
    void seedDocument_scoresLikeTheSeedWorkbook_reportTotalFlagged_scoredCopyReopened(String ext) throws Exception {
        String name = ext.equals("doc") ? Samples.SEED + "-Word97" : Samples.SEED;
        Path input = Samples.copy(name, ext, dir.resolve("in"));
        String before = Samples.sha256(input);
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");

        int status = cli("score", input.toString(), "--out", out.toString(), "--report", report.toString(), "-q");

        assertEquals(1, status, "WEIGHT_TOTAL_NOT_100 and REPORT_TOTAL_MISMATCH are errors");
        assertEquals(before, Samples.sha256(input), "the input's bytes are unchanged");
        Path output = out.resolve(name + ".docx");
        assertTrue(Files.isRegularFile(output), "a .doc is scored into a .docx");

        JsonNode file = JSON.readTree(report.toFile()).get("files").get(0);
        assertEquals("scored", file.get("status").asText());
        assertEquals(ext.equals("doc"), file.has("note"), "the report says a .doc was scored as .docx");
        assertEquals(0, file.get("findings").size(), "the list matches its form: " + file.get("findings"));
        JsonNode form = file.get("forms").get(0);
        assertEquals("困难职工送温暖", form.get("project").asText());
        assertEquals(1.0, form.get("funds").get("rate").asDouble());
        assertEquals(10, form.get("indicators").size());
        for (JsonNode indicator : form.get("indicators")) {
            assertEquals(10.0, indicator.get("score").asDouble(), indicator.toString());
        }
        assertEquals(110.0, form.get("total").asDouble());
        assertEquals("优", form.get("grade").asText());
        Set<String> codes = codes(form.get("findings"));
        assertTrue(codes.contains("WEIGHT_TOTAL_NOT_100"), codes.toString());
        JsonNode reportTotal = finding(form.get("findings"), "REPORT_TOTAL_MISMATCH");
        assertTrue(reportTotal.get("message").asText().contains("“综合评价得分100分"), reportTotal.toString());
        assertFalse(codes.contains("REPORT_GRADE_MISMATCH"), "优 = 优");
        assertFalse(codes.contains("REPORT_AMOUNT_MISMATCH"), "64万元 matches; 60 + 4 is its breakdown");
        assertTrue(PARAGRAPH.matcher(reportTotal.get("cell").asText()).matches(), reportTotal.toString());

        try (XWPFDocument doc = open(output)) {
            assertEquals("100%", cellAt(doc, form.get("funds").get("cell").asText().replace("C8", "C7")).getText());
            assertEquals("10", cellAt(doc, form.get("funds").get("cell").asText()).getText());
            for (JsonNode indicator : form.get("indicators")) {
                assertEquals("10", cellAt(doc, indicator.get("scoreCell").asText()).getText());
            }
            XWPFTableRow totalRow = rowStartingWith(doc.getTables().get(1), "总分");
            assertEquals("110", totalRow.getCell(2).getText(), "the 总分 得分 cell holds the computed total");

            // the flagged cell: shaded light red, a comment by selfeval with the Chinese message
            JsonNode weight = finding(form.get("findings"), "WEIGHT_TOTAL_NOT_100");
            XWPFTableCell flagged = cellAt(doc, weight.get("cell").asText());
            assertEquals("FF99CC", flagged.getColor());
            assertTrue(flagged.getCTTc().xmlText().contains("commentReference"));
            XWPFComment comment = commentContaining(doc, "WEIGHT_TOTAL_NOT_100");
            assertEquals("selfeval", comment.getAuthor());
            assertTrue(comment.getText().contains("分值合计为110，应为100"), comment.getText());

            // the report paragraph: commented, its sentence still there
            XWPFParagraph sentence = bodyParagraph(doc, reportTotal.get("cell").asText());
            assertTrue(sentence.getText().contains("综合评价得分100分"), sentence.getText());
            assertTrue(sentence.getCTP().xmlText().contains("commentReference"));
            assertTrue(commentContaining(doc, "REPORT_TOTAL_MISMATCH").getText().contains("综合评价得分100分"));

            // the 校验结果 section at the end
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("校验结果")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("总分：110")
                    && p.getText().contains("等级：优")));
            XWPFTable results = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals(List.of("严重程度", "位置", "问题类型", "说明"),
                    results.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            XWPFTableRow row = rowWithCode(results, "REPORT_TOTAL_MISMATCH");
            assertEquals("错误", row.getCell(0).getText());
            assertEquals(reportTotal.get("cell").asText(), row.getCell(1).getText());
            assertEquals("报告得分与自评表不符", row.getCell(2).getText(), "the finding's Chinese name");
            assertEquals(form.get("findings").size() + 1, results.getRows().size());
        }
    }

    @Test
    void seedDocument_scoresLikeTheSeedWorkbook() {
        FileResult word = processor.check(Samples.DIR.resolve(Samples.SEED + ".docx"));
        FileResult workbook = processor.check(Samples.DIR.resolve(Samples.SEED + ".xlsx"));
        FormResult w = word.forms().get(0);
        FormResult x = workbook.forms().get(0);
        assertEquals(x.total(), w.total());
        assertEquals(x.weightTotal(), w.weightTotal());
        assertEquals(x.grade(), w.grade());
        assertEquals(x.funds().rate(), w.funds().rate());
        assertEquals(x.indicators().stream().map(FormResult.IndicatorResult::score).toList(),
                w.indicators().stream().map(FormResult.IndicatorResult::score).toList());
        assertEquals(x.findings().stream().map(f -> f.code().name()).toList(), w.findings().stream()
                .map(f -> f.code().name()).filter(c -> !c.startsWith("REPORT_")).toList(),
                "the form's own findings are the workbook's");
    }

    @Test
    void reportWithAnotherGradeAndAmount_getsBothFindings_quotingTheirSentences() throws Exception {
        Path input = edited("edited.docx", doc -> {
            replaceInBody(doc, "评价等级优", "评价等级良");
            replaceInBody(doc, "帮扶送温暖专项资金64万元", "帮扶送温暖专项资金80万元");
        });
        FileResult r = processor.check(input);
        List<Finding> findings = r.forms().get(0).findings();
        Finding grade = only(findings, FindingCode.REPORT_GRADE_MISMATCH);
        assertTrue(grade.message().contains("“综合评价得分100分，评价等级良。”"), grade.message());
        assertTrue(grade.message().contains("“优”"), grade.message());
        Finding amount = only(findings, FindingCode.REPORT_AMOUNT_MISMATCH);
        assertTrue(amount.message().contains("80万元"), amount.message());
        assertTrue(amount.message().contains("帮扶送温暖专项资金80万元，财政预算内拨款64万元。"), amount.message());
    }

    @Test
    void listWithAProjectThatHasNoForm_getsAFileLevelListFinding() throws Exception {
        Path input = edited("listed.docx", doc -> {
            XWPFTable list = doc.getTables().get(0);
            XWPFTableRow row = list.createRow();
            row.getCell(0).setText("2");
            row.getCell(1).setText("职工医疗互助项目自评表");
        });
        Path out = dir.resolve("out");
        Path report = dir.resolve("report.json");
        cli("score", input.toString(), "--out", out.toString(), "--report", report.toString(), "-q");

        JsonNode file = JSON.readTree(report.toFile()).get("files").get(0);
        assertEquals(1, file.get("findings").size(), file.toString());
        JsonNode listed = file.get("findings").get(0);
        assertEquals("LIST_FORM_MISMATCH", listed.get("code").asText());
        assertEquals("表1!R3C2", listed.get("cell").asText());
        assertTrue(listed.get("message").asText().contains("职工医疗互助项目自评表"));
        assertFalse(codes(file.get("forms").get(0).get("findings")).contains("LIST_FORM_MISMATCH"));
        try (XWPFDocument doc = open(out.resolve("listed.docx"))) {
            assertEquals("FFFF99", cellAt(doc, "表1!R3C2").getColor(), "a warning: light yellow");
            assertTrue(commentContaining(doc, "LIST_FORM_MISMATCH").getText().contains("职工医疗互助"));
        }
    }

    @Test
    void twoProjectDocument_eachReportCheckedAgainstItsOwnForm() {
        FileResult r = processor.check(Samples.DIR.resolve("21-两个项目-永德与普陀.docx"));
        assertEquals(2, r.forms().size());
        assertTrue(r.findings().isEmpty(), "both listed projects have their form: " + r.findings());
        FormResult yongde = r.forms().get(0);
        FormResult putuo = r.forms().get(1);
        assertEquals("表2", yongde.form().sheet());
        assertEquals("表3", putuo.form().sheet());
        // the 永德 report repeats the form's own 总分 96, computed 99.8; 普陀's 98.62 is right
        Finding total = only(yongde.findings(), FindingCode.REPORT_TOTAL_MISMATCH);
        assertTrue(total.message().contains("综合评价得分96分"), total.message());
        assertTrue(putuo.findings().stream().noneMatch(f -> f.code().name().startsWith("REPORT_")),
                putuo.findings().toString());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private interface Edit {
        void apply(XWPFDocument doc);
    }

    private Path edited(String name, Edit edit) throws Exception {
        Path input = dir.resolve(name);
        try (XWPFDocument doc = open(Samples.DIR.resolve(Samples.SEED + ".docx"))) {
            edit.apply(doc);
            try (var out = Files.newOutputStream(input)) {
                doc.write(out);
            }
        }
        return input;
    }

    private static void replaceInBody(XWPFDocument doc, String from, String to) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                String text = run.getText(0);
                if (text != null && text.contains(from)) {
                    run.setText(text.replace(from, to), 0);
                    return;
                }
            }
        }
        throw new AssertionError("not in the document: " + from);
    }

    /**
     * RULES.md §8 for Word: scoring a scored copy again gives the same copy — the earlier run's comments and
     * 校验结果 section are replaced, never added a second time, and never read as the unit's report text; the
     * SELF_TOTAL_CHANGED comment (原填100) comes back from the unit's figure the first copy kept.
     */
    @Test
    void scoringAScoredCopyAgain_givesTheSameCopy() throws Exception {
        Path input = Samples.copy(Samples.SEED, "docx", dir.resolve("in"));
        assertEquals(1, cli("score", input.toString(), "--out", dir.resolve("once").toString(), "-q"));
        Path once = dir.resolve("once").resolve(Samples.SEED + ".docx");
        Path report = dir.resolve("again.json");
        assertEquals(1, cli("score", once.toString(), "--out", dir.resolve("twice").toString(), "--report",
                report.toString(), "-q"));
        Path twice = dir.resolve("twice").resolve(Samples.SEED + ".docx");

        try (XWPFDocument a = open(once); XWPFDocument b = open(twice)) {
            List<String> first = snapshot(a);
            List<String> second = snapshot(b);
            for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
                assertEquals(first.get(i), second.get(i), "line " + i + " of the copy");
            }
            assertEquals(first.size(), second.size());
            assertEquals(1, b.getParagraphs().stream().filter(p -> p.getText().equals("校验结果")).count());
        }
        JsonNode form = JSON.readTree(report.toFile()).get("files").get(0).get("forms").get(0);
        assertEquals(110.0, form.get("total").asDouble());
        assertEquals(List.of("REPORT_TOTAL_MISMATCH"), codes(form.get("findings")).stream()
                .filter(c -> c.startsWith("REPORT_")).toList(), "the earlier 校验结果 is not read as the report");
    }

    /**
     * RULES.md §8 for Word, the unit's own figures: the 总分 the unit filled in (100) and the computed 110 written over
     * it are kept in the scored .docx (its custom document properties), so a second pass over the scored copy reads
     * the unit's 100 again and gives the first pass's findings — SELF_TOTAL_CHANGED (原填100) included — and totals.
     * The .doc sample's scored copy is a .docx and is scored again the same way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"docx", "doc"})
    void aScoredCopyScoredAgain_keepsTheUnitsOriginalSelfScores(String ext) throws Exception {
        String name = ext.equals("doc") ? Samples.SEED + "-Word97" : Samples.SEED;
        Path input = Samples.copy(name, ext, dir.resolve("in"));
        cli("score", input.toString(), "--out", dir.resolve("once").toString(), "--report",
                dir.resolve("1.json").toString(), "-q");
        Path once = dir.resolve("once").resolve(name + ".docx");
        cli("score", once.toString(), "--out", dir.resolve("twice").toString(), "--report",
                dir.resolve("2.json").toString(), "-q");
        Path twice = dir.resolve("twice").resolve(name + ".docx");

        List<String> first = findingsOf(dir.resolve("1.json"));
        assertTrue(first.contains("SELF_TOTAL_CHANGED@表2!R30C3 总分原填100，按评分规则计算为110，已改为计算值（原值见批注）"),
                first.toString());
        assertEquals(first, findingsOf(dir.resolve("2.json")));
        assertEquals(totalsOf(dir.resolve("1.json")), totalsOf(dir.resolve("2.json")));
        try (XWPFDocument a = open(once); XWPFDocument b = open(twice)) {
            assertEquals("110", cellAt(b, "表2!R30C3").getText(), "the copy shows the computed total");
            assertEquals(Map.of("表2!R30C3", new DocumentOriginals.Original("100", "110")), DocumentOriginals.read(a));
            assertEquals(DocumentOriginals.read(a), DocumentOriginals.read(b), "kept once, not twice");
            assertEquals(snapshot(a), snapshot(b), "the SELF_TOTAL_CHANGED comment comes back");
        }
    }

    /**
     * A 总分 the unit typed into the scored copy since (105 over selfeval's 110) is the unit's new answer: the kept
     * 100 is used only while the cell still holds what selfeval wrote (as a workbook's kept figures are). A custom
     * property the unit's editor added (WPS adds its own) stays beside selfeval's.
     */
    @Test
    void aSelfScoreTheUnitChangedInTheScoredCopy_isReadAsTheUnitsNewFigure() throws Exception {
        Path edited = scoredSeedEdited("edited", doc -> {
            XWPFRun run = cellAt(doc, "表2!R30C3").getParagraphs().get(0).getRuns().get(0);
            assertEquals("110", run.getText(0));
            run.setText("105", 0);
            doc.getProperties().getCustomProperties().addProperty("KSOProductBuildVer", "2052-11.1.0.11830"); // as WPS saves
        });
        cli("score", edited.toString(), "--out", dir.resolve("twice").toString(), "--report",
                dir.resolve("2.json").toString(), "-q");
        List<String> second = findingsOf(dir.resolve("2.json"));
        assertTrue(second.contains("SELF_TOTAL_CHANGED@表2!R30C3 总分原填105，按评分规则计算为110，已改为计算值（原值见批注）"),
                second.toString());
        try (XWPFDocument doc = open(dir.resolve("twice").resolve(Samples.SEED + ".docx"))) {
            assertEquals(Map.of("表2!R30C3", new DocumentOriginals.Original("105", "110")), DocumentOriginals.read(doc),
                    "the unit's new figure is the one kept now");
            assertEquals("2052-11.1.0.11830", doc.getProperties().getCustomProperties()
                    .getProperty("KSOProductBuildVer").getLpwstr(), "the document's own properties stay");
        }
    }

    /**
     * A Word table with no 分值 column (the 20/80 family, docs/layouts.md F): the 得分 the unit filled in is the row's
     * weight. Writing the computed 10 over the allotted 20 (补贴渔船数: 3 of 6 boats) is a SELF_SCORE_CHANGED kept in
     * the copy, so the second pass weighs the row 20 again and gives the same total and findings, not 5 of 10.
     */
    @Test
    void aTableWithNoWeightColumn_scoredAgain_weighsTheUnitsAllottedPoints() throws Exception {
        Path input = dir.resolve("in").resolve("20-80.docx");
        Files.createDirectories(input.getParent());
        try (XWPFDocument doc = WordSampleGenerator.draw(new WordSampleGenerator.WordSample("20-80", "项目清单",
                List.of("26-yangtze-fishing-ban-20-80"), ""));
             var out = Files.newOutputStream(input)) {
            XWPFTableRow boats = doc.getTables().get(1).getRow(8);
            assertEquals("补贴渔船数", boats.getCell(3).getText());
            boats.getCell(5).getParagraphs().get(0).getRuns().get(0).setText("3", 0); // 6 planned
            doc.write(out);
        }
        cli("score", input.toString(), "--out", dir.resolve("once").toString(), "--report",
                dir.resolve("1.json").toString(), "-q");
        cli("score", dir.resolve("once").resolve("20-80.docx").toString(), "--out", dir.resolve("twice").toString(),
                "--report", dir.resolve("2.json").toString(), "-q");

        List<String> first = findingsOf(dir.resolve("1.json"));
        assertTrue(first.contains("SELF_SCORE_CHANGED@表2!R9C7 得分原填20，按评分规则计算为10，已改为计算值（原值见批注）"),
                first.toString());
        assertEquals(first, findingsOf(dir.resolve("2.json")));
        List<String> totals = totalsOf(dir.resolve("1.json"));
        assertEquals("90", totals.get(0), totals.toString());
        assertEquals(totals, totalsOf(dir.resolve("2.json")));
    }

    /** The seed .docx scored into {@code once/}, then that copy edited as a user would and saved into {@code folder/}. */
    private Path scoredSeedEdited(String folder, Edit edit) throws Exception {
        Path input = Samples.copy(Samples.SEED, "docx", dir.resolve("in"));
        cli("score", input.toString(), "--out", dir.resolve("once").toString(), "-q");
        Path edited = dir.resolve(folder).resolve(Samples.SEED + ".docx");
        Files.createDirectories(edited.getParent());
        try (XWPFDocument doc = open(dir.resolve("once").resolve(Samples.SEED + ".docx"));
             var out = Files.newOutputStream(edited)) {
            edit.apply(doc);
            doc.write(out);
        }
        return edited;
    }

    /** Every finding of the report's first form: {@code CODE@cell message}. */
    private static List<String> findingsOf(Path report) throws Exception {
        List<String> findings = new java.util.ArrayList<>();
        JSON.readTree(report.toFile()).get("files").get(0).get("forms").get(0).get("findings").forEach(f -> findings.add(
                f.get("code").asText() + "@" + f.get("cell").asText() + " " + f.get("message").asText()));
        return findings;
    }

    /** The first form's total, grade and every indicator's score. */
    private static List<String> totalsOf(Path report) throws Exception {
        JsonNode form = JSON.readTree(report.toFile()).get("files").get(0).get("forms").get(0);
        List<String> totals = new java.util.ArrayList<>(List.of(form.get("total").asText(), form.get("grade").asText(),
                form.get("funds").get("score").asText()));
        form.get("indicators").forEach(i -> totals.add(i.get("scoreCell").asText() + "=" + i.get("score").asText()));
        return totals;
    }

    /** A scored copy someone's editor left a comment reference without an id in: scored again, not failed. */
    @Test
    void aScoredCopyWithACommentReferenceWithoutId_isScoredAgain() throws Exception {
        Path odd = scoredSeedEdited("odd", doc -> doc.getParagraphs().get(0).getCTP().addNewR()
                .addNewCommentReference()); // no w:id
        Path report = dir.resolve("odd.json");
        cli("score", odd.toString(), "--out", dir.resolve("twice").toString(), "--report", report.toString(), "-q");
        JsonNode file = JSON.readTree(report.toFile()).get("files").get(0);
        assertEquals("scored", file.get("status").asText(), file.toString());
        assertEquals(110.0, file.get("forms").get(0).get("total").asDouble());
    }

    /** What a reader sees: every paragraph's text, every table row's cells (text and shading), every comment's text. */
    private static List<String> snapshot(XWPFDocument doc) {
        List<String> lines = new java.util.ArrayList<>();
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add("段 " + p.getText());
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    lines.add("行 " + row.getTableCells().stream().map(c -> c.getText() + " | " + c.getColor())
                            .collect(Collectors.joining(" ‖ ")));
                }
            }
        }
        for (XWPFComment c : doc.getComments()) {
            lines.add("批注 " + c.getAuthor() + ": " + c.getText());
        }
        return lines;
    }

    static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static XWPFTableCell cellAt(XWPFDocument doc, String address) {
        Matcher m = TABLE_CELL.matcher(address);
        assertTrue(m.matches(), address);
        XWPFTable table = doc.getTables().get(Integer.parseInt(m.group(1)) - 1);
        XWPFTableRow row = table.getRow(Integer.parseInt(m.group(2)) - 1);
        return row.getTableCells().get(Integer.parseInt(m.group(3)) - 1);
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc, String address) {
        Matcher m = PARAGRAPH.matcher(address);
        assertTrue(m.matches(), address);
        return doc.getParagraphs().get(Integer.parseInt(m.group(1)) - 1);
    }

    private static XWPFTableRow rowStartingWith(XWPFTable table, String text) {
        return table.getRows().stream().filter(r -> r.getCell(0).getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + text));
    }

    private static XWPFTableRow rowWithCode(XWPFTable table, String code) {
        return table.getRows().stream().filter(r -> r.getCell(3).getText().endsWith("（" + code + "）")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static XWPFComment commentContaining(XWPFDocument doc, String text) {
        assertNotNull(doc.getDocComments(), "the document has comments");
        return doc.getDocComments().getComments().stream().filter(c -> c.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment with " + text));
    }

    private static Set<String> codes(JsonNode findings) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        findings.forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    private static JsonNode finding(JsonNode findings, String code) {
        for (JsonNode f : findings) {
            if (f.get("code").asText().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " in " + findings);
    }

    private static Finding only(List<Finding> findings, FindingCode code) {
        List<Finding> of = findings.stream().filter(f -> f.code() == code).collect(Collectors.toList());
        assertEquals(1, of.size(), code + " in " + findings);
        return of.get(0);
    }
}
