package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.findings;
import static org.selfeval.rules.TestForms.fundsRow;
import static org.selfeval.rules.TestForms.only;
import static org.selfeval.rules.TestForms.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.model.Severity;

class FundsRulesTest {

    private static FormResult score(Form.Funds funds) {
        return FormScorer.score(TestForms.form(funds, List.of(row("≥1个", "1个")), null), RuleSettings.national());
    }

    @Test
    void executionExactly90Percent_notLow_scores9_rule5() {
        FormResult r = score(TestForms.funds("100", "90", "10", ""));
        assertEquals(0.9, r.funds().rate(), 1e-12);
        assertEquals(9, r.funds().score());
        assertTrue(findings(r, FindingCode.LOW_EXECUTION).isEmpty());
    }

    @Test
    void executionBelow90Percent_lowExecutionWarning_rule5() {
        FormResult r = score(TestForms.funds("100", "89.99", "10", ""));
        assertEquals(9, r.funds().score());
        Finding f = only(r, FindingCode.LOW_EXECUTION);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("G7", f.cell());
    }

    @Test
    void overExecution_scoreCappedAtWeight_warning_rule5() {
        FormResult r = score(TestForms.funds("329.77", "338.31", "10", ""));
        assertEquals(338.31 / 329.77, r.funds().rate(), 1e-12);
        assertEquals(10, r.funds().score());
        assertTrue(only(r, FindingCode.OVER_EXECUTION).message().startsWith("执行率为102.59%"));
    }

    @Test
    void weightBlank_defaultsTo10_asWarning_rule5() {
        FormResult r = score(TestForms.funds("64", "32", "", ""));
        assertEquals(10, r.funds().weight());
        assertEquals(5, r.funds().score());
        Finding f = only(r, FindingCode.WEIGHT_MISSING);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("F7", f.cell());
    }

    @Test
    void noBudget_fundsMissing_scoresZero_rule5() {
        FormResult r = score(TestForms.funds("", "", "10", "10"));
        assertEquals(0, r.funds().score());
        assertNull(r.funds().rate());
        assertEquals("G7", only(r, FindingCode.FUNDS_MISSING).cell());
        assertEquals("H7", only(r, FindingCode.SELF_SCORE_CHANGED).cell());
    }

    @Test
    void totalRowBlank_partsSummed_fromPartsWarning_rule5() {
        Form.Funds funds = new Form.Funds("万元", fundsRow(7, "年度资金总额", "", "", "", "10", "", ""),
                fundsRow(8, "其中：当年财政拨款", "50", "50", "45", "", "", ""),
                fundsRow(9, "上年结转资金", "10", "10", "9", "", "", ""),
                fundsRow(10, "其他资金", "", "", "", "", "", ""));
        FormResult r = score(funds);
        assertEquals(60, r.funds().annual());
        assertEquals(54, r.funds().executed());
        assertEquals(9, r.funds().score());
        assertEquals("G7", only(r, FindingCode.FUNDS_TOTAL_FROM_PARTS).cell());
        assertTrue(findings(r, FindingCode.FUNDS_BREAKDOWN_MISMATCH).isEmpty());
    }

    @Test
    void totalNotSumOfParts_breakdownMismatch_rule5() {
        Form.Funds funds = new Form.Funds("万元", fundsRow(7, "年度资金总额", "64", "64", "64", "10", "", ""),
                fundsRow(8, "其中：当年财政拨款", "60", "60", "64", "", "", ""),
                fundsRow(9, "上年结转资金", "", "", "", "", "", ""),
                fundsRow(10, "其他资金", "—", "—", "—", "", "", ""));
        FormResult r = score(funds);
        Finding f = only(r, FindingCode.FUNDS_BREAKDOWN_MISMATCH);
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("年初预算数：总额64，其中各项之和60"), f.message());
        assertTrue(f.message().contains("全年预算数：总额64，其中各项之和60"), f.message());
        assertTrue(!f.message().contains("全年执行数"), f.message());
        assertEquals(10, r.funds().score());
    }

    @Test
    void uncappedRule_overExecutionScoresAboveWeight_rule9() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("uncapped", ".properties");
        java.nio.file.Files.writeString(file, "funds.scoreCapped = false\n");
        RuleSettings s = RuleSettings.load(file);
        FormResult r = FormScorer.score(TestForms.form(TestForms.funds("100", "110", "10", ""),
                List.of(row("≥1个", "1个")), null), s);
        assertEquals(11, r.funds().score());
        java.nio.file.Files.delete(file);
    }

    @Test
    void executionScore_roundsHalfUpToTheCent_rule5() {
        // 10 × 62.6 / 80 = 7.825 exactly → 7.83 (10 × (62.6 / 80) in floating point is 7.8249999…)
        FormResult r = score(TestForms.funds("80", "62.6", "10", ""));
        assertEquals(7.83, r.funds().score());
    }
}
