package org.selfeval.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.selfeval.cli.Cli;

/**
 * The command line run in the test's JVM, keeping what its last run printed (standard output and error, in the
 * order written) for the test to read, as a clerk reads the terminal.
 */
public final class CapturedCli {
    private String printed = "";

    /** Runs the command; returns its exit status. */
    public int run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = new Cli(stream, stream).run(args);
        printed = bytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    /** What the last run printed. */
    public String printed() {
        return printed;
    }
}
