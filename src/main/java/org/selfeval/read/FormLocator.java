package org.selfeval.read;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.CellAddress;
import org.selfeval.model.CellValue;
import org.selfeval.model.Family;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;

/** RULES.md §1: every form of a workbook, found by its labels, read into the plain model. */
public final class FormLocator {
    /** What a user does when a wording is not known: the file to extend (docs/layouts.md). */
    public static final String EXTEND_HINT = "；若本表样用的是另一种写法，可把它加入表样词表文件，用 --layouts 文件 指定"
            + "（见 docs/layouts.md）";
    private FormLocator() {
    }

    /**
     * Every form in the workbook, one per sheet that holds one, in sheet order. Sheets with no sign of a form
     * (a cover sheet such as 项目清单) are skipped; a sheet that looks like a form but lacks a part gives a
     * Form with that part null and a FORM_NOT_FOUND read finding.
     */
    public static List<Form> locate(Workbook workbook) {
        return locate(workbook, Vocabulary.builtIn());
    }

    /** {@link #locate(Workbook)} with the given words (the built-in ones extended by a --layouts file). */
    public static List<Form> locate(Workbook workbook, Vocabulary vocabulary) {
        List<Form> forms = new ArrayList<>();
        SheetGrid.Formatter formatter = new SheetGrid.Formatter(); // one per workbook, made when first needed
        java.util.Map<String, Double> allotted = AllottedPointsSheet.read(workbook);
        var originals = OriginalValuesSheet.read(workbook);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            Form form = locate(new SheetGrid(sheet, formatter,
                    originals.getOrDefault(sheet.getSheetName(), java.util.Map.of())), i, vocabulary);
            if (form != null) {
                forms.add(allotted.isEmpty() ? form : withAllottedPoints(form, allotted));
            }
        }
        return forms;
    }

    /**
     * A scored copy read again (RULES.md §8): on a table with no 分值 column, each row whose 得分 cell a previous
     * run recorded weighs the points the unit allotted it, kept in {@link AllottedPointsSheet}, not the score
     * written over them. The weight cell is then the 得分 cell holding that figure.
     */
    private static Form withAllottedPoints(Form form, java.util.Map<String, Double> allotted) {
        List<Form.IndicatorRow> rows = form.indicators().stream().map(r -> {
            Double points = r.weight() != null || r.score() == null ? null
                    : allotted.get(AllottedPointsSheet.key(form.sheet(), r.score().address()));
            return points == null ? r : r.withWeight(CellValue.number(r.score().row(), r.score().col(), points));
        }).toList();
        return new Form(form.sheet(), form.sheetIndex(), form.header(), form.funds(), form.goals(), rows,
                form.total(), form.readFindings(), form.indicatorBlock(), form.explanation(), form.family());
    }

    /**
     * The form on one sheet, or null when the sheet shows none of the form's part labels (项目资金, 年度总体目标,
     * 绩效指标 / 三级指标). Header labels alone (项目名称 …) do not make a form: project lists carry them too.
     */
    static Form locate(Sheet sheet, int sheetIndex) {
        return locate(new SheetGrid(sheet), sheetIndex, Vocabulary.builtIn());
    }

    private static Form locate(SheetGrid grid, int sheetIndex, Vocabulary v) {
        Sheet sheet = grid.sheet();
        LabelScan labels = LabelScan.of(grid);
        Located<Form.Funds> funds = FundsBlockReader.read(grid, labels, v);
        Located<Form.Goals> goals = GoalsReader.read(grid, labels, v);
        Located<IndicatorTableReader.Table> table = IndicatorTableReader.read(grid, labels, v);
        if (!funds.seen() && !goals.seen() && !table.seen()) {
            return null;
        }
        int formTop = IntStream.of(rowOf(funds), rowOf(goals), rowOf(table)).min().orElse(0);
        Form.Header header = HeaderReader.read(grid, labels, formTop, v);

        List<Finding> findings = new ArrayList<>();
        String nearest = nearestLabelCell(funds, goals, table);
        notFound(funds, "项目资金", FundsBlockReader.searched(v), nearest).ifPresent(findings::add);
        notFound(goals, "年度总体目标", v.words(GoalsReader.BLOCK), nearest).ifPresent(findings::add);
        notFound(table, "绩效指标", IndicatorTableReader.searched(v), nearest).ifPresent(findings::add);
        // a table with no 分值 and no 得分 column has no total to check (LAYOUTS.md G); a total printed in the
        // header is one (rule 5)
        if (table.value() != null && table.value().total() == null && table.value().scoreColumns()
                && header.total() == null) {
            findings.add(Finding.of(FindingCode.FORM_NOT_FOUND, table.anchor().address(),
                    "未找到“总分”行（查找的标签：" + v.listed(IndicatorTableReader.TOTAL)
                            + "），表头也没有总分栏（查找的标签：" + v.listed("total.field")
                            + "），无法核对总分；请在指标表末尾补上总分行"));
        }
        List<Form.IndicatorRow> indicators = table.value() == null ? List.of() : table.value().rows();
        Form.TotalRow total = table.value() == null ? null : table.value().total();
        CellValue block = table.seen() ? grid.value(table.anchor().row(), table.anchor().col()) : null;
        CellValue explanation = table.value() == null ? null : table.value().explanation();
        Family family = FamilyReader.identify(labels, funds.value(), indicators, total, v);
        Form.Funds fundsRead = funds.value();
        Form.IndicatorRow fundsRow = family == Family.HEBEI && fundsRead != null ? fundsRow(indicators, v) : null;
        if (fundsRow != null) {
            fundsRead = fundsRead.scoredBy(fundsRow);
            indicators = indicators.stream().filter(r -> r != fundsRow).toList();
        }
        return new Form(sheet.getSheetName(), sheetIndex, header, fundsRead, goals.value(), indicators, total,
                findings, block, explanation, family);
    }

    /**
     * LAYOUTS.md C: the 河北 table's last part, the row named 预算执行率 (words {@code indicators.row.funds}), is the
     * budget indicator: it scores the funds block with its own 权重占比, so it is the form's funds, not an indicator.
     */
    private static Form.IndicatorRow fundsRow(List<Form.IndicatorRow> rows, Vocabulary v) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            Form.IndicatorRow row = rows.get(i);
            if (row.name() != null && v.names("indicators.row.funds", LabelText.normalize(row.name().text()))) {
                return row;
            }
        }
        return null;
    }

    /** Every label that announces a part of a form (funds block, goals, indicator table), for messages. */
    public static List<String> partLabels(Vocabulary v) {
        List<String> all = new ArrayList<>(FundsBlockReader.searched(v));
        all.addAll(v.words(GoalsReader.BLOCK));
        all.addAll(IndicatorTableReader.searched(v));
        return all.stream().distinct().toList();
    }

    private static int rowOf(Located<?> part) {
        return part.seen() ? part.anchor().row() : Integer.MAX_VALUE;
    }

    /** The cell of the first part label found on the sheet (A1 when none). */
    private static String nearestLabelCell(Located<?>... parts) {
        Label first = null;
        for (Located<?> part : parts) {
            if (part.seen() && (first == null || part.anchor().row() < first.row())) {
                first = part.anchor();
            }
        }
        return first == null ? CellAddress.of(0, 0) : first.address();
    }

    /** FORM_NOT_FOUND for a part not read: never seen (the labels searched for), or seen but incomplete (what). */
    private static java.util.Optional<Finding> notFound(Located<?> located, String part, List<String> searched,
                                                        String nearest) {
        if (located.value() != null) {
            return java.util.Optional.empty();
        }
        if (located.seen() && located.missing() != null) {
            return java.util.Optional.of(Finding.of(FindingCode.FORM_NOT_FOUND, located.anchor().address(),
                    "“" + part + "”部分不完整：" + located.missing() + EXTEND_HINT));
        }
        return java.util.Optional.of(Finding.of(FindingCode.FORM_NOT_FOUND, located.seen()
                ? located.anchor().address() : nearest,
                "未找到“" + part + "”部分（查找的标签：" + String.join("、", searched) + "）" + EXTEND_HINT));
    }
}
