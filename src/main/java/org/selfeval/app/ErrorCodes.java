package org.selfeval.app;

/** The file-level failure codes of CLI.md that the pipeline itself produces (io adds the format codes). */
public final class ErrorCodes {
    public static final String NO_FORM = "NO_FORM";
    public static final String IO_ERROR = "IO_ERROR";
    public static final String CORRUPT = "CORRUPT";
    /** A defect of selfeval itself met on this file: not the file's fault, reported as such. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorCodes() {
    }
}
