package org.selfeval.rules;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Form;
import org.selfeval.model.Numbers;

/**
 * RULES.md §5, the 总分: weights adding up to 100, and a filled-in 总分 that differs from the computed one, in the
 * 总分 row and in a header field (LAYOUTS.md rule 5).
 */
final class TotalRules {
    private TotalRules() {
    }

    /**
     * @param fallbackCell where to put WEIGHT_TOTAL_NOT_100 when the form has no 总分 row
     */
    static List<Finding> check(Form.TotalRow row, CellValue headerTotal, double weightTotal, double total,
                               String fallbackCell) {
        List<Finding> findings = new ArrayList<>();
        if (Scores.weightsDiffer(weightTotal, 100)) {
            String cell = row == null ? fallbackCell : first(row.weight(), row.labelCell());
            findings.add(Finding.of(FindingCode.WEIGHT_TOTAL_NOT_100, cell, "分值合计为" + Numbers.plain(weightTotal) + "，应为100"));
        }
        if (row != null) {
            SelfScoreCheck.check(row.score(), total, FindingCode.SELF_TOTAL_CHANGED, "总分").ifPresent(findings::add);
        }
        // LAYOUTS.md rule 5: the total printed in the header is checked as well (99分 reads 99)
        SelfScoreCheck.check(headerTotal, total, FindingCode.SELF_TOTAL_CHANGED, "总分").ifPresent(findings::add);
        return findings;
    }

    private static String first(CellValue a, CellValue b) {
        return (a != null ? a : b).address();
    }
}
