package org.selfeval.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.selfeval.io.AtomicFiles;
import org.selfeval.io.DocxTables;
import org.selfeval.io.DocxTables.CellSpec;
import org.selfeval.io.DocxTables.VMerge;

/**
 * The sample Word submissions (RULES.md §10), drawn by the same code as the sample workbooks: each form and
 * 项目清单 is rendered on a sheet by {@link FormWorkbookBuilder}, then that sheet is drawn as a Word table (its
 * texts, merged regions as gridSpan / vMerge, column widths in proportion); the leading rows holding one text
 * only (附件：, the title, （2023年度）) become paragraphs above the table, as in the seed. The report follows as
 * paragraphs: the seed's own report ({@code reports/00-huoqiu-seed.txt}, verbatim), or for a transcribed form
 * with no report a short one written from the form's own figures (its 全年预算数, 总分 and 等级 as filled in).
 */
public final class WordSampleGenerator {
    private static final int TITLE_HALF_POINTS = 32;
    private static final int TEXT_HALF_POINTS = 24;

    /**
     * One sample document.
     *
     * @param baseName file name without extension
     * @param listName the title of its 项目清单
     * @param forms    the transcribed forms it holds (names in {@code forms/})
     * @param shows    what it is for (goes into the README)
     */
    public record WordSample(String baseName, String listName, List<String> forms, String shows) {
        public String fileName() {
            return baseName + ".docx";
        }
    }

    public static final List<WordSample> SAMPLES = List.of(
            new WordSample("00-霍邱-困难职工送温暖", null, List.of(FormSpecs.SEED),
                    "种子 Word 文档：项目清单表、自评表（Word 表格，合并单元格）、绩效评价报告原文；报告写“综合评价得分100分”而分值合计110"),
            new WordSample("21-两个项目-永德与普陀", "绩效自评项目清单",
                    List.of("01-yongde-nutrition", "03-putuo-sports-settlement"),
                    "一份 Word 文档两个项目：清单两行、两张自评表、两篇报告（由表中自填的预算、总分和等级写成）"));

    private WordSampleGenerator() {
    }

