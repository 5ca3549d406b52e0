package org.selfeval.rules;

import java.util.Optional;
import org.selfeval.model.Achievement;
import org.selfeval.model.CellValue;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.value.TextNormalizer;

/**
 * LAYOUTS.md C: the unit's 单项指标完成情况 word against the figures. {@code 完成} on a row the figures judge
 * partial or not achieved, or {@code 未完成} / {@code 基本完成} on a row they judge achieved, is
 * STATUS_CONTRADICTS_FIGURES (warning) on the word's cell. The word is read as RULES.md §4 reads an actual
 * ({@link WordScoring#classify}); a word that says neither, and a row left for review, are not checked.
 */
final class StatusRule {
    private StatusRule() {
    }

    /**
     * @param status      the 完成情况 cell (null or blank: nothing to check)
     * @param achievement what the figures say
     * @param points      the row's 单项指标得分, named in the message
     */
    static Optional<Finding> check(CellValue status, Achievement achievement, double points) {
        if (status == null || status.isBlank() || achievement == null || !achievement.judged()) {
            return Optional.empty();
        }
        String word = TextNormalizer.normalize(status.text());
        WordScoring.Outcome said = WordScoring.classify(null, "", null, word);
        boolean saysDone = said == WordScoring.Outcome.ACHIEVED;
        boolean saysNotDone = said == WordScoring.Outcome.PARTIAL || said == WordScoring.Outcome.NOT_ACHIEVED;
        boolean done = achievement == Achievement.ACHIEVED;
        if (saysDone && !done || saysNotDone && done) {
            return Optional.of(Finding.of(FindingCode.STATUS_CONTRADICTS_FIGURES, status.address(),
                    "完成情况填“" + status.text().strip() + "”，但按指标值和实际完成值判定为“" + achievement.label()
                            + "”（单项指标得分" + org.selfeval.model.Numbers.plain(points) + "）；请核对完成情况或实际完成值"));
        }
        return Optional.empty();
    }
}
