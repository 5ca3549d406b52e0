package org.selfeval.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.app.FileResult;
import org.selfeval.app.RoundChange;
import org.selfeval.app.RunOutput;
import org.selfeval.io.AtomicFiles;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.Severity;

/**
 * 汇总.xlsx (CLI.md): sheet 汇总 (one row per form, one per unreadable file), sheet 问题清单 (every finding) and
 * sheet 统计 (counts by 等级, by finding code and by 主管部门, with a bar chart of the grades). Text taken from a
 * form is always written as a string cell, so a project name beginning with {@code =} stays text.
 *
 * <p>Written as the results come: {@link #add} streams the rows of one file to disk (SXSSF, a window of
 * {@value #ROW_WINDOW} rows in memory) and keeps only the counts 统计 needs, so a batch of any size summarises in
 * flat memory. 统计 is a plain XSSF sheet (it is small and holds the chart), made by {@link #write}.
 */
public final class SummaryWorkbook implements RunOutput {
    /** The summary's file name in the output folder (CLI.md). */
    public static final String FILE_NAME = "汇总.xlsx";
    static final String[] SUMMARY_HEADERS = {"文件", "工作表", "项目名称", "主管部门", "实施单位", "全年预算数",
        "全年执行数", "执行率", "总分", "等级", "错误", "警告", "状态", "主要问题", "达成率", "表样"};
    static final String[] FINDING_HEADERS = {"文件", "工作表", "单元格", "严重程度", "代码", "说明"};
    /** The column of 汇总 a run with a results store adds: the form against its previous round. */
    static final String ROUND_HEADER = "整改情况";
    static final String[] ROUND_HEADERS = {"文件", "工作表", "项目名称", "整改情况", "已整改", "仍有问题", "新增问题",
        "上轮总分", "本轮总分", "上轮等级", "本轮等级", "已整改的问题", "新增的问题"};
    /** 整改情况 of a form checked for the first time. */
    static final String FIRST_ROUND = "首次检查";
    static final String[] GRADES = {"优", "良", "中", "差"};
    private static final int MAIN_PROBLEMS = 3;
    private static final int ROW_WINDOW = 200;

    private final Path outputRoot;
    private final XSSFWorkbook base = new XSSFWorkbook();
    private final SXSSFWorkbook wb = new SXSSFWorkbook(base, ROW_WINDOW);
    private final Styles styles = new Styles(wb);
    private final SXSSFSheet summary = wb.createSheet("汇总");
    private final SXSSFSheet findings = wb.createSheet("问题清单");
    /** 整改情况, or null when the run keeps no results store (no previous round to compare with). */
    private final SXSSFSheet rounds;
    private final String[] summaryHeaders;
    private int summaryRows = 1;
    private int findingRows = 1;
    private int roundRows = 1;
    // what 统计 needs, bounded by the number of grades, codes and departments, not by the number of files
    private final Map<String, Long> byGrade = new HashMap<>();
    /** Keyed by code and severity: WEIGHT_MISSING is a warning on the funds row and an error on an indicator. */
    private final Map<String, Long> byCode = new TreeMap<>();
    private final Map<String, long[]> byDept = new TreeMap<>();
    private long incomplete;
    private long unreadable;

    /** @param outputRoot the folder the scored copies lie in; hyperlinks are relative to it */
    public SummaryWorkbook(Path outputRoot) {
        this(outputRoot, false);
    }

    /**
     * @param outputRoot      the folder the scored copies lie in; hyperlinks are relative to it
     * @param roundComparison the run compares each form with its previous round (a results store): 汇总 gets the
     *                        column 整改情况 and the workbook the sheet 整改情况
     */
    public SummaryWorkbook(Path outputRoot, boolean roundComparison) {
        this.outputRoot = outputRoot;
        if (roundComparison) {
            summaryHeaders = java.util.Arrays.copyOf(SUMMARY_HEADERS, SUMMARY_HEADERS.length + 1);
            summaryHeaders[SUMMARY_HEADERS.length] = ROUND_HEADER;
        } else {
            summaryHeaders = SUMMARY_HEADERS;
        }
        header(summary, summaryHeaders, new int[] {30, 14, 30, 22, 22, 12, 12, 10, 9, 7, 7, 7, 10, 60, 9, 14, 10});
        header(findings, FINDING_HEADERS, new int[] {30, 14, 8, 9, 28, 80});
        rounds = roundComparison ? wb.createSheet(ROUND_HEADER) : null;
        if (rounds != null) {
            header(rounds, ROUND_HEADERS, new int[] {30, 14, 30, 10, 7, 7, 7, 9, 9, 7, 7, 50, 50});
        }
    }

