package org.selfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileResult;
import org.selfeval.model.FindingCode;
import org.selfeval.testing.Results;

class JsonReportStreamTest {
    @TempDir
    Path dir;

    private static List<FileResult> results() {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            results.add(Results.scored(Path.of("in/县" + i + "/a.xlsx"), Path.of("out/县" + i + "/a.xlsx"),
                    Results.form("自评表", "项目" + i, "部门" + (i % 3), 80 + i % 20, i % 2 == 0 ? "良" : "优",
                            Results.error(FindingCode.WEIGHT_TOTAL_NOT_100, "G31", "分值合计为110，应为100"))));
        }
        results.add(FileResult.failed(Path.of("in/bad.xls"), "ENCRYPTED", "文件已加密，无法读取"));
        return results;
    }

    @Test
    void streamedReport_isTheSameDocumentAsTheBuiltOne() throws Exception {
        List<FileResult> results = results();
        Path target = dir.resolve("report.json");
        try (JsonReportStream stream = new JsonReportStream("9.9", "mof-2020", target)) {
            for (FileResult r : results) {
                stream.add(r);
            }
            stream.finish();
        }
        String streamed = Files.readString(target, StandardCharsets.UTF_8);
        JsonNode expected = JsonReport.mapper().readTree(JsonReport.toJson(JsonReport.build("9.9", "mof-2020", results)));
        JsonNode actual = JsonReport.mapper().readTree(streamed);
        assertEquals(expected, actual);
        assertEquals(41, actual.get("files").size());
        assertEquals("in/县39/a.xlsx", actual.get("files").get(39).get("file").asText());
        assertEquals("ENCRYPTED", actual.get("files").get(40).get("error").get("code").asText());
        assertEquals(true, streamed.endsWith("}\n"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("report.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void closedUnfinished_leavesTheEarlierReportAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("report.json");
        Files.writeString(target, "{\"old\":true}");
        try (JsonReportStream stream = new JsonReportStream("9.9", "mof-2020", target)) {
            stream.add(results().get(0));
        }
        assertEquals("{\"old\":true}", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
