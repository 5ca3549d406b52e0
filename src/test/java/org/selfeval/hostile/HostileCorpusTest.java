package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.Limits;
import org.selfeval.rules.RuleSettings;

/**
 * Every file of {@link HostileCorpus} through {@link FileProcessor#score}: nothing escapes, each ends as a
 * scored copy or a coded Chinese reason, no output for a failure, no temporary file left, inputs untouched.
 */
class HostileCorpusTest {
    @TempDir
    static Path dir;
    static List<HostileCorpus.Case> corpus;

    @BeforeAll
    static void build() {
        corpus = HostileCorpus.all(Path.of("samples"));
    }

    @Test
    void everyHostileFile_endsScoredOrWithACodedChineseReason_andNothingIsLostOrLeftBehind() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, String> hashes = new LinkedHashMap<>();
        for (HostileCorpus.Case c : corpus) {
            Path file = in.resolve(c.name());
            Files.write(file, c.bytes());
            hashes.put(c.name(), Outcomes.sha256(file));
        }
        FileProcessor processor = new FileProcessor(RuleSettings.national(), Limits.defaults());
        Map<String, String> outcomes = new TreeMap<>();
        StringBuilder unexpected = new StringBuilder();
        for (HostileCorpus.Case c : corpus) {
            Path output = out.resolve(c.name());
            long start = System.nanoTime();
            FileResult r = processor.score(in.resolve(c.name()), output);
            long millis = (System.nanoTime() - start) / 1_000_000;
            Outcomes.assertWellFormed(c.name(), r, output);
            String outcome = Outcomes.outcome(r);
            outcomes.put(c.name(), outcome);
            if (!c.expected().isEmpty() && !c.expected().contains(outcome)) {
                unexpected.append(c.name()).append(": ").append(outcome).append(" (expected ")
                        .append(c.expected()).append(") ").append(r.failed() ? r.error().message() : "")
                        .append('\n');
            }
            assertTrue(millis < 20_000, c.name() + " took " + millis + " ms");
        }
        assertEquals("", unexpected.toString(), "outcomes: " + outcomes);
        Outcomes.assertNoTempFiles(out);
        for (HostileCorpus.Case c : corpus) {
            assertEquals(hashes.get(c.name()), Outcomes.sha256(in.resolve(c.name())), c.name() + " changed");
        }
        // the corpus is not all failures: the good files and most single-bit flips are still scored
        assertTrue(outcomes.values().stream().filter(HostileCorpus.SCORED::equals).count() >= 10, outcomes::toString);
    }
}
