package org.selfeval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cutting long worksheets on open and splicing them back on save, and when a sheet is left whole. */
class LongSheetsTest {
    private static final int K = LongSheets.KEEP_ROWS;

    @TempDir
    Path dir;

    /** A one-sheet .xlsx (项目名称 in A1) whose sheet gets {@code rows} appended before {@code </sheetData>}. */
    private Path xlsx(String name, String rows) throws Exception {
        byte[] bytes = Zips.rewriteEntry(Fixtures.xlsx(), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</sheetData>", rows + "</sheetData>").replaceFirst("<dimension ref=\"[^\"]*\"/>", ""));
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static String rows(int from, int to, boolean numbered) {
        StringBuilder sb = new StringBuilder();
        for (int r = from; r <= to; r++) {
            sb.append(numbered ? "<row r=\"" + r + "\">" : "<row>")
                    .append("<c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>行").append(r).append("</t></is></c></row>");
        }
        return sb.toString();
    }

    private static Workbook reopened(Path saved) throws Exception {
        try (InputStream in = Files.newInputStream(saved)) {
            return WorkbookFactory.create(in);
        }
    }

    @Test
    void theZipIsReadAgainOnlyWhenItsDirectoryListsALargeWorksheet() throws Exception {
        byte[] small = Files.readAllBytes(xlsx("small.xlsx", rows(2, 50, true)));
        assertFalse(LongSheets.mayHoldLongSheet(small));
        assertTrue(LongSheets.cut(small).zip() == small, "a short sheet: the bytes are opened as they are");
        byte[] big = Files.readAllBytes(xlsx("big.xlsx", rows(2, K + 50, true)));
        assertTrue(LongSheets.mayHoldLongSheet(big));
        assertEquals(1, LongSheets.cut(big).tails().size());
        // a directory that cannot be read plainly leaves the decision to the full pass
        byte[] odd = small.clone();
        int dir = (odd[odd.length - 6] & 0xFF) | (odd[odd.length - 5] & 0xFF) << 8; // EOCD, no comment
        odd[dir] = 'X';
        assertTrue(LongSheets.mayHoldLongSheet(odd));
        assertTrue(LongSheets.mayHoldLongSheet(new byte[]{1, 2, 3}));
    }

    @Test
    void rowsPastTheLimit_notLoaded_butSavedBack_evenWhenNothingIsKeptBeforeThem() throws Exception {
        // the form row (A1) is followed only by rows far past the limit
        Path in = xlsx("far.xlsx", rows(3 * K, 3 * K + 3000, true));
        Path out = dir.resolve("out/far.xlsx");
        try (OpenedWorkbook opened = WorkbookFiles.open(in)) {
            Workbook wb = opened.workbook();
            assertEquals(0, wb.getSheetAt(0).getLastRowNum(), "rows past the limit were loaded");
            assertTrue(opened.hasCutRows());
            wb.getSheetAt(0).getRow(0).createCell(3).setCellValue("改动");
            opened.saveAtomically(out);
        }
        try (Workbook back = reopened(out)) {
            Sheet sheet = back.getSheetAt(0);
            assertEquals("改动", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(3 * K + 3000 - 1, sheet.getLastRowNum());
            assertEquals("行" + (3 * K + 1500), sheet.getRow(3 * K + 1500 - 1).getCell(1).getStringCellValue());
        }
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "scratch file left behind");
        }
    }

    @Test
    void unnumberedRows_areLoadedWhole() throws Exception {
        Path in = xlsx("plain.xlsx", rows(2, K + 2000, false));
        try (OpenedWorkbook opened = WorkbookFiles.open(in)) {
            Workbook wb = opened.workbook();
            assertFalse(opened.hasCutRows());
            assertEquals(K + 1999, wb.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void sharedFormulaOnBothSidesOfTheCut_sheetLoadedWhole() throws Exception {
        String master = "<row r=\"2\"><c r=\"C2\"><f t=\"shared\" ref=\"C2:C" + (K + 2000) + "\" si=\"0\">B2</f><v>0</v></c></row>";
        StringBuilder rows = new StringBuilder(master);
        rows.append(rows(3, K + 1000, true));
        rows.append("<row r=\"").append(K + 1001).append("\"><c r=\"C").append(K + 1001)
                .append("\"><f t=\"shared\" si=\"0\"/><v>0</v></c></row>");
        Path in = xlsx("shared.xlsx", rows.toString());
        try (OpenedWorkbook opened = WorkbookFiles.open(in)) {
            Workbook wb = opened.workbook();
            assertFalse(opened.hasCutRows());
            assertEquals(K + 1000, wb.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void shortSheets_areNotCut() throws Exception {
        try (OpenedWorkbook opened = WorkbookFiles.open(xlsx("short.xlsx", rows(2, 3000, true)))) {
            Workbook wb = opened.workbook();
            assertFalse(opened.hasCutRows());
            assertTrue(wb instanceof XSSFWorkbook);
            assertEquals(2999, wb.getSheetAt(0).getLastRowNum());
        }
    }

    /**
     * The cut rows are kept beside the workbook, not with it: once the caller drops a workbook (closed, scored or
     * only checked), it and its cut rows can be collected. A batch or the hot folder opens thousands of files.
     */
    @Test
    void aDroppedWorkbook_isNotKeptAliveByItsCutRows() throws Exception {
        Path in = xlsx("dropped.xlsx", rows(2, K + 50, true));
        OpenedWorkbook opened = WorkbookFiles.open(in);
        assertTrue(opened.hasCutRows());
        Workbook wb = opened.workbook();
        WeakReference<Workbook> ref = new WeakReference<>(wb);
        opened.close();
        opened = null;
        wb = null;
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(ref.get() == null, "the workbook is still reachable after its handle was dropped");
    }
}