    /** Writes the summary of all results atomically (temporary file, then move). */
    public static void write(List<FileResult> results, Path outputRoot, Path target) throws IOException {
        try (SummaryWorkbook summary = new SummaryWorkbook(outputRoot)) {
            results.forEach(summary::add);
            summary.write(target);
        }
    }

    /** Adds the rows of one file (call in the order the rows should appear). */
    @Override
    public String label() {
        return "汇总表 " + FILE_NAME;
    }

    @Override
    public void add(FileResult file) {
        add(file, null);
    }

    /**
     * Adds the rows of one file with the comparison against its previous round (null: its first round); the
     * comparison is shown only when the workbook was made for it.
     */
    @Override
    public void add(FileResult file, FileResult previousRound) {
        String name = fileName(file);
        if (file.failed()) {
            unreadable++;
            Row row = summary.createRow(summaryRows++);
            text(row, 0, name, styles.text);
            text(row, 12, "无法读取", styles.text);
            text(row, 13, file.error().display(), styles.wrapped);
            return;
        }
        List<RoundChange> changes = previousRound == null ? null : RoundChange.between(previousRound, file);
        for (int i = 0; i < file.forms().size(); i++) {
            FormResult form = file.forms().get(i);
            RoundChange change = changes == null ? null : changes.get(i);
            Row summaryRow = summaryRow(file, name, form);
            if (rounds != null) {
                text(summaryRow, SUMMARY_HEADERS.length, change == null ? FIRST_ROUND : change.status(), styles.text);
                roundRow(name, form, change);
            }
            for (Finding f : form.findings()) {
                Row row = findings.createRow(findingRows++);
                text(row, 0, name, styles.text);
                text(row, 1, form.form().sheet(), styles.text);
                text(row, 2, f.cell(), styles.text);
                text(row, 3, f.severity().label(), styles.text);
                text(row, 4, f.code().name(), styles.text);
                text(row, 5, f.message(), styles.wrapped);
                byCode.merge(f.code().name() + "\t" + f.severity().label(), 1L, Long::sum);
            }
            if (form.funds() == null) {
                incomplete++;
            } else {
                byGrade.merge(form.grade(), 1L, Long::sum);
            }
            var h = form.form().header();
            String dept = h == null || h.department() == null || h.department().isBlank() ? "（未填）"
                    : h.department().text().strip();
            long[] counts = byDept.computeIfAbsent(dept, k -> new long[2]);
            counts[0]++;
            if (form.hasErrors()) {
                counts[1]++;
            }
        }
    }

    /** {@link #write} to {@value #FILE_NAME} in the output folder: the end of a run. */
    @Override
    public void finish() throws IOException {
        write(outputRoot.resolve(FILE_NAME));
    }

    /** Finishes the sheets, adds 统计 and writes the workbook atomically (temporary file, then move). */
    public void write(Path target) throws IOException {
        finish(summary, summaryRows, summaryHeaders.length);
        finish(findings, findingRows, FINDING_HEADERS.length);
        if (rounds != null) {
            finish(rounds, roundRows, ROUND_HEADERS.length);
        }
        writeStatistics(base.createSheet("统计")); // plain XSSF, unknown to the streaming part: kept as built
        AtomicFiles.write(target, wb::write);
    }

    /** Deletes the streamed rows' temporary files. */
    @Override
    public void close() throws IOException {
        wb.close();
    }

