package org.selfeval.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.selfeval.cli.Cli;

/** The command line as end-to-end tests run it: what it prints is dropped, the exit status returned. */
public final class QuietCli {
    private QuietCli() {
    }

    public static int run(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(sink, sink).run(args);
    }
}
