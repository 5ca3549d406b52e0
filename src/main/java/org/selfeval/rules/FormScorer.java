package org.selfeval.rules;

import org.selfeval.model.Form;
import org.selfeval.model.FormResult;

/** STUB — replaced by the rules work: RULES.md §3–§7 applied to one form. */
public final class FormScorer {
    private FormScorer() {
    }

    public static FormResult score(Form form, RuleSettings settings) {
        throw new UnsupportedOperationException("not yet");
    }
}
