package org.selfeval.app;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.selfeval.io.AtomicFiles;
import org.selfeval.io.Submission;
import org.selfeval.model.Finding;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.read.FormLocator;
import org.selfeval.read.SubmissionTexts;
import org.selfeval.read.Vocabulary;
import org.selfeval.read.WordDocumentView;
import org.selfeval.rules.FormScorer;
import org.selfeval.rules.RuleSettings;
import org.selfeval.write.ScoredDocumentWriter;

/**
 * A Word submission (RULES.md §10) through the pipeline: its tables seen as sheets ({@link WordDocumentView}),
 * forms located and scored as in workbooks, each report checked against its form, the 项目清单 against the
 * forms; the scored copy is the same document with the figures, marks and a 校验结果 section. What the report
 * shows names places in Word's terms ({@code 表2!R3C5}, {@code 报告第12段}).
 */
final class WordSubmissions {
    static final String DOC_NOTE = "原文件为 .doc（Word 97-2003），评分副本另存为 .docx（只保留文字、表格与合并单元格，不含原有字体与图片）";

    private WordSubmissions() {
    }

    /** Null when no table of the document holds a form. */
    static Scored score(Submission.Word word, RuleSettings settings, Vocabulary vocabulary) {
        XWPFDocument doc = word.document();
        ScoredDocumentWriter.removeEarlierRun(doc); // a scored copy sent back: read the unit's document only
        WordDocumentView view = WordDocumentView.of(doc);
        try {
            List<Form> forms = FormLocator.locate(view.sheets(), vocabulary);
            if (forms.isEmpty()) {
                return null;
            }
            List<FormResult> results = new ArrayList<>(forms.size());
            for (Form form : forms) {
                results.add(FormScorer.score(form, settings));
            }
            List<SideChecks.PlacedReport> reports = new ArrayList<>();
            for (SubmissionTexts.WordReport r : SubmissionTexts.wordReports(view)) {
                reports.add(new SideChecks.PlacedReport(r.text(), r.tablesAbove()));
            }
            List<FormResult> checked = SideChecks.withReports(results, reports);
            List<Finding> fileFindings = SideChecks.listFindings(view.sheets(), checked, view::wordAddress);
            List<FormResult> reported = checked.stream().map(r -> relocated(r, view)).toList();
            return new Scored(reported, fileFindings, word.fromDoc() ? DOC_NOTE : null,
                    () -> ScoredDocumentWriter.apply(doc, checked, fileFindings, view::wordAddress),
                    target -> AtomicFiles.write(target, doc::write));
        } finally {
            view.close();
        }
    }

    /** The result with every place told in Word's terms, and indicator rows as table rows. */
    static FormResult relocated(FormResult r, WordDocumentView view) {
        String sheet = r.form().sheet();
        FormResult.FundsResult f = r.funds();
        FormResult.FundsResult funds = f == null ? null : new FormResult.FundsResult(f.initial(), f.annual(),
                f.executed(), f.weight(), f.rate(), f.score(), at(view, sheet, f.rateCell()),
                at(view, sheet, f.scoreCell()), f.scored(), f.points(), at(view, sheet, f.pointsCell()));
        List<FormResult.IndicatorResult> indicators = r.indicators().stream().map(i -> {
            Form.IndicatorRow tableRow = i.row().atRow(view.tableRow(sheet, i.row().row()) - 1);
            return new FormResult.IndicatorResult(tableRow, i.kind(), i.weight(), i.selfScore(), i.score(),
                    at(view, sheet, i.scoreCell()), i.achievement(), i.points(), at(view, sheet, i.pointsCell()));
        }).toList();
        List<Finding> findings = r.findings().stream()
                .map(x -> new Finding(x.severity(), x.code(), view.wordAddress(sheet, x.cell()), x.message())).toList();
        return new FormResult(r.form(), funds, indicators, r.weightTotal(), r.total(), r.grade(), findings,
                r.scored(), r.achievedShare());
    }

    private static String at(WordDocumentView view, String sheet, String a1) {
        return a1 == null ? null : view.wordAddress(sheet, a1);
    }
}
