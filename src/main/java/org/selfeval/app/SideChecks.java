package org.selfeval.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.ProjectList;
import org.selfeval.model.ReportText;
import org.selfeval.read.SubmissionTexts;
import org.selfeval.rules.ProjectListCheck;
import org.selfeval.rules.ProjectNames;
import org.selfeval.rules.ReportChecks;

/**
 * RULES.md §10 beside the forms, for workbooks and Word documents alike: each report is checked against the
 * form it describes (its findings join that form's), and the 项目清单 against the forms (file-level findings).
 *
 * <p>A report describes the form whose 项目名称 its title names (loosely, {@link ProjectNames}); failing that the
 * only form of the file; failing that the last form before it (in a Word file, the last form table above the
 * report's title; in a workbook, the last form sheet before the report sheet). The first 项目清单 of the file
 * (a table or sheet with 序号 and 项目名称 that holds no form) is the list.
 */
final class SideChecks {
    private SideChecks() {
    }

    /** A report and the position it follows: the table count above it, or its sheet index. */
    record PlacedReport(ReportText text, int position) {
    }

    /** The results with each report's findings added to the form it describes. */
    static List<FormResult> withReports(List<FormResult> results, List<PlacedReport> reports) {
        List<List<Finding>> added = new ArrayList<>();
        results.forEach(r -> added.add(new ArrayList<>()));
        for (PlacedReport report : reports) {
            int form = describedForm(results, report);
            if (form >= 0) {
                added.get(form).addAll(ReportChecks.check(report.text(), results.get(form)));
            }
        }
        List<FormResult> out = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            FormResult r = results.get(i);
            if (added.get(i).isEmpty()) {
                out.add(r);
                continue;
            }
            List<Finding> findings = new ArrayList<>(r.findings());
            findings.addAll(added.get(i));
            out.add(r.withFindings(findings));
        }
        return out;
    }

    private static int describedForm(List<FormResult> results, PlacedReport report) {
        for (int i = 0; i < results.size(); i++) {
            var project = results.get(i).form().header() == null ? null : results.get(i).form().header().project();
            if (project != null && ProjectNames.match(report.text().title(), project.text())) {
                return i;
            }
        }
        if (results.size() == 1) {
            return 0;
        }
        int before = -1;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).form().sheetIndex() < report.position()) {
                before = i;
            }
        }
        return before;
    }

    /** The list check on the first 项目清单 among the sheets that hold no form. */
    static List<Finding> listFindings(Workbook sheets, List<FormResult> results,
                                      BiFunction<String, String, String> where) {
        Set<Integer> formSheets = new HashSet<>();
        results.forEach(r -> formSheets.add(r.form().sheetIndex()));
        for (int i = 0; i < sheets.getNumberOfSheets(); i++) {
            if (formSheets.contains(i)) {
                continue;
            }
            Optional<ProjectList> list = SubmissionTexts.projectList(sheets.getSheetAt(i), where);
            if (list.isPresent() && !list.get().entries().isEmpty()) {
                return ProjectListCheck.check(list.get(), results, r -> where.apply(r.form().sheet(),
                        r.form().header() != null && r.form().header().project() != null
                                ? r.form().header().project().address() : "A1"));
            }
        }
        return List.of();
    }

    /** The report sheets of a workbook (sheets holding no form), with their sheet index. */
    static List<PlacedReport> reportSheets(Workbook workbook, List<FormResult> results) {
        Set<Integer> formSheets = new HashSet<>();
        results.forEach(r -> formSheets.add(r.form().sheetIndex()));
        List<PlacedReport> reports = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (!formSheets.contains(i)) {
                int index = i;
                SubmissionTexts.reportSheet(sheet).ifPresent(t -> reports.add(new PlacedReport(t, index)));
            }
        }
        return reports;
    }
}