    /**
     * One row of 整改情况: the form's findings fixed since its previous round, still open and new (counts, and the
     * fixed and new ones listed), its total and grade before and now.
     */
    private void roundRow(String name, FormResult form, RoundChange change) {
        Row row = rounds.createRow(roundRows++);
        text(row, 0, name, styles.text);
        text(row, 1, form.form().sheet(), styles.text);
        var h = form.form().header();
        text(row, 2, h == null || h.project() == null ? "" : h.project().text(), styles.text);
        if (change == null) {
            text(row, 3, FIRST_ROUND, styles.text);
            number(row, 6, (double) form.findings().size(), styles.integer);
            number(row, 8, form.funds() == null ? null : form.total(), styles.score);
            text(row, 10, form.funds() == null ? "" : form.grade(), styles.text);
            return;
        }
        text(row, 3, change.status(), styles.text);
        number(row, 4, (double) change.fixed().size(), styles.integer);
        number(row, 5, (double) change.open().size(), styles.integer);
        number(row, 6, (double) change.added().size(), styles.integer);
        number(row, 7, change.totalBefore(), change.scoreChanged() ? styles.changedScore : styles.score);
        number(row, 8, change.totalNow(), change.scoreChanged() ? styles.changedScore : styles.score);
        text(row, 9, change.gradeBefore(), styles.text);
        text(row, 10, change.gradeNow(), styles.text);
        text(row, 11, listed(change.fixed()), styles.wrapped);
        text(row, 12, listed(change.added()), styles.wrapped);
    }

    private static String listed(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        findings.forEach(f -> lines.add(f.cell() + " " + f.display()));
        return String.join("；", lines);
    }

    private Row summaryRow(FileResult file, String name, FormResult form) {
        Row row = summary.createRow(summaryRows++);
        Cell link = text(row, 0, name, styles.text);
        if (file.output() != null) {
            link.setHyperlink(fileLink(outputRoot, file.output()));
            link.setCellStyle(styles.link);
        }
        text(row, 1, form.form().sheet(), styles.text);
        var h = form.form().header();
        text(row, 2, h == null || h.project() == null ? "" : h.project().text(), styles.text);
        text(row, 3, h == null || h.department() == null ? "" : h.department().text(), styles.text);
        text(row, 4, h == null || h.unit() == null ? "" : h.unit().text(), styles.text);
        if (form.funds() != null) {
            number(row, 5, form.funds().annual(), styles.amount);
            number(row, 6, form.funds().executed(), styles.amount);
            number(row, 7, form.funds().rate(), styles.percent);
            if (form.scored()) {
                number(row, 8, form.total(), styles.score);
            }
            text(row, 9, form.grade(), styles.text);
            // the share of judged rows achieved: what a form that scores nothing (不评分) shows in place of a total
            number(row, 14, form.achievedShare(), styles.percent);
        }
        number(row, 10, (double) form.count(Severity.ERROR), styles.integer);
        number(row, 11, (double) form.count(Severity.WARNING), styles.integer);
        text(row, 12, file.status() == FileResult.Status.SCORED ? "已评分" : "已检查", styles.text);
        text(row, 13, mainProblems(form), styles.wrapped);
        text(row, 15, form.form().family().chinese() + "（" + form.form().family().id() + "）", styles.text);
        return row;
    }

    private void writeStatistics(XSSFSheet sheet) {
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 10 * 256);
        sheet.setColumnWidth(2, 10 * 256);
        int r = 0;
        titleRow(sheet, r++, "按等级", "表数");
        int gradeFirst = r;
        for (String grade : GRADES) {
            Row row = sheet.createRow(r++);
            text(row, 0, grade, styles.text);
            number(row, 1, (double) byGrade.getOrDefault(grade, 0L), styles.integer);
        }
        int gradeLast = r - 1;
        Row inc = sheet.createRow(r++);
        text(inc, 0, "表格不完整", styles.text);
        number(inc, 1, (double) incomplete, styles.integer);
        Row unr = sheet.createRow(r++);
        text(unr, 0, "无法读取的文件", styles.text);
        number(unr, 1, (double) unreadable, styles.integer);

