package org.selfeval.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** selfeval's command line in a JVM of its own, for tests that kill it (-9) midway. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Starts {@code selfeval ARGS} on the test class path, output to {@code log}. Started with the launcher's
     * flags (C1 only, serial collector): it starts and warms up in a fraction of the default's time.
     */
    public static Process start(Path log, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", classpath, "org.selfeval.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
