package org.selfeval.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.app.RunOutput;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/**
 * Issue 14, item 2: an output that cannot be written (汇总.xlsx given a file name it could not link, a full disk)
 * never stops the scoring. It stopped the batch after a few files with INTERNAL_ERROR: no report, no 汇总.
 */
class FailingOutputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aFailingOutput_isDropped_andEveryFileIsScoredAndReported(String format) throws Exception {
        List<Job> jobs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path input = Samples.copy(Samples.SEED, format, dir.resolve("in" + i));
            jobs.add(new Job(input, input.getFileName(), dir.resolve("out" + i).resolve(input.getFileName())));
        }
        List<FileResult> reported = new ArrayList<>();
        RunOutput healthy = reported::add;
        RunOutput broken = new RunOutput() {
            @Override
            public void add(FileResult result) {
                throw new IllegalArgumentException("Address of hyperlink is not a valid URI: 项目:2023");
            }

            @Override
            public String label() {
                return "汇总表 汇总.xlsx";
            }
        };

        Tally tally = new Run(new FileProcessor(RuleSettings.national()), 2, Progress.NONE)
                .over(() -> jobs, List.of(broken, healthy));

        assertEquals(3, reported.size(), "the other outputs get every result");
        for (Job job : jobs) {
            try (Workbook back = Samples.reopen(job.output())) {
                assertEquals(110, back.getSheet("自评表").getRow(31).getCell(7).getNumericCellValue(), 1e-9);
            }
        }
        assertTrue(tally.anyFailed(), "exit status 2: an output is missing");
        assertEquals(1, tally.outputsFailed().size());
        assertTrue(tally.outputsFailed().get(0).startsWith("汇总表 汇总.xlsx未能写出"), tally.outputsFailed().get(0));
    }
}
