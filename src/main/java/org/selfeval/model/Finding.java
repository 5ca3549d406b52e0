package org.selfeval.model;

import java.util.Objects;

/**
 * One problem found on a form: data, not an exception.
 *
 * @param severity error, warning or info
 * @param code     the stable code
 * @param cell     A1 address on the form's sheet the finding is about
 * @param message  Chinese text a county clerk can act on
 */
public record Finding(Severity severity, FindingCode code, String cell, String message) {

    public Finding {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(cell);
        Objects.requireNonNull(message);
    }

    /** A finding with the severity its code carries. */
    public static Finding of(FindingCode code, String cell, String message) {
        return new Finding(code.severity(), code, cell, message);
    }

    /**
     * The finding as a person reads it: the Chinese name of its kind first, then the message, the stable code
     * last for whoever needs to look it up: {@code 分值合计不为100：分值合计为110，应为100（WEIGHT_TOTAL_NOT_100）}.
     */
    public String display() {
        return code.chineseName() + "：" + message + "（" + code.name() + "）";
    }
}
