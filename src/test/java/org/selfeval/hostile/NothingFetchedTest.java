package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.io.Limits;
import org.selfeval.io.Zips;
import org.selfeval.model.FormResult;
import org.selfeval.rules.RuleSettings;
import org.selfeval.template.FormSpecs;
import org.selfeval.template.FormWorkbookBuilder;
import org.selfeval.template.Layout;
import org.selfeval.template.RenderedForm;
import org.selfeval.template.WorkbookFormat;

/**
 * Nothing is fetched and nothing expands: entities in a workbook's XML are refused (billion laughs, external
 * entity), and a formula linked to another workbook at a URL is scored from its cached value, never
 * evaluated. A local server counts every connection the tool might make: none.
 */
class NothingFetchedTest {
    @TempDir
    Path dir;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final FileProcessor processor = new FileProcessor(RuleSettings.national(), Limits.defaults());

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException ignored) {
                    // keep listening
                }
            }
        }, "fetch-listener");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void billionLaughs_codedFailureFast_nothingExpanded() throws Exception {
        Path in = write("lol.xlsx", HostileCorpus.billionLaughs(HostileCorpus.seedForm(WorkbookFormat.XLSX)));
        long start = System.nanoTime();
        FileResult r = processor.score(in, dir.resolve("out/lol.xlsx"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("CORRUPT", r.error().code());
        assertTrue(millis < 5_000, "took " + millis + " ms");
        assertTrue(Files.notExists(dir.resolve("out/lol.xlsx")));
    }

    @Test
    void externalEntity_isNeverFetched() throws Exception {
        byte[] seed = HostileCorpus.seedForm(WorkbookFormat.XLSX);
        String sheet = new String(Zips.entries(seed).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String withDoctype = sheet.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + url("xxe")
                + "\">]>").replace("</sheetData>", "<row r=\"900\"><c r=\"A900\" t=\"inlineStr\"><is><t>&xxe;</t>"
                + "</is></c></row></sheetData>");
        Path in = write("xxe.xlsx", Zips.replaceEntry(seed, "xl/worksheets/sheet1.xml", withDoctype));
        FileResult r = processor.score(in, dir.resolve("out/xxe.xlsx"));
        assertEquals("CORRUPT", r.error().code());
        Thread.sleep(200);
        assertEquals(0, connections.get(), "the external entity was fetched");
    }

    @Test
    void externalEntityInAWordDocument_isNeverFetched() throws Exception {
        byte[] seed = HostileCorpus.seedDocument();
        String body = new String(Zips.entries(seed).get("word/document.xml"), StandardCharsets.UTF_8);
        String withDoctype = body.replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + url("xxe")
                + "\">]>").replaceFirst("<w:t>", "<w:t>&xxe;");
        Path in = write("xxe.docx", Zips.replaceEntry(seed, "word/document.xml", withDoctype));
        FileResult r = processor.score(in, dir.resolve("out/xxe.docx"));
        assertEquals("CORRUPT", r.error().code());
        assertTrue(r.error().message().contains("Word"), r.error().message());
        assertTrue(Files.notExists(dir.resolve("out/xxe.docx")));
        Thread.sleep(200);
        assertEquals(0, connections.get(), "the external entity was fetched");
    }

    @Test
    void formulaLinkedToAWorkbookAtAUrl_scoredFromItsCachedValue_neverEvaluatedOrFetched() throws Exception {
        Path in = dir.resolve("linked.xlsx");
        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFormat.XLSX.newWorkbook()) {
            RenderedForm form = new FormWorkbookBuilder(wb).render("自评表", FormSpecs.seed(), Layout.OFFICIAL);
            try (XSSFWorkbook other = new XSSFWorkbook()) {
                other.createSheet("预算").createRow(0).createCell(0).setCellValue(1);
                wb.linkExternalWorkbook("预算.xlsx", other);
            }
            XSSFCell executed = wb.getSheet("自评表").getRow(form.fundsRows().get(0))
                    .getCell(form.columns().fundsExecuted());
            executed.setCellFormula("[预算.xlsx]预算!A1");
            executed.setCellValue(48); // the cached result Excel saved: 48 of 64 万元 spent
            wb.getExternalLinksTable().get(0).setLinkedFileName(url("预算.xlsx"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(in, bytes.toByteArray());
        }
        String rels = new String(Zips.entries(Files.readAllBytes(in)).get("xl/externalLinks/_rels/externalLink1.xml.rels"),
                StandardCharsets.UTF_8);
        assertTrue(rels.contains(url("")), "fixture links to the local server: " + rels);

        Path out = dir.resolve("out/linked.xlsx");
        FileResult r = processor.score(in, out);
        assertEquals(FileResult.Status.SCORED, r.status(), () -> String.valueOf(r.error()));
        FormResult form = r.forms().get(0);
        assertEquals(48.0, form.funds().executed(), 1e-9);
        assertEquals(0.75, form.funds().rate(), 1e-9);

        try (InputStream s = Files.newInputStream(out); XSSFWorkbook back = new XSSFWorkbook(s)) {
            // still the link and its cached value: not evaluated, not replaced
            var read = form.form().funds().total().executed();
            assertTrue(read.formula());
            Cell cell = back.getSheet("自评表").getRow(read.row()).getCell(read.col());
            assertEquals(CellType.FORMULA, cell.getCellType());
            assertTrue(cell.getCellFormula().contains("预算!A1"), cell.getCellFormula());
            assertEquals(48.0, cell.getNumericCellValue(), 1e-9);
            assertEquals(url("预算.xlsx"), back.getExternalLinksTable().get(0).getLinkedFileName());
        }
        Thread.sleep(200);
        assertEquals(0, connections.get(), "the linked workbook was fetched");
    }
}
