package org.selfeval.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.io.WorkbookFiles;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.testing.Samples;

/**
 * Issue 14: comments are written in linear time. 10,000 flagged cells took 33 s in .xlsx (each new comment's
 * VML shape was found again by scanning all shapes) and 20,000 never finished; an .xls sheet scanned all its
 * comments for each cell's own. {@code mvn test} writes 1,000 and checks each comment; the 10,000 and their CPU time
 * are a long run, under {@code -Preliability} (60–100 s of a loaded 2-core machine otherwise).
 */
class CommentsAtScaleTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void aThousandFlaggedCells_eachHasItsComment(String format) throws Exception {
        flag(format, 1_000, Long.MAX_VALUE);
    }

    @Tag("reliability")
    @ParameterizedTest
    @ValueSource(strings = {"xls", "xlsx"})
    void tenThousandFlaggedCells_takeSeconds_andEachHasItsComment(String format) throws Exception {
        // linear: about 3 s of CPU on a slow core, JIT warm-up included; the old writer took 33 s (.xlsx)
        flag(format, 10_000, 12_000);
    }

    private void flag(String format, int count, long maxCpuMillis) throws Exception {
        Path out = dir.resolve("多批注." + format);
        long took;
        try (Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("自评表");
            List<Finding> findings = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                sheet.createRow(r).createCell(2).setCellValue("指标" + r);
                findings.add(Finding.of(FindingCode.TARGET_MISSING, "C" + (r + 1), "第" + (r + 1) + "行指标值未填"));
            }
            // CPU time of this thread: the wall clock of 2 shared cores says more about the neighbours
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            FindingMarks.apply(new CellLocator(sheet), findings, new StyleCache(wb));
            took = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
            WorkbookFiles.saveAtomically(wb, out);
        }
        assertTrue(took < maxCpuMillis, format + ": " + count + " comments took " + took + " ms of CPU");

        try (Workbook back = Samples.reopen(out)) {
            Map<CellAddress, ? extends Comment> comments = back.getSheetAt(0).getCellComments();
            assertEquals(count, comments.size());
            Comment last = comments.get(new CellAddress(count - 1, 2));
            assertTrue(last.getString().getString().contains("第" + count + "行指标值未填"), last.getString().getString());
            assertEquals(CellComments.AUTHOR, last.getAuthor());
            ClientAnchor box = last.getClientAnchor();
            assertEquals(3, box.getCol1(), "the box starts right of its cell");
            assertEquals(4, comments.get(new CellAddress(0, 2)).getString().getString().lines().count() + 2,
                    "marker line + one finding, checked on the first cell too");
        }
        assertTrue(Files.size(out) > 0);
    }
}
