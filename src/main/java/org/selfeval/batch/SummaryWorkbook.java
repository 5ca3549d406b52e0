package org.selfeval.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
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
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.app.FileResult;
import org.selfeval.app.RoundChange;
import org.selfeval.app.RunOutput;
import org.selfeval.app.SkippedFile;
import org.selfeval.io.AtomicFiles;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.model.Severity;
import org.selfeval.write.TextLayout;

/**
 * 汇总.xlsx (CLI.md, docs/report.md): sheet 汇总 (one row per form, one per unreadable file; unreadable files and
 * forms with errors first, coloured), sheet 问题清单 (every finding, with the project, the department and the
 * Chinese name of its kind) and sheet 统计 (counts by 等级 with a bar chart, by 问题类型 most frequent first, by
 * 县/区 and by 主管部门). Amounts are in 万元 whatever unit the form used, so they can be compared and summed.
 * Text taken from a form is always written as a string cell, so a project name beginning with {@code =} stays
 * text. Every text cell wraps and every row is given the height its text needs (no program grows rows on
 * opening); every sheet prints on A4 landscape, one page wide, with its header row repeated.
 *
 * <p>问题清单 is streamed as the results come (SXSSF, a window of {@value #ROW_WINDOW} rows in memory). The 汇总
 * rows are kept as small records (a few hundred bytes per form, not the form) until {@link #write}, which sorts
 * them worst first; 统计 keeps only counts and is a plain XSSF sheet (it is small and holds the chart).
 */
public final class SummaryWorkbook implements RunOutput {
    /** The summary's file name in the output folder (CLI.md). */
    public static final String FILE_NAME = "汇总.xlsx";
    /** The 表 column of 问题清单 for a finding about the file as a whole (LIST_FORM_MISMATCH), not one of its forms. */
    static final String WHOLE_FILE = "（文件整体）";
    /** The column of 汇总 a run with a results store adds (after every {@link Column}): the form against its
     * file's previous version; also the name of the sheet that details it. */
    static final String ROUND_HEADER = "整改情况";
    static final String[] ROUND_HEADERS = {"文件", "工作表", "项目名称", "整改情况", "已整改", "仍有问题", "新增问题",
        "上轮总分", "本轮总分", "上轮等级", "本轮等级", "已整改的问题", "新增的问题"};
    private static final int ROUND_COLUMN_WIDTH = 10;
    /** The widths of 整改情况's columns, in half-width characters. */
    private static final int[] ROUND_WIDTHS = {20, 8, 18, 10, 7, 7, 7, 9, 9, 7, 7, 40, 40};
    /** 整改情况 of a form whose file has no earlier version checked (the first version submitted). */
    static final String FIRST_VERSION = "首次提交";
    /** The sheet listing the files under the input folder that were not processed, with why. */
    public static final String SKIPPED_SHEET = "未处理的文件";
    private static final String[] SKIPPED_HEADERS = {"文件", "原因", "代码"};
    private static final int[] SKIPPED_WIDTHS = {40, 50, 18};
    static final String[] GRADES = {"优", "良", "中", "差"};
    private static final int MAIN_PROBLEMS = 3;
    private static final int ROW_WINDOW = 200;
    /** 执行率 below this is highlighted in 汇总 (a rate under 90 % loses funds points, RULES.md §5). */
    private static final double LOW_RATE = 0.9;

    /** The columns of sheet 汇总, in order, with their widths in half-width characters. */
    public enum Column {
        COUNTY("县/区", 6), FILE("文件", 20), LINK("评分表", 6), SHEET("工作表", 8), LAYOUT("表样", 12),
        PROJECT("项目名称", 18),
        DEPARTMENT("主管部门", 12), UNIT("实施单位", 12), ANNUAL("全年预算数（万元）", 11),
        EXECUTED("全年执行数（万元）", 11), RATE("执行率", 8), TOTAL("总分", 7), GRADE("等级", 8),
        ACHIEVED("达成率", 8), ERRORS("错误", 5), WARNINGS("警告", 5), STATUS("状态", 7), PROBLEMS("主要问题", 36);

        final String title;
        final int width;

        Column(String title, int width) {
            this.title = title;
            this.width = width;
        }

