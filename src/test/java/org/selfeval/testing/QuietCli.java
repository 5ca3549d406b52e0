package org.selfeval.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.selfeval.cli.Cli;

/** The command line as end-to-end tests run it: what it prints is dropped, the exit status returned. */
public final class QuietCli {
    private QuietCli() {
    }

    public static int run(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(sink, sink).run(args);
    }

    /**
     * {@code selfeval score INPUT --out DIR/out --report DIR/report.json}, and the first form of that report.json
     * read back from disk.
     */
    public static JsonNode scoreFirstForm(Path input, Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        run("score", input.toString(), "--out", dir.resolve("out").toString(), "--report", report.toString());
        return new ObjectMapper().readTree(report.toFile()).get("files").get(0).get("forms").get(0);
    }
}
