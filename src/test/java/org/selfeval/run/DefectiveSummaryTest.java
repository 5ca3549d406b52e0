package org.selfeval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;
import org.selfeval.batch.SummaryWorkbook;
import org.selfeval.report.JsonReportStream;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/**
 * Issue 14: a defect of selfeval while writing 汇总.xlsx (a RuntimeException, not a full disk) neither stops the
 * scoring, nor loses report.json, nor is blamed on an input; the line that says so names it INTERNAL_ERROR, not
 * IO_ERROR. The outputs run as a batch runs them, each on its own thread ({@link Background}).
 */
class DefectiveSummaryTest {
    @TempDir
    Path dir;

    /** The real 汇总 writer, whose writing fails with a defect at the end, once every result is in. */
    private static final class DefectWhileWriting implements RunOutput {
        final SummaryWorkbook summary;

        DefectWhileWriting(SummaryWorkbook summary) {
            this.summary = summary;
        }

        @Override
        public void add(FileResult result, FileResult previousRound) {
            summary.add(result, previousRound);
        }

        @Override
        public void add(FileResult result) {
            summary.add(result);
        }

        @Override
        public void finish() {
            throw new IllegalStateException("a defect while writing 汇总");
        }

        @Override
        public String label() {
            return summary.label();
        }

        @Override
        public void close() throws IOException {
            summary.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aDefectWhileWritingTheSummary_stopsNoScoring_losesNoReport_andBlamesNoInput(String format) throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<Job> jobs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Path input = Samples.copy(Samples.SEED, format, in.resolve("县" + i));
            Path relative = in.relativize(input);
            jobs.add(new Job(input, relative, out.resolve(relative)));
        }
        Path report = out.resolve("report.json");
        Files.createDirectories(out);
        List<RunOutput> outputs = List.of(
                new Background(new JsonReportStream("test", "national", report)),
                new Background(new DefectWhileWriting(new SummaryWorkbook(in, out))));

        Tally tally = new Run(new FileProcessor(RuleSettings.national()), 2, Progress.NONE).over(() -> jobs, outputs);

        for (Job job : jobs) { // every file scored, its figures in its copy
            try (Workbook back = Samples.reopen(job.output())) {
                assertEquals(110, back.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue(), 1e-9);
            }
        }
        JsonNode files = new ObjectMapper().readTree(report.toFile()).get("files");
        assertEquals(jobs.size(), files.size(), "report.json lists every file");
        for (JsonNode file : files) {
            assertEquals("scored", file.get("status").asText(), "no input is blamed: " + file);
        }
        assertFalse(Files.exists(out.resolve(SummaryWorkbook.FILE_NAME)), "no partial 汇总");
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        assertTrue(tally.anyFailed(), "exit status 2: an output is missing");
        assertEquals(1, tally.outputsFailed().size());
        String line = tally.outputsFailed().get(0);
        assertTrue(line.startsWith("汇总表 汇总.xlsx未能写出") && line.endsWith("（INTERNAL_ERROR）"), line);
        assertTrue(tally.finalLine(Duration.ZERO).contains("0 个文件未能评分"), tally.finalLine(Duration.ZERO));
    }
}
