package org.selfeval.rules;

import java.util.Optional;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Numbers;
import org.selfeval.value.Amounts;

/** RULES.md §5: a filled-in 得分 or 总分 that differs from the computed one by more than 0.01. */
final class SelfScoreCheck {
    private SelfScoreCheck() {
    }

    /**
     * @param cell the 得分 or 总分 cell (null or blank: nothing to check)
     * @param code SELF_SCORE_CHANGED or SELF_TOTAL_CHANGED
     * @param what 得分 or 总分, as the message names it
     */
    static Optional<Finding> check(CellValue cell, double computed, FindingCode code, String what) {
        return check(cell, Amounts.orNull(cell), computed, code, what);
    }

    /** Like {@link #check(CellValue, double, FindingCode, String)} with the cell's number already read ({@code self}). */
    static Optional<Finding> check(CellValue cell, Double self, double computed, FindingCode code, String what) {
        if (self == null || !Scores.differ(self, computed)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(code, cell.address(),
                what + "原填" + Numbers.plain(self) + "，按评分规则计算为" + Numbers.plain(computed) + "，已改为计算值（原值见批注）"));
    }
}
