package org.selfeval.testing;

import java.nio.file.Path;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.model.Category;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/** Hand-built results for tests of the layers after scoring (report, summary, exit status). */
public final class Results {
    private Results() {
    }

    /** A scored one-indicator form with the given project name, department and findings. */
    public static FormResult form(String sheet, String project, String department, double total, String grade,
                                  Finding... findings) {
        Form.Header header = new Form.Header(null, CellValue.text(2, 1, project), CellValue.text(3, 1, department),
                CellValue.text(3, 4, department), 2023);
        Form.IndicatorRow row = new Form.IndicatorRow(17, CellValue.text(17, 1, "产出指标"),
                CellValue.text(17, 2, "数量指标"), CellValue.text(17, 3, "困难职工人数"), CellValue.text(17, 4, "≥500人"),
                CellValue.text(17, 5, "≥500人"), CellValue.number(17, 6, 10), CellValue.number(17, 7, 10),
                CellValue.text(17, 8, "无"), Category.OUTPUT);
        Form form = new Form(sheet, 0, header, null, null, List.of(row), null, List.of());
        FormResult.FundsResult funds = new FormResult.FundsResult(64.0, 64.0, 48.0, 10, 0.75, 7.5, "G7", "H7");
        FormResult.IndicatorResult ind = new FormResult.IndicatorResult(row, "at-least", 10.0, 10.0, 10, "H18");
        return new FormResult(form, funds, List.of(ind), 20, total, grade, List.of(findings));
    }

    /** The form with its amounts as filled in {@code unit} (元, 万元, 亿元): the funds block says so. */
    public static FormResult inUnit(FormResult r, String unit, double annual, double executed) {
        Form f = r.form();
        Form form = new Form(f.sheet(), f.sheetIndex(), f.header(), new Form.Funds(unit, null, null, null, null),
                f.goals(), f.indicators(), f.total(), f.readFindings());
        FormResult.FundsResult funds = new FormResult.FundsResult(annual, annual, executed, r.funds().weight(),
                executed / annual, r.funds().score(), r.funds().rateCell(), r.funds().scoreCell());
        return new FormResult(form, funds, r.indicators(), r.weightTotal(), r.total(), r.grade(), r.findings());
    }

    public static Finding error(FindingCode code, String cell, String message) {
        return Finding.of(code, cell, message);
    }

    public static FileResult scored(Path file, Path output, FormResult... forms) {
        return new FileResult(file, output, FileResult.Status.SCORED, null, List.of(forms));
    }
}
