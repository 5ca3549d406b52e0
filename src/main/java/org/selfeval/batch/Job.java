package org.selfeval.batch;

import java.nio.file.Path;

/**
 * One file to process.
 *
 * @param input    the workbook to read
 * @param relative its path relative to the input root (used for the output path and in messages)
 * @param output   where its scored copy goes, or null to check only
 */
public record Job(Path input, Path relative, Path output) {
}
