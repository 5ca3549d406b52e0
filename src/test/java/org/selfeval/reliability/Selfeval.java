package org.selfeval.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs selfeval's real entry point (cli.Main) in a JVM of its own: exit status, stdout and stderr as bytes. */
final class Selfeval {
    private Selfeval() {
    }

    record Run(int status, String out, String err) {
        /** Lines of stderr that are a Java stack trace or a logger's line of POI's. */
        List<String> noise() {
            return err.lines().filter(l -> l.startsWith("\tat ") || l.contains("Exception") || l.contains("org.apache."))
                    .toList();
        }
    }

    /** Runs {@code java org.selfeval.cli.Main args} with {@code env} added to (or, for null values, removed from) this environment. */
    static Run run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.selfeval.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("selfeval did not finish in 120 s");
        }
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