    /** Writes every sample document into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (WordSample sample : SAMPLES) {
            Path file = dir.resolve(sample.fileName());
            try (XWPFDocument doc = draw(sample)) {
                AtomicFiles.write(file, doc::write);
            }
            files.add(file);
        }
        return files;
    }

    public static XWPFDocument draw(WordSample sample) throws IOException {
        XWPFDocument doc = DocxTables.newA4Document();
        List<FormSpec> specs = sample.forms().stream().map(FormSpecs::load).toList();
        try (Workbook scratch = new HSSFWorkbook()) {
            FormWorkbookBuilder builder = new FormWorkbookBuilder(scratch);
            FormSpec.CoverSpec cover = specs.size() == 1 && specs.get(0).cover() != null ? specs.get(0).cover()
                    : listOf(sample.listName(), specs);
            drawSheet(doc, builder.renderCover("清单", cover));
            for (int i = 0; i < specs.size(); i++) {
                doc.createParagraph().setPageBreak(true);
                drawSheet(doc, scratch.getSheet(builder.render("表" + (i + 1), specs.get(i), Layout.OFFICIAL)
                        .sheetName()));
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            doc.createParagraph().setPageBreak(true);
            List<String> report = sample.forms().get(i).equals(FormSpecs.SEED) ? seedReport() : report(specs.get(i));
            DocxTables.paragraph(doc, report.get(0), true, TITLE_HALF_POINTS).setAlignment(ParagraphAlignment.CENTER);
            for (String line : report.subList(1, report.size())) {
                DocxTables.paragraph(doc, line, false, TEXT_HALF_POINTS);
            }
        }
        return doc;
    }

    private static FormSpec.CoverSpec listOf(String title, List<FormSpec> specs) {
        List<FormSpec.CoverItem> items = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            items.add(new FormSpec.CoverItem(String.valueOf(i + 1), specs.get(i).project() + "项目自评表", null));
        }
        return new FormSpec.CoverSpec("附件：", title, List.of("序号", "项目名称", "备注"), items);
    }

    /** The sheet as paragraphs (leading rows of one text) and one table (the rest). */
    static void drawSheet(XWPFDocument doc, Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        int last = sheet.getLastRowNum();
        int width = 0;
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, row.getLastCellNum());
            }
        }
        int first = 0;
        while (first <= last && texts(sheet.getRow(first), formatter).size() <= 1) {
            List<String> texts = texts(sheet.getRow(first), formatter);
            if (!texts.isEmpty()) {
                var p = DocxTables.paragraph(doc, texts.get(0), first > 0 && texts.get(0).contains("表"),
                        first > 0 && !texts.get(0).startsWith("（") ? TITLE_HALF_POINTS : TEXT_HALF_POINTS);
                if (first > 0) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
            }
            first++;
        }
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        List<List<CellSpec>> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            List<CellSpec> cells = new ArrayList<>();
            for (int c = 0; c < width; ) {
                CellRangeAddress region = regionAt(merged, r, c);
                int span = region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
                VMerge v = region == null || region.getFirstRow() == region.getLastRow() ? VMerge.NONE
                        : region.getFirstRow() == r ? VMerge.RESTART : VMerge.CONTINUE;
                int top = region == null ? r : region.getFirstRow();
                Row row = sheet.getRow(top);
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(new CellSpec(cell == null ? "" : formatter.formatCellValue(cell), span, v, false, null));
                c += span;
            }
            rows.add(cells);
        }
        int[] widths = new int[width];
        int total = 0;
        for (int c = 0; c < width; c++) {
            total += sheet.getColumnWidth(c);
        }
        for (int c = 0; c < width; c++) {
            widths[c] = (int) ((long) DocxTables.TEXT_WIDTH * sheet.getColumnWidth(c) / Math.max(1, total));
        }
        DocxTables.table(doc, widths, rows);
    }

    private static CellRangeAddress regionAt(List<CellRangeAddress> merged, int r, int c) {
        for (CellRangeAddress region : merged) {
            if (region.isInRange(r, c)) {
                return region;
            }
        }
        return null;
    }

    private static List<String> texts(Row row, DataFormatter formatter) {
        List<String> texts = new ArrayList<>();
        if (row != null) {
            for (Cell cell : row) {
                String t = formatter.formatCellValue(cell);
                if (!t.isBlank()) {
                    texts.add(t);
                }
            }
        }
        return texts;
    }

    /** The seed's 绩效评价报告, one paragraph a line, title first. */
    static List<String> seedReport() {
        try (InputStream in = WordSampleGenerator.class.getResourceAsStream("reports/00-huoqiu-seed.txt")) {
            if (in == null) {
                throw new IllegalStateException("reports/00-huoqiu-seed.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short report written from the form's own figures (as the unit filled them in). */
    static List<String> report(FormSpec spec) {
        String unit = spec.fundsUnit() == null ? "万元" : spec.fundsUnit();
        String annual = spec.funds().isEmpty() ? null : spec.funds().get(0).annual();
        String executed = spec.funds().isEmpty() ? null : spec.funds().get(0).executed();
        List<String> lines = new ArrayList<>();
        lines.add(spec.project() + "项目绩效评价报告");
        lines.add("一、基本情况");
        lines.add("本项目由" + (spec.unit() == null ? spec.department() : spec.unit()) + "实施。项目全年预算资金" + annual + unit
                + "，全年执行" + executed + unit + "。");
        lines.add("二、综合评价情况及评价结论");
        lines.add("综合评价得分" + spec.totalScore() + "分，评价等级" + (spec.grade() == null ? "优" : spec.grade()) + "。");
        return lines;
    }

    /** {@code WordSampleGenerator [DIR]}: writes the sample documents into DIR (default samples). */
    public static void main(String[] args) throws IOException {
        for (Path file : write(Path.of(args.length > 0 ? args[0] : "samples"))) {
            System.out.println(file);
        }
    }
}
