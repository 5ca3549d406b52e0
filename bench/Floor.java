import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The POI floor for bench/run.sh: with T threads, open every workbook under IN from its bytes (as selfeval does),
 * read every cell's value, set one cell and write the workbook under OUT at the same relative path. Nothing else:
 * no locating, scoring, styling, comments, summary or report. Prints "files=N ms=M", then the worker threads'
 * CPU time per phase as "phases open_s=.. read_s=.. save_s=.." (selfeval prints its own with -Dselfeval.phases).
 *
 * <p>Usage: java -cp target/selfeval.jar bench/Floor.java IN OUT THREADS (or compiled by run.sh).
 */
public final class Floor {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** CPU nanoseconds of the worker threads: open, read, save (set A1, write, move). */
    private static final AtomicLongArray PHASES = new AtomicLongArray(3);

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase();
                return n.endsWith(".xls") || n.endsWith(".xlsx");
            }).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> one(f, out.resolve(in.relativize(f).toString()))));
        }
        long cells = 0;
        for (Future<Long> f : futures) {
            cells += f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("files=" + files.size() + " cells=" + cells + " ms=" + ms);
        System.out.printf(Locale.ROOT, "phases open_s=%.2f read_s=%.2f save_s=%.2f%n",
                PHASES.get(0) / 1e9, PHASES.get(1) / 1e9, PHASES.get(2) / 1e9);
    }

    private static long one(Path input, Path output) throws IOException {
        byte[] bytes = Files.readAllBytes(input);
        long cells = 0;
        long t = CPU.getCurrentThreadCpuTime();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            t = lap(0, t);
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        switch (type) {
                            case STRING -> cell.getStringCellValue();
                            case NUMERIC -> cell.getNumericCellValue();
                            case BOOLEAN -> cell.getBooleanCellValue();
                            default -> { }
                        }
                        cells++;
                    }
                }
            }
            t = lap(1, t);
            Sheet first = wb.getSheetAt(0);
            Row row = first.getRow(0) == null ? first.createRow(0) : first.getRow(0);
            Cell cell = row.getCell(0) == null ? row.createCell(0) : row.getCell(0);
            cell.setCellValue("floor");
            Files.createDirectories(output.getParent());
            Path tmp = Files.createTempFile(output.getParent(), ".floor-", ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            lap(2, t);
        }
        return cells;
    }

    private static long lap(int phase, long since) {
        long now = CPU.getCurrentThreadCpuTime();
        PHASES.addAndGet(phase, now - since);
        return now;
    }
}
