package org.selfeval.model;

/** How serious a finding is; {@link #label()} is what a clerk reads. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used in report.json. */
    public String code() {
        return code;
    }

    /** The Chinese word shown in workbooks. */
    public String label() {
        return label;
    }
}
