package org.selfeval.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;

/**
 * A submission read and scored, before anything is written: what the report shows, and how to write and save
 * the scored copy (workbook or Word document alike).
 *
 * @param reported     the forms' results as report.json and 汇总.xlsx show them (in a Word file, with Word places)
 * @param fileFindings findings about the file as a whole
 * @param note         what a person should know about the output, or null
 * @param writer       puts the scoring into the opened file, in memory
 * @param saver        saves it atomically to a target
 */
record Scored(List<FormResult> reported, List<Finding> fileFindings, String note, Runnable writer, Saver saver) {

    interface Saver {
        void save(Path target) throws IOException;
    }
}
