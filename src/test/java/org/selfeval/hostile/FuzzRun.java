package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.OpenedWorkbook;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.InputRejectedException;
import org.selfeval.io.Limits;
import org.selfeval.io.WorkbookFiles;
import org.selfeval.model.Form;
import org.selfeval.model.FormResult;
import org.selfeval.read.FormLocator;
import org.selfeval.rules.FormScorer;
import org.selfeval.rules.RuleSettings;
import org.selfeval.write.ScoredWorkbookWriter;

/**
 * The fuzz run (docs/reliability.md): thousands of mutations of every sample (bit flips, byte runs, truncation,
 * zip-entry damage, combinations) through {@link FileProcessor#score}. Fails on any exception escaping, any
 * TIMEOUT (a hang), any malformed outcome, an output for a failure or a temporary file left behind. Only in
 * {@code mvn -Pfuzz test} (or bench/fuzz.sh); {@code -Dselfeval.fuzz.cases=N -Dselfeval.fuzz.seed=S}.
 */
@EnabledIfSystemProperty(named = "selfeval.fuzz", matches = "true")
class FuzzRun {
    @TempDir
    Path dir;

    @Test
    void mutationsOfEverySample_noEscape_noHang_everyOutcomeCoded() throws Exception {
        int cases = Integer.getInteger("selfeval.fuzz.cases", 20000);
        long seed = Long.getLong("selfeval.fuzz.seed", 20240601L);
        int threads = Integer.getInteger("selfeval.fuzz.threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Path> samples = HostileCorpus.sampleFiles(Path.of("samples"));
        List<byte[]> originals = new ArrayList<>();
        for (Path p : samples) {
            originals.add(Files.readAllBytes(p));
        }
        // a hang is anything near the limit: a form takes well under a second
        FileProcessor processor = new FileProcessor(RuleSettings.national(),
                Limits.defaults().withTimeLimit(Duration.ofSeconds(30)));
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> strategies = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> guarded = new ConcurrentHashMap<>();
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger slowest = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            final int n = i;
            futures.add(pool.submit(() -> {
                int s = n % samples.size();
                String name = samples.get(s).getFileName().toString();
                Random random = new Random(seed + n);
                String strategy = Strategy.values()[random.nextInt(Strategy.values().length)].name();
                byte[] bytes = Strategy.valueOf(strategy).apply(originals.get(s), random);
                String caseName = String.format("%05d-%s-%s", n, strategy, name);
                strategies.computeIfAbsent(strategy, k -> new AtomicInteger()).incrementAndGet();
                Path caseDir = dir.resolve(String.format("%05d", n));
                try {
                    Path in = Files.createDirectories(caseDir.resolve("in")).resolve(name);
                    Files.write(in, bytes);
                    Path out = caseDir.resolve("out").resolve(name);
                    long t0 = System.nanoTime();
                    FileResult r = processor.score(in, out);
                    slowest.accumulateAndGet((int) ((System.nanoTime() - t0) / 1_000_000), Math::max);
                    String outcome = Outcomes.outcome(r);
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    if (outcome.equals("TIMEOUT")) {
                        problems.add(caseName + ": hang (TIMEOUT)");
                    }
                    try {
                        Outcomes.assertWellFormed(caseName, r, out);
                        if (Files.isDirectory(out.getParent())) {
                            Outcomes.assertNoTempFiles(out.getParent());
                        }
                    } catch (AssertionError e) {
                        problems.add(caseName + ": " + e.getMessage());
                    }
                    if (r.failed() && r.error().message().contains("异常")) {
                        guarded.computeIfAbsent(diagnose(in), k -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Throwable t) {
                    problems.add(caseName + ": escaped " + t);
                } finally {
                    deleteTree(caseDir);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        StringBuilder report = new StringBuilder();
        report.append(String.format("fuzz: %d cases from %d samples, seed %d, %d threads, %d s, slowest file %d ms%n",
                cases, samples.size(), seed, threads, seconds, slowest.get()));
        report.append("strategies: ").append(new TreeMap<>(strategies)).append('\n');
        report.append("outcomes: ").append(new TreeMap<>(outcomes)).append('\n');
        report.append("caught by the pipeline's last-resort guard (CORRUPT): ").append(new TreeMap<>(guarded)).append('\n');
        report.append("problems: ").append(problems.size()).append('\n');
        problems.stream().limit(50).forEach(p -> report.append("  ").append(p).append('\n'));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-report.txt"), report, StandardCharsets.UTF_8);
        assertEquals(List.of(), problems.subList(0, Math.min(50, problems.size())));
    }

    /** What the pipeline's guard caught, replayed outside it: exception class and first frame. */
    private static String diagnose(Path in) {
        try (OpenedWorkbook opened = WorkbookFiles.open(in); Workbook wb = opened.workbook()) {
            List<FormResult> results = new ArrayList<>();
            for (Form form : FormLocator.locate(wb)) {
                results.add(FormScorer.score(form, RuleSettings.national()));
            }
            ScoredWorkbookWriter.apply(wb, results);
            wb.write(OutputStream.nullOutputStream());
            return "(not reproduced)";
        } catch (InputRejectedException e) {
            return "(rejected " + e.code() + ")";
        } catch (Throwable t) {
            StackTraceElement[] frames = t.getStackTrace();
            String where = frames.length > 0 ? " at " + frame(frames[0]) : "";
            for (StackTraceElement f : frames) {
                if (f.getClassName().startsWith("org.selfeval.")) {
                    return t.getClass().getSimpleName() + where + " from " + frame(f);
                }
            }
            return t.getClass().getSimpleName() + where;
        }
    }

    private static String frame(StackTraceElement f) {
        return f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName();
    }

    private static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (Exception ignored) {
            // temp dir; JUnit removes the rest
        }
    }

    /** The mutations, each deterministic given the Random. */
    enum Strategy {
        FLIP_1 {
            byte[] apply(byte[] b, Random r) {
                return Mutations.flipBits(b, r.nextLong(), 1);
            }
        },
        FLIP_MANY {
            byte[] apply(byte[] b, Random r) {
                return Mutations.flipBits(b, r.nextLong(), 2 + r.nextInt(64));
            }
        },
        BYTE_RUN {
            byte[] apply(byte[] b, Random r) {
                return Mutations.byteRun(b, r.nextLong(), 1 + r.nextInt(512));
            }
        },
        TRUNCATE {
            byte[] apply(byte[] b, Random r) {
                return Mutations.truncate(b, r.nextInt(b.length));
            }
        },
        ZIP_ENTRY {
            byte[] apply(byte[] b, Random r) {
                return Mutations.corruptZipEntry(b, r.nextLong());
            }
        },
        COMBINED {
            byte[] apply(byte[] b, Random r) {
                byte[] m = Mutations.corruptZipEntry(b, r.nextLong());
                m = Mutations.byteRun(m, r.nextLong(), 1 + r.nextInt(32));
                return Mutations.flipBits(m, r.nextLong(), 1 + r.nextInt(8));
            }
        };

        abstract byte[] apply(byte[] bytes, Random random);
    }
}