        r++;
        titleRow(sheet, r++, "按问题代码", "次数", "严重程度");
        for (var e : byCode.entrySet()) {
            String[] codeAndSeverity = e.getKey().split("\t");
            Row row = sheet.createRow(r++);
            text(row, 0, codeAndSeverity[0], styles.text);
            number(row, 1, (double) e.getValue(), styles.integer);
            text(row, 2, codeAndSeverity[1], styles.text);
        }

        r++;
        titleRow(sheet, r++, "按主管部门", "表数", "有错误的表");
        for (var e : byDept.entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, e.getKey(), styles.text);
            number(row, 1, (double) e.getValue()[0], styles.integer);
            number(row, 2, (double) e.getValue()[1], styles.integer);
        }
        gradeChart(sheet, gradeFirst, gradeLast);
        printLandscapeOnePageWide(sheet);
    }

    private static void gradeChart(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 0, 12, 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("等级分布");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> grades = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 1, 1));
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(grades, counts);
        series.setTitle("表数", null);
        // an explicit fill: without one LibreOffice draws the bars invisible
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }

    private static String mainProblems(FormResult form) {
        List<String> lines = new ArrayList<>();
        form.findings().stream().filter(f -> f.severity() == Severity.ERROR).limit(MAIN_PROBLEMS)
                .forEach(f -> lines.add(f.cell() + " " + f.display()));
        if (lines.isEmpty()) {
            form.findings().stream().filter(f -> f.severity() == Severity.WARNING).limit(MAIN_PROBLEMS)
                    .forEach(f -> lines.add(f.cell() + " " + f.display()));
        }
        return String.join("；", lines);
    }

    private static String fileName(FileResult file) {
        return file.file().toString().replace('\\', '/');
    }

    private Hyperlink fileLink(Path outputRoot, Path output) {
        Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        Path relative = outputRoot.toAbsolutePath().normalize().relativize(output.toAbsolutePath().normalize());
        StringBuilder address = new StringBuilder();
        for (Path part : relative) {
            if (address.length() > 0) {
                address.append('/');
            }
            address.append(encode(part.toString()));
        }
        link.setAddress(address.toString());
        return link;
    }

    /** Percent-encodes what a relative URI cannot hold as is; Chinese characters stay (IRI), as Excel writes them. */
    private static String encode(String segment) {
        StringBuilder sb = new StringBuilder();
        for (char c : segment.toCharArray()) {
            if (c == ' ' || c == '%' || c == '#' || c == '?' || c == '[' || c == ']' || c < 0x20) {
                sb.append(String.format("%%%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void header(Sheet sheet, String[] names, int[] widths) {
        titleRow(sheet, 0, names);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** A row of header cells: a sheet's column names, or the head of one 统计 table. */
    private void titleRow(Sheet sheet, int rowIndex, String... names) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < names.length; i++) {
            text(row, i, names[i], styles.header);
        }
    }

    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        printLandscapeOnePageWide(sheet);
    }

    private static void printLandscapeOnePageWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static Cell text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value == null ? "" : value); // a String cell: never a formula, whatever it starts with
        cell.setCellStyle(style);
        return cell;
    }

    private static void number(Row row, int col, Double value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle link;
        final CellStyle amount;
        final CellStyle percent;
        final CellStyle score;
        final CellStyle integer;
        /** A total or grade that differs from the previous round's: the same number format on a yellow fill. */
        final CellStyle changedScore;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = wb.createCellStyle();
            text.setWrapText(false);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(blue);
            var format = wb.createDataFormat();
            amount = wb.createCellStyle();
            amount.setDataFormat(format.getFormat("#,##0.00"));
            percent = wb.createCellStyle();
            percent.setDataFormat(format.getFormat("0.00%"));
            score = wb.createCellStyle();
            score.setDataFormat(format.getFormat("0.00"));
            integer = wb.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
            changedScore = wb.createCellStyle();
            changedScore.cloneStyleFrom(score);
            changedScore.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            changedScore.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
