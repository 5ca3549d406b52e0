package org.selfeval.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.selfeval.model.ProjectList;
import org.selfeval.model.ReportText;

/**
 * The parts of a submission beside its forms (RULES.md §10): the 项目清单 (a sheet or Word table with a
 * 序号 and a 项目名称 column) and the 绩效评价报告 (a workbook sheet of running text, or a Word document's
 * paragraphs), read into the plain model.
 */
public final class SubmissionTexts {
    /** Rows searched for the list's header, and read below it. */
    private static final int HEADER_ROWS = 20;
    private static final int LIST_ROWS = 500;
    /** A report sheet is named so, or holds at least this many cells of running text. */
    private static final int REPORT_CELLS = 3;
    private static final int RUNNING_TEXT = 40;
    /** A Word paragraph starting a report: short, naming a 报告, not a sentence. */
    private static final int TITLE_LIMIT = 60;

    private SubmissionTexts() {
    }

    /**
     * The 项目清单 on a sheet (a workbook's cover, or a Word table's sheet of {@link WordDocumentView}), or empty
     * when the sheet has no 序号 + 项目名称 header row.
     *
     * @param where the place of a cell as findings name it, from the sheet name and A1 address
     */
    public static Optional<ProjectList> projectList(Sheet sheet, BiFunction<String, String, String> where) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int number = -1;
            int name = -1;
            for (Cell cell : row) {
                String label = LabelText.normalize(formatter.formatCellValue(cell));
                if (label.equals("序号")) {
                    number = cell.getColumnIndex();
                } else if (label.equals("项目名称")) {
                    name = cell.getColumnIndex();
                }
            }
            if (number >= 0 && name >= 0) {
                return Optional.of(entries(sheet, r, name, formatter, where));
            }
        }
        return Optional.empty();
    }

    private static ProjectList entries(Sheet sheet, int header, int col, DataFormatter formatter,
                                       BiFunction<String, String, String> where) {
        List<ProjectList.Entry> entries = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), header + LIST_ROWS);
        for (int r = header + 1; r <= last; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(col);
            String text = cell == null ? "" : formatter.formatCellValue(cell).strip();
            String label = LabelText.normalize(text);
            if (text.isEmpty() || label.equals("合计") || label.equals("小计")) {
                continue;
            }
            entries.add(new ProjectList.Entry(where.apply(sheet.getSheetName(), new CellReference(r, col).formatAsString(false)),
                    text));
        }
        return new ProjectList(entries);
    }

    /**
     * The report on a workbook sheet that holds no form: a sheet named …报告…, or one with at least
     * {@value #REPORT_CELLS} cells of running text ({@value #RUNNING_TEXT} characters or more). Each non-empty
     * cell is a paragraph, named {@code 工作表!A5}; the title is the first cell when it is short, else the sheet name.
     */
    public static Optional<ReportText> reportSheet(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<ReportText.Paragraph> paragraphs = new ArrayList<>();
        int running = 0;
        for (Row row : sheet) {
            if (row.getRowNum() >= LIST_ROWS * 4) {
                break;
            }
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.length() >= RUNNING_TEXT) {
                    running++;
                }
                paragraphs.add(new ReportText.Paragraph(sheet.getSheetName() + "!"
                        + new CellReference(row.getRowNum(), cell.getColumnIndex()).formatAsString(false), text));
            }
        }
        if (paragraphs.isEmpty() || !sheet.getSheetName().contains("报告") && running < REPORT_CELLS) {
            return Optional.empty();
        }
        String first = paragraphs.get(0).text();
        return Optional.of(new ReportText(first.length() <= TITLE_LIMIT ? first : sheet.getSheetName(), paragraphs));
    }

    /** A report found in a Word document, and how many tables come before its title. */
    public record WordReport(ReportText text, int tablesAbove) {
    }

    /**
     * The reports of a Word document: each starts at a short paragraph naming a 报告 (e.g.
     * {@code 困难职工帮扶送温暖项目绩效评价报告}) and runs to the next such paragraph or the next table. Its paragraphs
     * are named {@code 报告第N段}, N counting the document's paragraphs outside tables from the top.
     */
    public static List<WordReport> wordReports(WordDocumentView view) {
        List<WordReport> reports = new ArrayList<>();
        String title = null;
        int tablesAbove = 0;
        List<ReportText.Paragraph> paragraphs = new ArrayList<>();
        for (WordDocumentView.BodyParagraph p : view.paragraphs()) {
            String text = p.text().strip();
            boolean newTable = title != null && p.tablesAbove() != tablesAbove;
            if (isReportTitle(text) || newTable) {
                if (title != null) {
                    reports.add(new WordReport(new ReportText(title, paragraphs), tablesAbove));
                }
                title = isReportTitle(text) ? text : null;
                tablesAbove = p.tablesAbove();
                paragraphs = new ArrayList<>();
            }
            if (title != null && !text.isEmpty()) {
                paragraphs.add(new ReportText.Paragraph("报告" + p.address(), text));
            }
        }
        if (title != null) {
            reports.add(new WordReport(new ReportText(title, paragraphs), tablesAbove));
        }
        return reports;
    }

    private static boolean isReportTitle(String text) {
        String compact = LabelText.compact(text);
        return compact.length() <= TITLE_LIMIT && compact.contains("报告") && !compact.endsWith("。")
                && !compact.contains("，");
    }
}
