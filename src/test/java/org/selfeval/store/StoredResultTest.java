package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    @Test
    void everySampleResult_comesBackFromItsStoredRecordEqual_andShowsTheSameReportEntry() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Samples.DIR)) {
            samples = s.filter(p -> InputTree.isWorkbookName(p.getFileName().toString())).sorted().toList();
        }
        assertTrue(samples.stream().anyMatch(p -> p.toString().endsWith(".xls")));
        assertTrue(samples.stream().anyMatch(p -> p.toString().endsWith(".xlsx")));
        FileProcessor processor = new FileProcessor(RuleSettings.national());
        for (Path sample : samples) {
            FileResult live = processor.check(sample);
            assertFalse(live.forms().isEmpty(), sample.toString());
            String json = StoredResult.of(live).toJson();
            FileResult back = StoredResult.fromJson(json).toFileResult(live.file(), live.output());
            assertEquals(live, back, sample.toString());
            assertFalse(json.contains(":null"), "a null field is left out of the record: " + sample);
            assertEquals(JsonReport.mapper().writeValueAsString(JsonReport.file(live)),
                    JsonReport.mapper().writeValueAsString(JsonReport.file(back)), sample.toString());
        }
    }

    @Test
    void aFailure_keepsItsCodeAndMessage() {
        FileResult failed = FileResult.failed(Path.of("in/坏.xls"), "ENCRYPTED", "文件已加密，无法读取");
        FileResult back = StoredResult.fromJson(StoredResult.of(failed).toJson())
                .toFileResult(Path.of("in/坏.xls"), Path.of("out/坏.xls"));
        assertEquals(failed, back);
    }
}
