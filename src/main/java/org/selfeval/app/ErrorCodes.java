package org.selfeval.app;

import org.selfeval.io.Rejections;

/**
 * The file-level failure codes of CLI.md that the pipeline itself produces; io's {@link Rejections} holds the
 * format codes, and the ones both use are defined there once.
 */
public final class ErrorCodes {
    public static final String NO_FORM = "NO_FORM";
    public static final String IO_ERROR = Rejections.IO_ERROR;
    public static final String CORRUPT = Rejections.CORRUPT;
    /** A defect of selfeval itself met on this file: not the file's fault, reported as such. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    /** The run was stopped (interrupted) before this file was done. */
    public static final String INTERRUPTED = "INTERRUPTED";

    private ErrorCodes() {
    }
}
