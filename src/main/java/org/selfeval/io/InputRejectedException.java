package org.selfeval.io;

/**
 * A file that cannot be processed: a stable code (NOT_A_WORKBOOK, ENCRYPTED, CORRUPT, TOO_LARGE,
 * UNSUPPORTED_FORMAT, IO_ERROR, NO_FORM …) and a Chinese message that says what to do.
 */
public class InputRejectedException extends Exception {
    private final String code;

    public InputRejectedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public InputRejectedException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
