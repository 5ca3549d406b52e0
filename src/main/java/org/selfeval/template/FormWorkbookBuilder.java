package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.selfeval.template.FormSpec.FundsRowSpec;
import org.selfeval.template.FormSpec.IndicatorSpec;
import org.selfeval.template.FormStyles.Kind;
import org.selfeval.template.RenderedForm.Columns;

/**
 * Draws a {@link FormSpec} onto a new sheet of a workbook (.xls or .xlsx) in a {@link Layout}: the
 * official form's rows, merges, borders, fonts, widths and print settings. One builder per workbook, so
 * the forms on it share their cell styles.
 */
public final class FormWorkbookBuilder {
    private final Workbook workbook;
    private final FormStyles styles;

    public FormWorkbookBuilder(Workbook workbook) {
        this.workbook = Objects.requireNonNull(workbook);
        this.styles = new FormStyles(workbook);
    }

    /** Draws the form on a new sheet named {@code sheetName} (made safe for Excel) and says where it went. */
    public RenderedForm render(String sheetName, FormSpec spec, Layout layout) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        SheetWriter out = new SheetWriter(sheet, styles, layout.numbersAsText());
        if (spec.hebei()) {
            return new HebeiDrawing(out, spec, layout).draw();
        }
        return spec.family() != null ? new FamilyDrawing(out, spec, layout).draw()
                : new Drawing(out, spec, layout).draw();
    }

    /** Draws a cover sheet such as 项目清单 (a heading line, a title, 序号 / 项目名称 / 备注 rows). */
    public Sheet renderCover(String sheetName, FormSpec.CoverSpec cover) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        SheetWriter out = new SheetWriter(sheet, styles, false);
        int width = Math.max(1, cover.columns().size());
        out.text(0, 0, cover.heading(), Kind.NOTE);
        out.text(1, 0, cover.title(), Kind.TITLE);
        out.merge(1, 1, 0, width - 1);
        for (int c = 0; c < cover.columns().size(); c++) {
            out.text(2, c, cover.columns().get(c), Kind.HEADER);
        }
        int r = 3;
        for (FormSpec.CoverItem item : cover.items()) {
            out.value(r, 0, item.no());
            out.text(r, 1, item.name(), Kind.TEXT);
            out.text(r, 2, item.remark(), Kind.TEXT);
            r++;
        }
        out.frame(2, r - 1, 0, width - 1);
        sheet.setColumnWidth(0, 6 * 2 * 256);
        sheet.setColumnWidth(1, 24 * 2 * 256);
        sheet.setColumnWidth(2, 10 * 2 * 256);
        printOnA4OnePageWide(sheet);
        return sheet;
    }

    /** A4, as many pages down as needed but one page wide. */
    static void printOnA4OnePageWide(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true); // .xls: without it LibreOffice ignores fit-to-page
    }

    /** Unrelated lines before a moved table, as attachments often carry (every drawing of a form). */
    static void clutter(SheetWriter out, FormSpec spec, Layout layout) {
        if (layout.clutter() && layout.originRow() >= 2) {
            out.text(0, 0, "附件2", Kind.NOTE);
            out.text(1, 0, "填报日期：" + Objects.toString(spec.year(), "") + "年", Kind.NOTE);
        }
    }

    /** One form being drawn: a cursor moving down the sheet. */
    private static final class Drawing {
        private final SheetWriter out;
        private final FormSpec spec;
        private final Layout layout;
        private final Labels labels;
        private final Columns cols;
        private int row;

        Drawing(SheetWriter out, FormSpec spec, Layout layout) {
            this.out = out;
            this.spec = spec;
            this.layout = layout;
            this.labels = new Labels(spec, layout);
            this.cols = new Columns(layout.originCol(), layout.splitTarget(), layout.otherProvince(), weighted(spec),
                    scored(spec), scored(spec) ? Columns.ALL_FUNDS : fundsMask(spec, layout));
            this.row = layout.originRow();
        }

        /**
         * The table has a 得分 column and a 总分 row unless the form's own funds columns hold no 分值 / 权重 / 得分
         * and nothing else on it is scored (LAYOUTS.md G); the blank template is scored.
         */
        private static boolean scored(FormSpec spec) {
            boolean fundsUnscored = !spec.fundsColumns().isEmpty() && spec.fundsColumns().stream()
                    .noneMatch(c -> c.startsWith("分值") || c.startsWith("权重") || c.startsWith("得分"));
            return !fundsUnscored || spec.totalScore() != null
                    || spec.indicators().stream().anyMatch(i -> i.weight() != null || i.score() != null);
        }

        /**
         * The funds columns a form with no scores prints: those of its own columns; in another wording the usual
         * ones without 分值 and 得分.
         */
        private static int fundsMask(FormSpec spec, Layout layout) {
            if (spec.fundsColumns().isEmpty() || layout.otherProvince()) {
                return Columns.ALL_FUNDS & ~(1 << 3) & ~(1 << 5);
            }
            Label[] heads = {Label.INITIAL, Label.ANNUAL, Label.EXECUTED, Label.FUNDS_WEIGHT, Label.RATE,
                Label.FUNDS_SCORE};
            int mask = 0;
            for (int i = 0; i < heads.length; i++) {
                if (ownFundsHeader(spec, heads[i]) != null) {
                    mask |= 1 << i;
                }
            }
            return mask;
        }

        /** The table has a 分值 column unless no indicator carries a weight (the 20/80 variant). */
        private static boolean weighted(FormSpec spec) {
            return spec.indicators().isEmpty() || spec.indicators().stream().anyMatch(i -> i.weight() != null);
        }

        RenderedForm draw() {
            clutter();
            int titleRow = title();
            int projectRow;
            int departmentRow;
            if (spec.departmentOverall()) {
                projectRow = wholeRow(Label.DEPARTMENT_OVERALL, spec.department());
                departmentRow = projectRow;
            } else {
                projectRow = wholeRow(Label.PROJECT, spec.project());
                departmentRow = department();
            }
            int fundsHeaderRow = row;
            List<Integer> fundsRows = funds();
            int goalsRow = goals();
            int indicatorHeaderRow = row;
            List<Integer> indicatorRows = indicators();
            int totalRow = total(fundsRows, indicatorRows);
            int lastRow = afterTotal();
            out.frame(projectRow, lastRow, cols.block(), cols.last());
            pageSetup();
            if (layout.formulas()) {
                out.evaluate();
            }
            return new RenderedForm(out.sheet().getSheetName(), cols, titleRow, projectRow, departmentRow,
                    fundsHeaderRow, fundsRows, goalsRow, indicatorHeaderRow, indicatorRows,
                    cols.scored() ? totalRow : -1);
        }

        /** Unrelated lines before a moved table, as attachments often carry. */
        private void clutter() {
            FormWorkbookBuilder.clutter(out, spec, layout);
        }

        private int title() {
            if (!layout.title()) {
                return -1;
            }
            int titleRow = row;
            String title = spec.title() == null ? "项目支出绩效自评表" : spec.title();
            out.text(row, cols.block(), labels.script(title), Kind.TITLE);
            out.merge(row, row, cols.block(), cols.last());
            row++;
            String year = spec.year() == null ? "\u3000\u3000" : spec.year();
            out.text(row, cols.block(), labels.script("（" + year + "年度）"), Kind.NOTE);
            out.merge(row, row, cols.block(), cols.last());
            out.sheet().getRow(titleRow).setHeightInPoints(30);
            row++;
            return titleRow;
        }

        /** A header row holding one label and one value across the table (项目名称, or 部门 alone). */
        private int wholeRow(Label label, String value) {
            int at = row++;
            out.text(at, cols.block(), labels.of(label), Kind.HEADER);
            out.merge(at, at, cols.block(), cols.level1());
            out.text(at, cols.level2(), value, Kind.VALUE);
            out.merge(at, at, cols.level2(), cols.last());
            return at;
        }

        private int department() {
            int at = row++;
            int unitLabel = cols.last() - 3;
            out.text(at, cols.block(), labels.of(Label.DEPARTMENT), Kind.HEADER);
            out.merge(at, at, cols.block(), cols.level1());
            out.text(at, cols.level2(), spec.department(), Kind.VALUE);
            out.merge(at, at, cols.level2(), unitLabel - 1);
            out.text(at, unitLabel, labels.of(Label.UNIT), Kind.HEADER);
            out.merge(at, at, unitLabel, unitLabel + 1);
            out.text(at, unitLabel + 2, spec.unit(), Kind.VALUE);
            out.merge(at, at, unitLabel + 2, cols.last());
            return at;
        }

        private List<Integer> funds() {
            int header = row;
            int lastRow = header + 1 + spec.funds().size();
            if (layout.lineBreaks()) {
                out.text(header, cols.block(), labels.of(Label.FUNDS) + "\n" + labels.fundsUnit(), Kind.HEADER);
                out.merge(header, lastRow, cols.block(), cols.block());
            } else {
                out.text(header, cols.block(), labels.of(Label.FUNDS), Kind.HEADER);
                out.text(header + 1, cols.block(), labels.fundsUnit(), Kind.HEADER);
                out.merge(header + 1, lastRow, cols.block(), cols.block());
            }
            out.text(header, cols.fundsLabel(), sourceHeader(), Kind.HEADER);
            out.merge(header, header + 1, cols.fundsLabel(), cols.fundsLabel());
            Label[] heads = {Label.INITIAL, Label.ANNUAL, Label.EXECUTED, Label.FUNDS_WEIGHT, Label.RATE,
                Label.FUNDS_SCORE};
            int[] columns = {cols.fundsInitial(), cols.fundsAnnual(), cols.fundsExecuted(), cols.fundsWeight(),
                cols.fundsRate(), cols.fundsScore()};
            for (int i = 0; i < heads.length; i++) {
                int col = columns[i];
                if (col < 0) {
                    continue;
                }
                String text = ownFundsColumns() ? ownFundsHeader(heads[i]) : labels.of(heads[i]);
                out.text(header, col, text, Kind.HEADER);
                out.merge(header, header + 1, col, col == cols.fundsLast() ? cols.last() : col);
            }
            row = header + 2;
            List<Integer> rows = new ArrayList<>();
            for (FundsRowSpec f : spec.funds()) {
                rows.add(fundsRow(f));
            }
            return rows;
        }

        /**
         * The form's own funds columns ({@code 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率)}) are drawn
         * as transcribed, except in another province's wording.
         */
        private boolean ownFundsColumns() {
            return !spec.fundsColumns().isEmpty() && !layout.otherProvince();
        }

        /** The header over the funds rows' labels: the form's own (资金来源) when it has one, else none. */
        private String sourceHeader() {
            return ownFundsColumns() ? spec.fundsColumns().stream().filter(c -> c.startsWith("资金来源")
                    || c.startsWith("資金來源")).findFirst().map(labels::script).orElse(null) : null;
        }

        /** The form's own header of a funds column, or null when the form has no such column. */
        private String ownFundsHeader(Label head) {
            String own = ownFundsHeader(spec, head);
            return own == null ? null : labels.script(own);
        }

        private static String ownFundsHeader(FormSpec spec, Label head) {
            for (String column : spec.fundsColumns()) {
                String c = column.replaceAll("[(（].*", "");
                boolean matches = switch (head) {
                    case INITIAL -> c.startsWith("年初");
                    case ANNUAL -> !c.startsWith("年初") && (c.endsWith("预算数") || c.endsWith("預算數"));
                    case EXECUTED -> c.endsWith("执行数") || c.endsWith("執行數");
                    case FUNDS_WEIGHT -> c.equals("分值") || c.equals("权重");
                    case RATE -> c.endsWith("执行率") || c.endsWith("執行率");
                    case FUNDS_SCORE -> c.equals("得分");
                    default -> false;
                };
                if (matches) {
                    return column;
                }
            }
            return null;
        }

        /** The value of a funds column on this form: none when the form's own columns do not hold it. */
        private String fundsValue(Label head, String value) {
            return ownFundsColumns() && ownFundsHeader(head) == null ? null : value;
        }

        private int fundsRow(FundsRowSpec f) {
            int at = row++;
            out.text(at, cols.fundsLabel(), labels.fundsRow(f.label()), Kind.TEXT);
            fundsValue(at, cols.fundsInitial(), fundsValue(Label.INITIAL, f.initial()));
            fundsValue(at, cols.fundsAnnual(), f.annual());
            fundsValue(at, cols.fundsExecuted(), f.executed());
            fundsValue(at, cols.fundsWeight(), fundsValue(Label.FUNDS_WEIGHT, f.weight()));
            if (layout.formulas() && rateComputable(f)) {
                out.formula(at, cols.fundsRate(), RenderedForm.address(at, cols.fundsExecuted()) + "/"
                        + RenderedForm.address(at, cols.fundsAnnual()), "0.00%");
            } else {
                fundsValue(at, cols.fundsRate(), f.rate());
            }
            fundsValue(at, cols.fundsScore(), f.score());
            out.merge(at, at, cols.fundsLast(), cols.last());
            return at;
        }

        /** A funds figure, where the block has that column. */
        private void fundsValue(int at, int col, String value) {
            if (col >= 0) {
                out.value(at, col, value);
            }
        }

        /** 执行率 becomes a formula where the form shows one and both amounts are numbers, the budget not 0. */
        private boolean rateComputable(FundsRowSpec f) {
            var annual = Figure.parse(f.annual());
            return f.rate() != null && !layout.numbersAsText() && annual.isPresent() && annual.get().value() != 0
                    && Figure.parse(f.executed()).isPresent();
        }

        private int goals() {
            int at = row;
            int split = cols.block() + (cols.last() - cols.block()) / 2;
            out.text(at, cols.block(), labels.of(Label.GOALS), Kind.HEADER);
            out.merge(at, at + 1, cols.block(), cols.block());
            out.text(at, cols.level1(), labels.of(Label.EXPECTED), Kind.HEADER);
            out.merge(at, at, cols.level1(), split);
            out.text(at, split + 1, labels.of(Label.ACHIEVED), Kind.HEADER);
            out.merge(at, at, split + 1, cols.last());
            out.text(at + 1, cols.level1(), spec.goalExpected(), Kind.TEXT);
            out.merge(at + 1, at + 1, cols.level1(), split);
            out.text(at + 1, split + 1, spec.goalActual(), Kind.TEXT);
            out.merge(at + 1, at + 1, split + 1, cols.last());
            out.sheet().getRow(at + 1).setHeightInPoints(60);
            row = at + 2;
            return at;
        }

        private List<Integer> indicators() {
            int header = row;
            int headerRows = cols.split() ? 2 : 1;
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < spec.indicators().size(); i++) {
                rows.add(header + headerRows + i);
            }
            int lastRow = header + headerRows + spec.indicators().size() - 1;
            out.text(header, cols.block(), labels.of(Label.INDICATORS), Kind.HEADER);
            out.merge(header, Math.max(lastRow, header + headerRows - 1), cols.block(), cols.block());
            indicatorHeader(header, headerRows);
            row = header + headerRows;
            for (IndicatorSpec ind : spec.indicators()) {
                indicatorRow(row++, ind);
            }
            new CategoryCells(out, layout.categories()).write(spec.indicators(), rows, cols);
            return rows;
        }

        private void indicatorHeader(int at, int headerRows) {
            int bottom = at + headerRows - 1;
            headerCell(at, bottom, cols.level1(), Label.LEVEL1);
            headerCell(at, bottom, cols.level2(), Label.LEVEL2);
            headerCell(at, bottom, cols.level3(), Label.LEVEL3);
            if (cols.split()) {
                out.text(at, cols.target(), labels.of(Label.TARGET), Kind.HEADER);
                out.merge(at, at, cols.target(), cols.target() + 2);
                out.text(bottom, cols.target(), labels.of(Label.NATURE), Kind.HEADER);
                out.text(bottom, cols.target() + 1, labels.of(Label.TARGET_VALUE), Kind.HEADER);
                out.text(bottom, cols.target() + 2, labels.of(Label.MEASURE_UNIT), Kind.HEADER);
            } else {
                headerCell(at, bottom, cols.target(), Label.TARGET);
            }
            headerCell(at, bottom, cols.actual(), Label.ACTUAL);
            if (cols.weighted()) {
                headerCell(at, bottom, cols.weight(), Label.WEIGHT);
            }
            if (cols.scored() && spec.explainedOnce()) {
                out.text(at, cols.score(), labels.of(Label.SCORE), Kind.HEADER);
            } else if (cols.scored()) {
                headerCell(at, bottom, cols.score(), Label.SCORE);
            }
            if (spec.explainedOnce()) {
                // no explanation column (LAYOUTS.md F): 得分 reaches the right edge
                out.merge(at, bottom, cols.score(), cols.last());
            } else {
                out.text(at, cols.deviation(), labels.of(Label.DEVIATION), Kind.HEADER);
                out.merge(at, bottom, cols.deviation(), cols.last());
            }
        }

        private void headerCell(int top, int bottom, int col, Label label) {
            out.text(top, col, labels.of(label), Kind.HEADER);
            out.merge(top, bottom, col, col);
        }

        private void indicatorRow(int at, IndicatorSpec ind) {
            out.text(at, cols.level3(), ind.level3(), Kind.VALUE);
            if (cols.split()) {
                var parts = ind.parts();
                out.text(at, cols.target(), parts.nature(), Kind.VALUE);
                out.value(at, cols.target() + 1, parts.value());
                out.text(at, cols.target() + 2, parts.unit(), Kind.VALUE);
            } else {
                out.value(at, cols.target(), ind.target());
            }
            out.value(at, cols.actual(), ind.actual());
            if (cols.weighted()) {
                out.value(at, cols.weight(), ind.weight());
            }
            if (cols.scored()) {
                out.value(at, cols.score(), ind.score());
            }
            if (spec.explainedOnce()) {
                out.merge(at, at, cols.score(), cols.last());
            } else {
                out.text(at, cols.deviation(), ind.deviation(), Kind.TEXT);
                out.merge(at, at, cols.deviation(), cols.last());
            }
            fitHeight(at, ind);
        }

        /** Wrapped text needs a taller row: readers do not grow rows that were written without a height. */
        private void fitHeight(int at, IndicatorSpec ind) {
            int lines = Math.max(ColumnWidths.lines(ind.level3(), ColumnWidths.LEVEL3),
                    Math.max(ColumnWidths.lines(ind.deviation(), ColumnWidths.DEVIATION),
                            Math.max(ColumnWidths.lines(ind.target(), ColumnWidths.TARGET),
                                    ColumnWidths.lines(ind.actual(), ColumnWidths.TARGET))));
            if (lines > 1) {
                out.sheet().getRow(at).setHeightInPoints(lines * 14.5f);
            }
        }

        /** The rows a form prints after its 总分 (偏差大或目标未完成原因分析 …): label, then its text; the last row. */
        private int afterTotal() {
            for (var entry : spec.afterTotal().entrySet()) {
                int at = row++;
                out.text(at, cols.block(), labels.script(entry.getKey()), Kind.HEADER);
                out.merge(at, at, cols.block(), cols.level3());
                out.text(at, cols.level3() + 1, entry.getValue(), Kind.TEXT);
                out.merge(at, at, cols.level3() + 1, cols.last());
            }
            return row - 1;
        }

        /** The 总分 row; a form with no scores (LAYOUTS.md G) has none: its last indicator row is returned. */
        private int total(List<Integer> fundsRows, List<Integer> indicatorRows) {
            if (!cols.scored()) {
                return row - 1;
            }
            int at = row++;
            out.text(at, cols.block(), labels.of(Label.TOTAL), Kind.HEADER);
            out.merge(at, at, cols.block(), cols.totalFigures() - 1);
            boolean formulas = layout.formulas() && !fundsRows.isEmpty() && !indicatorRows.isEmpty();
            int funds = fundsRows.isEmpty() ? -1 : fundsRows.get(0);
            if (cols.weighted()) {
                if (formulas && sumIsWritten(spec.totalWeight(), FundsRowSpec::weight, IndicatorSpec::weight)) {
                    out.formula(at, cols.weight(), sum(funds, cols.fundsWeight(), indicatorRows, cols.weight()),
                            "General");
                } else {
                    out.value(at, cols.weight(), spec.totalWeight());
                }
            }
            if (formulas && sumIsWritten(spec.totalScore(), FundsRowSpec::score, IndicatorSpec::score)) {
                out.formula(at, cols.score(), sum(funds, cols.fundsScore(), indicatorRows, cols.score()), "General");
            } else {
                out.value(at, cols.score(), spec.totalScore());
            }
            return at;
        }

        /**
         * A 总分 figure becomes a SUM formula only where the form's own figure is that sum: a formula must not
         * change what the form says (the seed writes 100 under weights adding up to 110).
         */
        private boolean sumIsWritten(String written, java.util.function.Function<FundsRowSpec, String> funds,
                                     java.util.function.Function<IndicatorSpec, String> indicator) {
            var total = Figure.parse(written);
            if (total.isEmpty() || spec.funds().isEmpty()) {
                return false;
            }
            double sum = Figure.parse(funds.apply(spec.funds().get(0))).map(Figure::value).orElse(0.0);
            for (IndicatorSpec ind : spec.indicators()) {
                sum += Figure.parse(indicator.apply(ind)).map(Figure::value).orElse(0.0);
            }
            return Math.abs(sum - total.get().value()) < 1e-6;
        }

        private static String sum(int fundsRow, int fundsCol, List<Integer> rows, int col) {
            return "SUM(" + RenderedForm.address(fundsRow, fundsCol) + ","
                    + RenderedForm.address(rows.get(0), col) + ":"
                    + RenderedForm.address(rows.get(rows.size() - 1), col) + ")";
        }

        private void pageSetup() {
            Sheet sheet = out.sheet();
            ColumnWidths.apply(sheet, cols);
            sheet.getPrintSetup().setLandscape(true);
            printOnA4OnePageWide(sheet);
            sheet.setHorizontallyCenter(true);
        }
    }
}
