package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.rules.RuleSettings;

/** forEach on real sample workbooks, with more jobs than it keeps in flight. */
class BatchRunnerTest {
    @TempDir
    Path dir;

    /** Three copies of every sample plus one file that is not a workbook, in a nested tree. */
    private List<Job> jobs() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> InputTree.isWorkbookName(p.getFileName().toString())).sorted().toList();
        }
        Path in = dir.resolve("in");
        for (int copy = 0; copy < 3; copy++) {
            for (Path sample : samples) {
                Path target = in.resolve("县" + copy).resolve(sample.getFileName().toString());
                Files.createDirectories(target.getParent());
                Files.copy(sample, target);
            }
        }
        Files.writeString(in.resolve("县1/不是工作簿.xlsx"), "hello");
        List<Job> jobs = new ArrayList<>();
        for (Path p : InputTree.find(in, null)) {
            Path rel = in.relativize(p);
            jobs.add(new Job(p, rel, dir.resolve("out").resolve(rel.toString())));
        }
        return jobs;
    }

    @Test
    void forEach_handsResultsOnInJobOrder_withMoreJobsThanInFlight() throws Exception {
        List<Job> jobs = jobs();
        int threads = 2;
        assertTrue(jobs.size() > threads * BatchRunner.AHEAD_PER_THREAD);
        List<FileResult> seen = new ArrayList<>();
        BatchRunner.forEach(jobs, new FileProcessor(RuleSettings.national()), threads, Progress.NONE, seen::add);

        assertEquals(jobs.size(), seen.size());
        for (int i = 0; i < jobs.size(); i++) {
            assertEquals(jobs.get(i).input(), seen.get(i).file());
        }
        // the same files, one thread, one at a time: the same outcome per file
        List<FileResult> single = BatchRunner.run(jobs, new FileProcessor(RuleSettings.national()), 1,
                Progress.NONE);
        for (int i = 0; i < jobs.size(); i++) {
            assertEquals(single.get(i).status(), seen.get(i).status(), jobs.get(i).relative().toString());
            assertEquals(single.get(i).forms().stream().map(f -> f.total()).toList(),
                    seen.get(i).forms().stream().map(f -> f.total()).toList());
        }
        FileResult notAWorkbook = seen.stream()
                .filter(r -> r.file().getFileName().toString().equals("不是工作簿.xlsx")).findFirst().orElseThrow();
        assertTrue(notAWorkbook.failed());
        // every scored copy is a workbook with the 校验结果 sheet, or a Word document with the 校验结果 section
        for (FileResult r : seen) {
            if (!r.failed() && r.output().toString().endsWith(".docx")) {
                try (var in = java.nio.file.Files.newInputStream(r.output());
                     var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                    assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("校验结果")),
                            r.output().toString());
                }
            } else if (!r.failed()) {
                try (Workbook wb = WorkbookFactory.create(r.output().toFile(), null, true)) {
                    assertTrue(wb.getSheetIndex("校验结果") >= 0, r.output().toString());
                }
            }
        }
    }

    @Test
    void forEach_aFailingSinkStopsTheRun() throws Exception {
        List<Job> jobs = jobs();
        IllegalStateException stop = new IllegalStateException("disk full");
        List<FileResult> seen = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> BatchRunner.forEach(jobs,
                new FileProcessor(RuleSettings.national()), 2, Progress.NONE, r -> {
                    seen.add(r);
                    if (seen.size() == 3) {
                        throw stop;
                    }
                }));
        assertSame(stop, thrown);
        assertEquals(3, seen.size());
        long written;
        try (Stream<Path> out = Files.walk(dir.resolve("out"))) {
            written = out.filter(Files::isRegularFile).count();
        }
        // only jobs submitted before the sink failed, all finished by now: the handed-on ones and the window
        assertTrue(written <= 3 + 2 * BatchRunner.AHEAD_PER_THREAD, "written " + written);
    }
}
