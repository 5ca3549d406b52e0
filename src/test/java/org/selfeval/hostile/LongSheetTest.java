package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.Limits;
import org.selfeval.io.WorkbookFiles;
import org.selfeval.model.Form;
import org.selfeval.read.FormLocator;
import org.selfeval.rules.RuleSettings;
import org.selfeval.template.WorkbookFormat;

/**
 * A form followed by 300,000 filler rows on the same sheet: scored in seconds, the filler kept in the scored
 * copy, and the reader never walks it: the sheet seen by {@link FormLocator} records every row asked for and
 * any iteration over its rows.
 */
class LongSheetTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final int FILLER_ROWS = 300_000;
    /** SheetGrid.ROW_LIMIT: no row at or past it is read. */
    private static final int ROW_LIMIT = 5000;

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
            assertEquals("填充" + (formRows + 123_456), sheet.getRow(formRows + 123_455).getCell(0).getStringCellValue());
        }
    }

    @Test
    void readerAsksOnlyForRowsBeforeTheLimit_andNeverIteratesTheSheet() throws Exception {
        Set<String> iterations = ConcurrentHashMap.newKeySet();
        AtomicInteger maxRow = new AtomicInteger(-1);
        try (Workbook wb = WorkbookFiles.open(longFile)) {
            Workbook watched = watch(wb, maxRow, iterations);
            List<Form> forms = FormLocator.locate(watched);
            assertEquals(1, forms.size());
            assertEquals(formRows + FILLER_ROWS - 1, wb.getSheetAt(0).getLastRowNum());
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
        return new String(Zips.entries(xlsx).get(SHEET), java.nio.charset.StandardCharsets.UTF_8);
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

    /** The sheet with {@code filler} rows (a text and a number each) after the form. */
    private static byte[] withFiller(byte[] xlsx, int filler) {
        String xml = sheetXml(xlsx);
        int last = lastRowOfForm(xlsx);
        StringBuilder added = new StringBuilder(filler * 80);
        for (int r = last + 1; r <= last + filler; r++) {
            added.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>填充")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        String changed = xml.replace("</sheetData>", added + "</sheetData>")
                .replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
        return Zips.replaceEntry(xlsx, SHEET, changed);
    }
}
