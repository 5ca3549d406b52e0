package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.testing.Categorised;

/**
 * Builds {@link Form}s by hand, in the seed form's layout: funds block columns B label, C 年初预算数,
 * D 全年预算数, E 全年执行数, F 分值, G 执行率, H 得分 (年度资金总额 on sheet row 7); indicator columns
 * B 一级, C 二级, D 三级, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因; 总分 row: A label, G 分值, H 得分.
 * Texts are cell texts; "" is a blank cell.
 */
final class TestForms {
    static final int FUNDS_ROW = 7;

    private TestForms() {
    }

    /** A cell on a 1-based sheet row: a number when {@code text} is a plain number, else text. */
    static CellValue cell(int sheetRow, int col, String text) {
        if (text == null || text.isEmpty()) {
            return CellValue.blank(sheetRow - 1, col);
        }
        return CellValue.text(sheetRow - 1, col, text);
    }

    static Form.FundsRow fundsRow(int sheetRow, String label, String initial, String annual, String executed,
                                  String weight, String rate, String score) {
        return new Form.FundsRow(label, sheetRow - 1, cell(sheetRow, 1, label), cell(sheetRow, 2, initial),
                cell(sheetRow, 3, annual), cell(sheetRow, 4, executed), cell(sheetRow, 5, weight),
                cell(sheetRow, 6, rate), cell(sheetRow, 7, score));
    }

    /** Funds block with only the 年度资金总额 row (and empty 其中 rows). */
    static Form.Funds funds(String annual, String executed, String weight, String score) {
        return new Form.Funds("万元", fundsRow(FUNDS_ROW, "年度资金总额", annual, annual, executed, weight, "", score),
                fundsRow(8, "其中：当年财政拨款", "", "", "", "—", "", "—"),
                fundsRow(9, "上年结转资金", "", "", "", "—", "", "—"),
                fundsRow(10, "其他资金", "", "", "", "—", "", "—"));
    }

    static Form.IndicatorRow indicator(int sheetRow, String level1, String level2, String name, String target,
                                       String actual, String weight, String score, String deviation) {
        return new Form.IndicatorRow(sheetRow - 1, cell(sheetRow, 1, level1), cell(sheetRow, 2, level2),
                cell(sheetRow, 3, name), cell(sheetRow, 4, target), cell(sheetRow, 5, actual),
                cell(sheetRow, 6, weight), cell(sheetRow, 7, score), cell(sheetRow, 8, deviation),
                Categorised.of(level1, level2));
    }

    static Form.TotalRow total(int sheetRow, String weight, String score) {
        return new Form.TotalRow(sheetRow - 1, cell(sheetRow, 0, "总分"), cell(sheetRow, 6, weight),
                cell(sheetRow, 7, score));
    }

    static Form.Header header(String project, String department, String unit) {
        return new Form.Header(cell(2, 0, "项目支出绩效自评表"), cell(4, 1, project), cell(5, 1, department),
                cell(5, 5, unit), 2023);
    }

    static Form form(Form.Funds funds, List<Form.IndicatorRow> rows, Form.TotalRow total) {
        return new Form("自评表", 0, header("测试项目", "测试部门", "测试单位"), funds,
                new Form.Goals(cell(12, 1, "目标"), cell(12, 4, "完成")), rows, total, List.of());
    }

    /** One indicator scored on an otherwise clean form (funds 10, full execution). */
    static FormResult scoreOne(Form.IndicatorRow row, RuleSettings s) {
        return FormScorer.score(form(funds("64", "64", "10", "10"), List.of(row), null), s);
    }

    static FormResult scoreOne(Form.IndicatorRow row) {
        return scoreOne(row, RuleSettings.national());
    }

    /** A single indicator on row 18 under 产出指标/数量指标 with weight 10 and no self-score. */
    static Form.IndicatorRow row(String target, String actual) {
        return indicator(18, "产出指标", "数量指标", "指标", target, actual, "10", "", "");
    }

    static List<Finding> findings(FormResult r, FindingCode code) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.code() == code) {
                out.add(f);
            }
        }
        return out;
    }

    static Finding only(FormResult r, FindingCode code) {
        List<Finding> f = findings(r, code);
        if (f.size() != 1) {
            throw new AssertionError("expected one " + code + " but got " + f + " in " + r.findings());
        }
        return f.get(0);
    }
}
