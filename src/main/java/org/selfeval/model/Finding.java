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

    /** The message as shown to people: Chinese text with the code beside it. */
    public String display() {
        return message + "（" + code.name() + "）";
    }
}
