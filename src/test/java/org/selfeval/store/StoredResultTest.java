package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.batch.InputTree;
import org.selfeval.report.JsonReport;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/** What the store keeps of a result gives back the same result: every sample, both formats, and a failure. */
class StoredResultTest {
    /**
     * How records were written until 2026-11-27 (stores made then are read by every later version): nulls left
     * out, but every boolean written, false ones too, and CellValue's derived isBlank() as "blank".
     */
    private static final JsonMapper OLD_FORMAT = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static List<FileResult> sampleResults() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Samples.DIR)) {
            samples = s.filter(p -> InputTree.isWorkbookName(p.getFileName().toString())).sorted().toList();
        }
        assertTrue(samples.stream().anyMatch(p -> p.toString().endsWith(".xls")));
        assertTrue(samples.stream().anyMatch(p -> p.toString().endsWith(".xlsx")));
        FileProcessor processor = new FileProcessor(RuleSettings.national());
        List<FileResult> results = new ArrayList<>();
        for (Path sample : samples) {
            results.add(processor.check(sample));
        }
        return results;
    }

    @Test
    void everySampleResult_comesBackFromItsStoredRecordEqual_andShowsTheSameReportEntry() throws Exception {
        for (FileResult live : sampleResults()) {
            Path sample = live.file();
            assertFalse(live.forms().isEmpty(), sample.toString());
            String json = StoredResult.of(live).toJson();
            FileResult back = StoredResult.fromJson(json).toFileResult(live.file(), live.output());
            assertEquals(live, back, sample.toString());
            assertFalse(json.contains(":null"), "a null field is left out of the record: " + sample);
            assertFalse(json.contains(":false"), "a false boolean is left out of the record: " + sample);
            assertFalse(json.contains("\"blank\""), "CellValue.isBlank() is derived, not stored: " + sample);
            assertEquals(JsonReport.mapper().writeValueAsString(JsonReport.file(live)),
                    JsonReport.mapper().writeValueAsString(JsonReport.file(back)), sample.toString());
        }
    }

    @Test
    void aRecordInTheOldFormat_readsAsTheSameResult_asTheShorterOneWrittenNow() throws Exception {
        long oldChars = 0;
        long newChars = 0;
        for (FileResult live : sampleResults()) {
            String old = OLD_FORMAT.writeValueAsString(StoredResult.of(live));
            String now = StoredResult.of(live).toJson();
            assertTrue(old.contains("\"percentFormat\":false,\"formula\":false,\"blank\":false"), old);
            assertEquals(count(old, ":true") - count(old, "\"blank\":true"), count(now, ":true"),
                    "every true boolean but the derived blank is still written: " + live.file());
            FileResult fromOld = StoredResult.fromJson(old).toFileResult(live.file(), live.output());
            FileResult fromNew = StoredResult.fromJson(now).toFileResult(live.file(), live.output());
            assertEquals(fromOld, fromNew, live.file().toString());
            assertEquals(live, fromOld, live.file().toString());
            oldChars += old.length();
            newChars += now.length();
        }
        // measured on the samples: about 45 % shorter
        assertTrue(newChars < oldChars * 0.65, newChars + " chars now against " + oldChars + " before");
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aRecordOfAStoreMadeBefore_readsAsTheResultOfItsInput() throws Exception {
        // taken as is from a store written by the first format (results.record of samples/00-霍邱-困难职工送温暖.xls,
        // bench/rounds.sh, 2026-11-27)
        String old = Files.readString(Path.of("src/test/resources/store/record-format-1-00-霍邱.xls.json"));
        assertTrue(old.contains("\"percentFormat\":false,\"formula\":false,\"blank\":false"));
        FileResult live = new FileProcessor(RuleSettings.national()).check(Samples.DIR.resolve(Samples.SEED + ".xls"));
        // as a batch stored it: with its scored copy written
        StoredResult scored = new StoredResult(FileResult.Status.SCORED.name(), null, null, live.forms(),
                live.findings(), live.note());
        assertEquals(scored, StoredResult.fromJson(old));
        assertEquals(StoredResult.fromJson(old), StoredResult.fromJson(scored.toJson()));
        assertTrue(scored.toJson().length() < old.length() * 0.65, scored.toJson().length() + " against " + old.length());
    }

    @Test
    void aFailure_keepsItsCodeAndMessage() {
        FileResult failed = FileResult.failed(Path.of("in/坏.xls"), "ENCRYPTED", "文件已加密，无法读取");
        FileResult back = StoredResult.fromJson(StoredResult.of(failed).toJson())
                .toFileResult(Path.of("in/坏.xls"), Path.of("out/坏.xls"));
        assertEquals(failed, back);
    }
}
