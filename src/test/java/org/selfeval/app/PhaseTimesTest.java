package org.selfeval.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.testing.Samples;

/** The per-phase CPU line of the benchmarks: absent by default, every phase counted with -Dselfeval.phases. */
class PhaseTimesTest {
    private static final Pattern LINE = Pattern.compile("(?m)^phases((?: \\w+_s=[0-9.]+)+)$");

    @TempDir
    Path dir;

    @Test
    void phasesLine_onlyWhenAsked_withEveryPhaseOfAScoredFile() throws Exception {
        Path input = Samples.copy(Samples.SEED, "xlsx", dir);
        String plain = run(input, "out1", false);
        assertTrue(!LINE.matcher(plain).find(), plain);

        String measured = run(input, "out2", true);
        Matcher m = LINE.matcher(measured);
        assertTrue(m.find(), measured);
        Map<String, Double> seconds = Pattern.compile(" (\\w+)_s=([0-9.]+)").matcher(m.group(1)).results()
                .collect(Collectors.toMap(r -> r.group(1), r -> Double.parseDouble(r.group(2))));
        assertEquals(List.of("locate", "open", "save", "score", "write"), seconds.keySet().stream().sorted().toList());
        // opening and saving a workbook take milliseconds of CPU at least; the line has two decimals
        assertTrue(seconds.get("open") > 0, measured);
        assertTrue(seconds.get("save") > 0, measured);
    }

    private String run(Path input, String out, boolean phases) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve(out + ".log");
        Process p = new ProcessBuilder(java, "-Dselfeval.phases=" + phases, "-cp", classpath,
                "org.selfeval.cli.Main", "score", input.toString(), "--out", dir.resolve(out).toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        p.waitFor();
        assertTrue(Files.exists(dir.resolve(out).resolve(input.getFileName())), "scored copy written");
        return Files.readString(log);
    }
}
