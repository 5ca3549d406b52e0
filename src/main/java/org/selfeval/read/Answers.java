package org.selfeval.read;

import org.selfeval.model.CellValue;
import org.selfeval.model.FindingCode;

/**
 * LAYOUTS.md rule 7, template text: a value cell that still holds the template's instruction ({@code (100字以内)},
 * {@code 对照年度目标,说明…}, {@code 结合自评情况,…}; words {@code placeholder.template.text}) is no answer: it
 * reads as empty and carries TEMPLATE_TEXT_LEFT for the rules to report.
 */
final class Answers {
    static final String TEMPLATE_TEXT = "placeholder.template.text";

    private Answers() {
    }

    /** The cell as an answer: itself, or empty when it holds template instruction text (null stays null). */
    static CellValue of(CellValue cell, Vocabulary v) {
        if (cell == null || cell.notAnAnswer() != null || cell.number() != null || cell.text().isBlank()) {
            return cell;
        }
        String whole = LabelText.compact(cell.text());
        if (v.words(TEMPLATE_TEXT).stream().anyMatch(whole::contains)) {
            return cell.asEmpty(FindingCode.TEMPLATE_TEXT_LEFT, cell.text().strip());
        }
        return cell;
    }
}
