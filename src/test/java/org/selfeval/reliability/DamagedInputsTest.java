package org.selfeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.Limits;
import org.selfeval.model.FormResult;
import org.apache.poi.ss.util.CellReference;
import org.selfeval.io.Zips;
import org.selfeval.rules.RuleSettings;
import org.selfeval.testing.Samples;

/** Issue 14: good files are never blamed — damaged document properties, a zip entry over the cap. */
class DamagedInputsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "not xml at all",
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"><broken",
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dcterms=\"http://purl.org/dc/terms/\"><dcterms:created>昨天</dcterms:created></cp:coreProperties>",
            ""})
    void damagedDocumentProperties_neverFailAReadableWorkbook(String coreXml) throws Exception {
        Path seed = Samples.copy(Samples.SEED, "xlsx", dir.resolve("in"));
        Files.write(seed, Zips.replaceEntry(Files.readAllBytes(seed), "docProps/core.xml", coreXml));
        Path out = dir.resolve("out/自评表.xlsx");

        FileResult result = new FileProcessor(RuleSettings.national()).score(seed, out);

        assertEquals(FileResult.Status.SCORED, result.status(), String.valueOf(result.error()));
        try (Workbook back = Samples.reopen(out)) {
            assertNotNull(back.getSheet("校验结果"), "the scored copy has its results sheet");
            FormResult form = result.forms().get(0);
            assertEquals(form.total(), totalIn(back, form), 1e-9);
        }
    }

    /** The 总分 the copy holds in the cell the form gives it. */
    private static double totalIn(Workbook back, FormResult form) {
        CellReference ref = new CellReference(form.totalScoreCell());
        return back.getSheetAt(form.form().sheetIndex()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
    }

    @Test
    void aZipEntryOverTheCap_isTooLarge_neverCorrupt() throws Exception {
        // the entry declares its size (a stored entry, as many writers make them): POI's entry buffer, whose own
        // cap was 100 MB whatever ours, refused it as a "record" too long, which read as a damaged file
        int size = 101 * 1024 * 1024;
        Path input = dir.resolve("大附件.xlsx");
        Files.write(input, withStoredEntry(Files.readAllBytes(Samples.DIR.resolve(Samples.SEED + ".xlsx")),
                "xl/media/image1.bin", size));
        Limits limits = new Limits(200L * 1024 * 1024, 0.001, 100L * 1024 * 1024, 2000, Duration.ofSeconds(60));

        FileResult result = new FileProcessor(RuleSettings.national(), limits).check(input);

        assertEquals("TOO_LARGE", result.error().code(), result.error().message());
        assertTrue(result.error().message().contains("超过安全上限"), result.error().message());
    }

    private static byte[] withStoredEntry(byte[] xlsx, String name, int size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + xlsx.length + 4096);
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : Zips.entries(xlsx).entrySet()) {
                zout.putNextEntry(new ZipEntry(e.getKey()));
                zout.write(e.getValue());
                zout.closeEntry();
            }
            Zips.putStored(zout, name, new byte[size]);
        }
        return out.toByteArray();
    }
}
