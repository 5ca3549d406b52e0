package org.selfeval.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;

/**
 * report.json built once every result is in and written to a console (check prints it on stdout) and, when
 * given, to a file. Holds every result: for the few files a {@code check} names; a batch streams
 * ({@link JsonReportStream}).
 */
public final class CollectedReport implements RunOutput {
    private final String version;
    private final String rules;
    private final PrintStream console;
    private final Path file;
    private final List<FileResult> results = new ArrayList<>();

    /** @param file also written there (atomically), or null */
    public CollectedReport(String version, String rules, PrintStream console, Path file) {
        this.version = version;
        this.rules = rules;
        this.console = console;
        this.file = file;
    }

    @Override
    public void add(FileResult result) {
        results.add(result);
    }

    @Override
    public void finish() throws IOException {
        JsonReport.Report report = JsonReport.build(version, rules, results);
        JsonReport.write(report, console);
        if (file != null) {
            JsonReport.write(report, file);
        }
    }
}
