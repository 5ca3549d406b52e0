package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.io.OpenedWorkbook;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.Limits;
import org.selfeval.io.WorkbookFiles;
import org.selfeval.io.Zips;
import org.selfeval.model.Form;
import org.selfeval.read.FormLocator;
import org.selfeval.rules.RuleSettings;
import org.selfeval.template.WorkbookFormat;

/**
 * A form followed by 300,000 filler rows on the same sheet: scored in seconds, the filler never loaded into
 * POI's usermodel (io cuts it and splices it back on save), kept byte for byte in the scored copy, and the
 * reader never walks it: the sheet seen by {@link FormLocator} records every row asked for and any iteration.
 */
class LongSheetTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final int FILLER_ROWS = 300_000;
    /** SheetGrid.ROW_LIMIT: no row at or past it is read. */
    private static final int ROW_LIMIT = 5000;
    /** LongSheets.KEEP_ROWS: rows past it are not loaded. */
    private static final int KEEP_ROWS = 10_000;
    private static final String X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";

    @TempDir
    static Path dir;
    static Path longFile;
    static int formRows;

    private final FileProcessor processor = new FileProcessor(RuleSettings.national(), Limits.defaults());

    @BeforeAll
    static void build() throws Exception {
        byte[] seed = HostileCorpus.seedForm(WorkbookFormat.XLSX);
        formRows = lastRowOfForm(seed);
        longFile = dir.resolve("long.xlsx");
        Files.write(longFile, withFiller(seed, FILLER_ROWS));
    }

    @Test
    void formThen300000FillerRows_scoredInSeconds_fillerKeptInTheCopy() throws Exception {
        Path out = dir.resolve("out/long.xlsx");
        long start = System.nanoTime();
        FileResult r = processor.score(longFile, out);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(FileResult.Status.SCORED, r.status(), () -> String.valueOf(r.error()));
        assertEquals(1, r.forms().size());
        assertEquals(110.0, r.forms().get(0).weightTotal(), 1e-9);
        assertTrue(millis < 30_000, "took " + millis + " ms");
        System.err.printf("300000 filler rows: scored in %d ms%n", millis);
        try (InputStream s = Files.newInputStream(out); Workbook back = WorkbookFactory.create(s)) {
            Sheet sheet = back.getSheet("自评表");
            assertEquals(formRows + FILLER_ROWS, sheet.getLastRowNum() + 1);
            String sst0 = ((XSSFWorkbook) back).getSharedStringSource().getItemAt(0).getString();
            for (int n : new int[]{formRows + 1, KEEP_ROWS - 1, KEEP_ROWS, KEEP_ROWS + 1, formRows + 123_456,
                formRows + FILLER_ROWS}) {
                Row row = sheet.getRow(n - 1);
                assertEquals("填充" + n, row.getCell(0).getStringCellValue(), "row " + n);
                assertEquals(n, row.getCell(1).getNumericCellValue(), 0.0, "row " + n);
                // a shared string, by index into the table POI wrote back
                assertEquals(sst0, row.getCell(2).getStringCellValue(), "row " + n);
            }
            assertEquals(2, sheet.getRow(KEEP_ROWS + 500).getCell(1).getCellStyle().getIndex());
        }
        String xml = new String(Zips.entries(Files.readAllBytes(out)).get(SHEET), StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:x14ac=\"" + X14AC + "\""), "prefix of the spliced rows declared");
        assertTrue(xml.contains("<row r=\"" + (formRows + FILLER_ROWS) + "\" x14ac:dyDescent=\"0.25\">"));
    }

    @Test
    void readerAsksOnlyForRowsBeforeTheLimit_andNeverIteratesTheSheet() throws Exception {
        Set<String> iterations = ConcurrentHashMap.newKeySet();
        AtomicInteger maxRow = new AtomicInteger(-1);
        try (OpenedWorkbook opened = WorkbookFiles.open(longFile); Workbook wb = opened.workbook()) {
            Workbook watched = watch(wb, maxRow, iterations);
            List<Form> forms = FormLocator.locate(watched);
            assertEquals(1, forms.size());
            // the rows past KEEP_ROWS were never loaded: POI's usermodel holds 10,000 rows, not 300,000
            assertEquals(KEEP_ROWS, wb.getSheetAt(0).getLastRowNum() + 1);
        }
        assertEquals(Set.of(), iterations, "the sheet was iterated");
        assertTrue(maxRow.get() >= formRows - 1, "the form itself was read: " + maxRow);
        assertTrue(maxRow.get() < ROW_LIMIT, "row " + maxRow + " of the filler was read");
    }

    /** The workbook, its sheets seen through a proxy that records getRow(r) and any row iteration. */
    private static Workbook watch(Workbook wb, AtomicInteger maxRow, Set<String> iterations) {
        InvocationHandler sheets = (proxy, m, args) -> {
            Object target = wb;
            Object result = invoke(target, m, args);
            if (result instanceof Sheet sheet) {
                return Proxy.newProxyInstance(Sheet.class.getClassLoader(), new Class<?>[]{Sheet.class},
                        (p, sm, sargs) -> {
                            switch (sm.getName()) {
                                case "getRow" -> maxRow.accumulateAndGet((Integer) sargs[0], Math::max);
                                case "iterator", "rowIterator", "spliterator", "forEach" -> iterations.add(sm.getName());
                                default -> {
                                }
                            }
                            return invoke(sheet, sm, sargs);
                        });
            }
            return result;
        };
        return (Workbook) Proxy.newProxyInstance(Workbook.class.getClassLoader(), new Class<?>[]{Workbook.class},
                sheets);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final Pattern ROW = Pattern.compile("<row r=\"(\\d+)\"");

    private static String sheetXml(byte[] xlsx) {
        return new String(Zips.entries(xlsx).get(SHEET), StandardCharsets.UTF_8);
    }

    /** 1-based number of the form's last row. */
    private static int lastRowOfForm(byte[] xlsx) {
        Matcher m = ROW.matcher(sheetXml(xlsx));
        int last = 0;
        while (m.find()) {
            last = Math.max(last, Integer.parseInt(m.group(1)));
        }
        return last;
    }

    /**
     * The sheet with {@code filler} rows after the form, as Excel writes them: an inline text, a number in
     * style 2, a shared string (index 0) and an {@code x14ac:dyDescent} attribute whose prefix only the
     * worksheet element declares.
     */
    private static byte[] withFiller(byte[] xlsx, int filler) {
        String xml = sheetXml(xlsx);
        int last = lastRowOfForm(xlsx);
        StringBuilder added = new StringBuilder(filler * 140);
        for (int r = last + 1; r <= last + filler; r++) {
            added.append("<row r=\"").append(r).append("\" x14ac:dyDescent=\"0.25\"><c r=\"A").append(r)
                    .append("\" t=\"inlineStr\"><is><t>填充").append(r).append("</t></is></c><c r=\"B").append(r)
                    .append("\" s=\"2\"><v>").append(r).append("</v></c><c r=\"C").append(r)
                    .append("\" t=\"s\"><v>0</v></c></row>");
        }
        String changed = xml.replace("</sheetData>", added + "</sheetData>")
                .replaceFirst("<worksheet ", "<worksheet xmlns:x14ac=\"" + X14AC + "\" ")
                .replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:I" + (last + filler) + "\"/>");
        return Zips.replaceEntry(xlsx, SHEET, changed);
    }
}
