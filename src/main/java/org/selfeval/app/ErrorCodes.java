package org.selfeval.app;

import java.util.Set;
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

    /**
     * Failures that the same bytes meet again with the same tool, rules and layouts, whatever the machine: a later
     * run may re-use them instead of reading the file again. Not the others: IO_ERROR (a share that dropped),
     * TIMEOUT and TOO_LARGE (limits set on the command line), INTERNAL_ERROR (ours: worth another try),
     * INTERRUPTED.
     */
    private static final Set<String> SAME_FOR_SAME_BYTES = Set.of(Rejections.NOT_A_WORKBOOK,
            Rejections.UNSUPPORTED_FORMAT, Rejections.ENCRYPTED, Rejections.CORRUPT, NO_FORM);

    private ErrorCodes() {
    }

    /** Whether a file that failed with this code fails so again for as long as its bytes are the same. */
    public static boolean sameForSameBytes(String code) {
        return code != null && SAME_FOR_SAME_BYTES.contains(code);
    }
}