        public int index() {
            return ordinal();
        }
    }

    /** The columns of sheet 问题清单. */
    public enum FindingColumn {
        COUNTY("县/区", 6), FILE("文件", 20), SHEET("工作表", 8), PROJECT("项目名称", 18), DEPARTMENT("主管部门", 12),
        CELL("单元格", 7), SEVERITY("严重程度", 6), KIND("问题类型", 16), MESSAGE("说明", 44), CODE("代码", 22);

        final String title;
        final int width;

        FindingColumn(String title, int width) {
            this.title = title;
            this.width = width;
        }

        public int index() {
            return ordinal();
        }
    }

    private final Path inputRoot;
    private final Path outputRoot;
    private final List<SkippedFile> skipped;
    private final XSSFWorkbook base = new XSSFWorkbook();
    private final SXSSFWorkbook wb = new SXSSFWorkbook(base, ROW_WINDOW) {
        /** The fastest deflate: most of writing 汇总 was compressing its sheets; the file is about a third larger. */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    private final Styles plain = new Styles(wb, null);
    /** Light red (misty rose): a whole row in the palette's rose would drown the conditional colours. */
    static final byte[] ALARM_FILL = {(byte) 0xFF, (byte) 0xE4, (byte) 0xE1};
    private final Styles alarm = new Styles(wb, new XSSFColor(ALARM_FILL));
    /** A total or grade that differs from the previous version's (整改情况): the score format on a yellow fill. */
    private final CellStyle changedScore = new Styles(wb, new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF,
        (byte) 0xCC})).score;
    private final CellStyle header = headerStyle(wb);
    private final SXSSFSheet summary = wb.createSheet("汇总");
    private final SXSSFSheet findings = wb.createSheet("问题清单");
    /** 整改情况, or null when the run keeps no results store (no previous version to compare with). */
    private final SXSSFSheet rounds;
    private int roundRows = 1;
    private final List<Line> lines = new ArrayList<>();
    private int findingRows = 1;
    // what 统计 needs, bounded by the number of grades, codes, counties and departments, not by the files
    private final Map<String, Long> byGrade = new HashMap<>();
    /** Keyed by code and severity: WEIGHT_MISSING is a warning on the funds row and an error on an indicator. */
    private final Map<CodeAndSeverity, Long> byCode = new HashMap<>();
    private final Map<String, long[]> byCounty = new TreeMap<>();
    private final Map<String, long[]> byDept = new TreeMap<>();
    private long incomplete;
    private long unreadable;

    /**
     * @param inputRoot  the batch folder: files are shown relative to it, and its first folder level is 县/区
     * @param outputRoot the folder 汇总.xlsx and the scored copies lie in; hyperlinks are relative to it
     */
    public SummaryWorkbook(Path inputRoot, Path outputRoot) {
        this(inputRoot, outputRoot, false);
    }

    /**
     * @param inputRoot       the batch folder: files are shown relative to it, and its first folder level is 县/区
     * @param outputRoot      the folder 汇总.xlsx and the scored copies lie in; hyperlinks are relative to it
     * @param roundComparison the run compares each form with its file's previous version (a results store): 汇总 gets the
     *                        column 整改情况 after its columns and the workbook the sheet 整改情况
     */
    public SummaryWorkbook(Path inputRoot, Path outputRoot, boolean roundComparison) {
        this(inputRoot, outputRoot, roundComparison, List.of());
    }

    /**
     * @param skipped what lies under the input folder and is not processed: listed in the sheet
     *                {@value #SKIPPED_SHEET} (only when there is any) and counted in 统计
     */
    public SummaryWorkbook(Path inputRoot, Path outputRoot, boolean roundComparison, List<SkippedFile> skipped) {
        this.skipped = skipped;
        this.inputRoot = inputRoot.toAbsolutePath().normalize();
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
        int columns = summaryColumns(roundComparison);
        titleRow(summary, 0, columns, i -> i < Column.values().length ? Column.values()[i].title : ROUND_HEADER,
                SummaryWorkbook::summaryWidth);
        titleRow(findings, 0, FindingColumn.values().length, i -> FindingColumn.values()[i].title,
                i -> FindingColumn.values()[i].width);
        rounds = roundComparison ? wb.createSheet(ROUND_HEADER) : null;
        if (rounds != null) {
            titleRow(rounds, 0, ROUND_HEADERS.length, i -> ROUND_HEADERS[i], i -> ROUND_WIDTHS[i]);
        }
    }

    /** The width of a 汇总 column, in half-width characters: a {@link Column}'s, or the 整改情况 column's. */
    private static int summaryWidth(int column) {
        return column < Column.values().length ? Column.values()[column].width : ROUND_COLUMN_WIDTH;
    }

    private static int summaryColumns(boolean roundComparison) {
        return Column.values().length + (roundComparison ? 1 : 0);
    }

    /** What it is, in the line that says it could not be written. */
    public static final String LABEL = "汇总表 " + FILE_NAME;

    @Override
    public String label() {
        return LABEL;
    }

    /** Writes the summary of all results atomically (temporary file, then move). */
    public static void write(List<FileResult> results, Path inputRoot, Path outputRoot, Path target)
            throws IOException {
        try (SummaryWorkbook summary = new SummaryWorkbook(inputRoot, outputRoot)) {
            results.forEach(summary::add);
            summary.write(target);
        }
    }

    /** Adds the rows of one file (files of one rank keep the order they are added in). */
    @Override
    public void add(FileResult file) {
        add(file, null);
    }

    /**
     * Adds the rows of one file with the comparison against its previous version (null: its first), the last
     * other bytes checked under its name; the comparison is shown only when the workbook was made for it.
     */
    @Override
    public void add(FileResult file, FileResult previousVersion) {
        Path relative = relative(file.file());
        String name = slashed(relative);
        String county = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        if (file.failed()) {
            unreadable++;
            lines.add(Line.unreadable(county, name, file.error().display()));
            return;
        }
        List<RoundChange> changes = previousVersion == null ? null : RoundChange.between(previousVersion, file);
        for (int i = 0; i < file.forms().size(); i++) {
            FormResult form = file.forms().get(i);
            RoundChange change = changes == null ? null : changes.get(i);
            String round = rounds == null ? null : change == null ? FIRST_VERSION : change.status();
            lines.add(line(file, county, name, form, round));
            if (rounds != null) {
                roundRow(name, form, change);
            }
            String project = text(form.form().header() == null ? null : form.form().header().project());
            String dept = text(form.form().header() == null ? null : form.form().header().department());
            for (Finding f : bySeverity(form.findings())) {
                findingRow(county, name, form.form().sheet(), project, dept, f);
                byCode.merge(new CodeAndSeverity(f.code(), f.severity()), 1L, Long::sum);
            }
            if (form.funds() == null) {
                incomplete++;
            } else {
                byGrade.merge(form.grade(), 1L, Long::sum);
            }
            count(byDept, dept.isBlank() ? "（未填）" : dept.strip(), form);
            if (!county.isEmpty()) {
                count(byCounty, county, form);
            }
        }
        for (Finding f : bySeverity(file.findings())) {
            findingRow(county, name, WHOLE_FILE, "", "", f);
            byCode.merge(new CodeAndSeverity(f.code(), f.severity()), 1L, Long::sum);
        }
    }

    /** {@link #write} to {@value #FILE_NAME} in the output folder: the end of a run. */
    @Override
    public void finish() throws IOException {
        write(outputRoot.resolve(FILE_NAME));
    }

    /** Sorts and writes the 汇总 rows, finishes the sheets, adds 统计, writes the workbook atomically. */
    public void write(Path target) throws IOException {
        lines.sort(Comparator.comparingInt(Line::rank)); // stable: within a rank, the order of add
        int r = 1;
        for (Line line : lines) {
            summaryRow(r++, line);
        }
        finish(summary, r, summaryColumns(rounds != null));
        highlightRateAndGrade(r);
        finish(findings, findingRows, FindingColumn.values().length);
        if (rounds != null) {
            finish(rounds, roundRows, ROUND_HEADERS.length);
        }
        writeStatistics(base.createSheet("统计")); // plain XSSF, unknown to the streaming part: kept as built
        if (!skipped.isEmpty()) {
            writeSkipped(wb.createSheet(SKIPPED_SHEET));
        }
        AtomicFiles.write(target, wb::write);
    }

    /** Deletes the streamed rows' temporary files. */
    @Override
    public void close() throws IOException {
        wb.close();
    }

    /**
     * One 汇总 row, kept until the end so the rows can be sorted. Amounts are already in 万元.
     *
     * @param rank 0 an unreadable file, 1 a form with errors, 2 with warnings only, 3 without either
     */
    private record Line(int rank, String county, String file, Path output, String sheet, String layout,
                        String project, String department, String unit, Double annual, Double executed, Double rate, Double total,
                        String grade, Double achieved, Long errors, Long warnings, String status, String problems,
                        String round) {
        static Line unreadable(String county, String file, String reason) {
            return new Line(0, county, file, null, "", "", "", "", "", null, null, null, null, "", null, null, null,
                    "无法读取", reason, null);
        }

        boolean alarming() {
            return rank < 2;
        }
    }

    /** @param round 整改情况 against the previous version, null when the workbook shows no round comparison */
    private Line line(FileResult file, String county, String name, FormResult form, String round) {
        var h = form.form().header();
        long errors = form.count(Severity.ERROR);
        long warnings = form.count(Severity.WARNING);
        int rank = errors > 0 ? 1 : warnings > 0 ? 2 : 3;
        FormResult.FundsResult funds = form.funds();
        Form.Funds block = form.form().funds();
        Double annual = null;
        Double executed = null;
        if (funds != null) {
            annual = block == null ? funds.annual() : block.inWanYuan(funds.annual());
            executed = block == null ? funds.executed() : block.inWanYuan(funds.executed());
        }
        // the template family the form was read as (docs/layouts.md), e.g. 宁夏（ningxia）
        String layout = form.form().family().chinese() + "（" + form.form().family().id() + "）";
        return new Line(rank, county, name, file.output(), form.form().sheet(), layout,
                text(h == null ? null : h.project()), text(h == null ? null : h.department()),
                text(h == null ? null : h.unit()), annual, executed, funds == null ? null : funds.rate(),
                // a form that scores nothing (不评分) has no total; its 达成率 (share of judged rows achieved) stands in
                funds == null || !form.scored() ? null : form.total(), funds == null ? "" : form.grade(),
                funds == null ? null : form.achievedShare(), errors, warnings,
                file.status() == FileResult.Status.SCORED ? "已评分" : "已检查", mainProblems(form), round);
    }

    private void summaryRow(int rowIndex, Line line) {
        Row row = summary.createRow(rowIndex);
        Styles s = line.alarming() ? alarm : plain;
        text(row, Column.COUNTY.index(), line.county(), s.text);
        text(row, Column.FILE.index(), line.file(), s.text);
        if (line.output() != null) {
            // the link has a cell of its own: LibreOffice does not wrap a cell holding a link, a long name would be cut
            Cell open = text(row, Column.LINK.index(), "打开", s.link);
            XSSFHyperlink link = (XSSFHyperlink) wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
            link.setAddress(relativeAddress(outputRoot, line.output()));
            link.setTooltip(line.output().toAbsolutePath().normalize().toString());
            open.setHyperlink(link);
        }
        text(row, Column.SHEET.index(), line.sheet(), s.text);
        text(row, Column.LAYOUT.index(), line.layout(), s.text);
        text(row, Column.PROJECT.index(), line.project(), s.text);
        text(row, Column.DEPARTMENT.index(), line.department(), s.text);
        text(row, Column.UNIT.index(), line.unit(), s.text);
        number(row, Column.ANNUAL.index(), line.annual(), s.amount);
        number(row, Column.EXECUTED.index(), line.executed(), s.amount);
        number(row, Column.RATE.index(), line.rate(), s.percent);
        number(row, Column.TOTAL.index(), line.total(), s.score);
        text(row, Column.GRADE.index(), line.grade(), s.centred);
        number(row, Column.ACHIEVED.index(), line.achieved(), s.percent);
        number(row, Column.ERRORS.index(), line.errors() == null ? null : line.errors().doubleValue(), s.integer);
        number(row, Column.WARNINGS.index(), line.warnings() == null ? null : line.warnings().doubleValue(),
                s.integer);
        text(row, Column.STATUS.index(), line.status(), s.text);
        text(row, Column.PROBLEMS.index(), line.problems(), s.text);
        if (line.round() != null) {
            text(row, Column.values().length, line.round(), s.text);
        }
        fitHeight(row, SummaryWorkbook::summaryWidth);
    }

    /**
     * One row of 整改情况: the form's findings fixed since its file's previous version, still open and new (counts, and the
     * fixed and new ones listed), its total and grade before and now.
     */
    private void roundRow(String name, FormResult form, RoundChange change) {
        Row row = rounds.createRow(roundRows++);
        text(row, 0, name, plain.text);
        text(row, 1, form.form().sheet(), plain.text);
        text(row, 2, text(form.form().header() == null ? null : form.form().header().project()), plain.text);
        if (change == null) {
            text(row, 3, FIRST_VERSION, plain.text);
            number(row, 6, (double) form.findings().size(), plain.integer);
            number(row, 8, form.funds() == null || !form.scored() ? null : form.total(), plain.score);
            text(row, 10, form.funds() == null ? "" : form.grade(), plain.text);
        } else {
            text(row, 3, change.status(), plain.text);
            number(row, 4, (double) change.fixed().size(), plain.integer);
            number(row, 5, (double) change.open().size(), plain.integer);
            number(row, 6, (double) change.added().size(), plain.integer);
            number(row, 7, change.totalBefore(), change.scoreChanged() ? changedScore : plain.score);
            number(row, 8, change.totalNow(), change.scoreChanged() ? changedScore : plain.score);
            text(row, 9, change.gradeBefore(), plain.text);
            text(row, 10, change.gradeNow(), plain.text);
            text(row, 11, listed(change.fixed()), plain.text);
            text(row, 12, listed(change.added()), plain.text);
        }
        fitHeight(row, i -> ROUND_WIDTHS[i]);
    }

    private static String listed(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        findings.forEach(f -> lines.add(f.cell() + " " + f.display()));
        return String.join("；", lines);
    }

    private void findingRow(String county, String name, String sheet, String project, String dept, Finding f) {
        Row row = findings.createRow(findingRows++);
        Styles s = f.severity() == Severity.ERROR ? alarm : plain;
        text(row, FindingColumn.COUNTY.index(), county, plain.text);
        text(row, FindingColumn.FILE.index(), name, plain.text);
        text(row, FindingColumn.SHEET.index(), sheet, plain.text);
        text(row, FindingColumn.PROJECT.index(), project, plain.text);
        text(row, FindingColumn.DEPARTMENT.index(), dept, plain.text);
        text(row, FindingColumn.CELL.index(), f.cell(), plain.text);
        text(row, FindingColumn.SEVERITY.index(), f.severity().label(), s.text);
        text(row, FindingColumn.KIND.index(), f.code().chineseName(), plain.text);
        text(row, FindingColumn.MESSAGE.index(), f.message(), plain.text);
        text(row, FindingColumn.CODE.index(), f.code().name(), plain.text);
        fitHeight(row, i -> FindingColumn.values()[i].width);
    }

    /** 执行率 under 90 % in orange, 等级 差 in red and 中 in yellow: conditional, so they follow a re-sort. */
    private void highlightRateAndGrade(int rows) {
        if (rows < 2) {
            return;
        }
        SheetConditionalFormatting cf = summary.getSheetConditionalFormatting();
        String rate = CellReference.convertNumToColString(Column.RATE.index()) + "2";
        ConditionalFormattingRule low = cf.createConditionalFormattingRule(
                "AND(ISNUMBER(" + rate + ")," + rate + "<" + LOW_RATE + ")");
        low.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        low.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        cf.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(1, rows - 1, Column.RATE.index(), Column.RATE.index())}, low);
        ConditionalFormattingRule poor = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"差\"");
        poor.createPatternFormatting().setFillBackgroundColor(IndexedColors.RED.getIndex());
        poor.createFontFormatting().setFontColorIndex(IndexedColors.WHITE.getIndex());
        ConditionalFormattingRule middling = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"中\"");
        middling.createPatternFormatting().setFillBackgroundColor(IndexedColors.YELLOW.getIndex());
        cf.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(1, rows - 1, Column.GRADE.index(), Column.GRADE.index())}, poor, middling);
    }

    private void writeStatistics(XSSFSheet sheet) {
        int[] widths = {24, 8, 12, 28};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int r = 0;
        statsHead(sheet, r++, "按等级", "表数");
        int gradeFirst = r;
        for (String grade : GRADES) {
            statsRow(sheet, r++, grade, byGrade.getOrDefault(grade, 0L));
        }
        int gradeLast = r - 1;
        statsRow(sheet, r++, "表格不完整", incomplete);
        statsRow(sheet, r++, "无法读取的文件", unreadable);
        if (!skipped.isEmpty()) {
            statsRow(sheet, r++, "未处理的文件（见“" + SKIPPED_SHEET + "”表）", skipped.size());
        }
        long unscored = byGrade.getOrDefault(FormResult.UNSCORED_GRADE, 0L);
        if (unscored > 0) {
            statsRow(sheet, r++, "不评分（表中无分值、得分）", unscored);
        }

        r++;
        statsHead(sheet, r++, "按问题类型（最多的在前）", "次数", "严重程度", "代码");
        List<Map.Entry<CodeAndSeverity, Long>> codes = new ArrayList<>(byCode.entrySet());
        codes.sort(Map.Entry.<CodeAndSeverity, Long>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().severity()).thenComparing(e -> e.getKey().code()));
        for (var e : codes) {
            Row row = statsRow(sheet, r++, e.getKey().code().chineseName(), e.getValue());
            text(row, 2, e.getKey().severity().label(), plain.text);
            text(row, 3, e.getKey().code().name(), plain.text);
        }
        if (!byCounty.isEmpty()) {
            r++;
            r = groupTable(sheet, r, "按县/区", byCounty);
        }
        r++;
        groupTable(sheet, r, "按主管部门", byDept);
        for (Row row : sheet) {
            fitHeight(row, i -> sheet.getColumnWidth(i) / 256);
        }
        gradeChart(sheet, gradeFirst, gradeLast);
        printSetup(sheet);
    }

    /** One row per file or folder not processed: its path, the reason in Chinese, the code. */
    private void writeSkipped(Sheet sheet) {
        titleRow(sheet, 0, SKIPPED_HEADERS.length, i -> SKIPPED_HEADERS[i], i -> SKIPPED_WIDTHS[i]);
        int r = 1;
        for (SkippedFile s : skipped) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.file(), plain.text);
            text(row, 1, s.message(), plain.text);
            text(row, 2, s.reason().code(), plain.text);
            fitHeight(row, i -> SKIPPED_WIDTHS[i]);
        }
        finish(sheet, r, SKIPPED_HEADERS.length);
    }

    private int groupTable(XSSFSheet sheet, int r, String title, Map<String, long[]> groups) {
        statsHead(sheet, r++, title, "表数", "有错误的表");
        for (var e : groups.entrySet()) {
            Row row = statsRow(sheet, r++, e.getKey(), e.getValue()[0]);
            number(row, 2, (double) e.getValue()[1], plain.integer);
        }
        return r;
    }

    private void statsHead(Sheet sheet, int rowIndex, String... names) {
        titleRow(sheet, rowIndex, names.length, i -> names[i], i -> 0);
    }

    private Row statsRow(Sheet sheet, int rowIndex, String name, long count) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, name, plain.text);
        number(row, 1, (double) count, plain.integer);
        return row;
    }

    private static void gradeChart(XSSFSheet sheet, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 0, 12, 16);
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

    /** The first errors (or, when there is none, warnings), one a line, Chinese name first, the code last. */
    private static String mainProblems(FormResult form) {
        List<String> lines = new ArrayList<>();
        form.findings().stream().filter(f -> f.severity() == Severity.ERROR).limit(MAIN_PROBLEMS)
                .forEach(f -> lines.add(f.cell() + " " + f.display()));
        if (lines.isEmpty()) {
            form.findings().stream().filter(f -> f.severity() == Severity.WARNING).limit(MAIN_PROBLEMS)
                    .forEach(f -> lines.add(f.cell() + " " + f.display()));
        }
        return String.join("\n", lines);
    }

    /** Errors, then warnings, then notes; sheet order within each. */
    private static List<Finding> bySeverity(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        return sorted;
    }

    private static void count(Map<String, long[]> groups, String key, FormResult form) {
        long[] counts = groups.computeIfAbsent(key, k -> new long[2]);
        counts[0]++;
        if (form.hasErrors()) {
            counts[1]++;
        }
    }

    /** The path's names joined by {@code /} (a backslash inside a Linux file name stays as it is). */
    private static String slashed(Path path) {
        StringBuilder sb = new StringBuilder(path.isAbsolute() && path.getRoot() != null
                ? path.getRoot().toString().replace('\\', '/') : "");
        for (Path part : path) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** The file relative to the batch folder; as given when it lies elsewhere. */
    private Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(inputRoot) && !absolute.equals(inputRoot) ? inputRoot.relativize(absolute)
                : file;
    }

    /**
     * A relative URI from {@code from} (the folder 汇总.xlsx lies in) to {@code target}: each path segment
     * percent-encoded by {@link URI} (space, {@code { } | ^ " \ ` < > % # ? [ ]} and control characters; CJK
     * stays as Excel writes it), and {@code :} too so no segment reads as a URI scheme. A relative link keeps
     * working when the whole output folder is moved or opened from another PC's drive letter.
     */
    static String relativeAddress(Path from, Path target) {
        Path relative = from.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize());
        StringBuilder address = new StringBuilder();
        for (Path part : relative) {
            if (address.length() > 0) {
                address.append('/');
            }
            try {
                String encoded = new URI(null, null, "./" + part, null).getRawPath().substring(2);
                address.append(encoded.replace(":", "%3A"));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e); // the four-argument constructor quotes what it cannot hold
            }
        }
        return address.toString();
    }

    private static String text(org.selfeval.model.CellValue cell) {
        return cell == null ? "" : cell.text().strip();
    }

    private record CodeAndSeverity(FindingCode code, Severity severity) {
    }

    /** A header row; widths (in half-width characters) set when > 0; the row as tall as its longest title. */
    private void titleRow(Sheet sheet, int rowIndex, int count, java.util.function.IntFunction<String> names,
                          java.util.function.IntUnaryOperator widths) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < count; i++) {
            text(row, i, names.apply(i), header);
            if (widths.applyAsInt(i) > 0) {
                sheet.setColumnWidth(i, widths.applyAsInt(i) * 256);
            }
        }
        fitHeight(row, i -> sheet.getColumnWidth(i) / 256);
    }

    /** Gives the row the height its tallest wrapped text cell needs. */
    private static void fitHeight(Row row, java.util.function.IntUnaryOperator widthOfColumn) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                lines = Math.max(lines, TextLayout.cellLines(cell.getStringCellValue(),
                        widthOfColumn.applyAsInt(cell.getColumnIndex())));
            }
        }
        row.setHeightInPoints(TextLayout.rowHeight(lines));
    }

    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
        printSetup(sheet);
    }

    /** A4 landscape, one page wide, narrow margins, page numbers in the footer. */
    private static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页"); // &P page, &N pages (Excel header codes)
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

    private static CellStyle headerStyle(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        return header;
    }

    /** The cell styles of one kind of row: plain, or filled (an unreadable file, a form with errors). */
    private static final class Styles {
        final CellStyle text;
        final CellStyle centred;
        final CellStyle link;
        final CellStyle amount;
        final CellStyle percent;
        final CellStyle score;
        final CellStyle integer;

        Styles(Workbook wb, XSSFColor fill) {
            var format = wb.createDataFormat();
            text = style(wb, fill);
            text.setWrapText(true);
            centred = style(wb, fill);
            centred.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = style(wb, fill);
            link.setWrapText(true);
            link.setFont(blue);
            amount = style(wb, fill);
            amount.setDataFormat(format.getFormat("#,##0.00"));
            percent = style(wb, fill);
            percent.setDataFormat(format.getFormat("0.00%"));
            score = style(wb, fill);
            score.setDataFormat(format.getFormat("0.00"));
            integer = style(wb, fill);
            integer.setDataFormat(format.getFormat("0"));
        }

        private static CellStyle style(Workbook wb, XSSFColor fill) {
            XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            if (fill != null) {
                style.setFillForegroundColor(fill);
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }
    }
}
