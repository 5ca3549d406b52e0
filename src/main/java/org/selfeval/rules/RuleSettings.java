package org.selfeval.rules;

/** STUB — replaced by the rules work: RULES.md §9 settings, national defaults built in. */
public final class RuleSettings {
    private static final RuleSettings NATIONAL = new RuleSettings();

    public static RuleSettings national() {
        return NATIONAL;
    }

    /** The name the report shows, e.g. "mof-2020". */
    public String name() {
        return "mof-2020";
    }

    /** Reads a rules file (--rules FILE); unknown keys or bad values throw IllegalArgumentException with a Chinese message. */
    public static RuleSettings load(java.nio.file.Path file) throws java.io.IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
