package org.selfeval.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.selfeval.app.ErrorCodes;
import org.selfeval.app.FileResult;
import org.selfeval.io.AtomicFiles;
import org.selfeval.io.SubmissionFiles;

/**
 * The moves of one file through the folders (docs/watch.md, "Crash safety"): claimed into INBOX/.processing/,
 * its scored copy put in DIR (an older one moved to DIR/history/ first), the original then moved to
 * INBOX/processed/, or to INBOX/failed/ with its note. Nothing already in processed/, failed/ or history/ is ever
 * overwritten: a second file of a name gets a time stamp from the hot folder's clock.
 */
final class Placement {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final WatchOptions options;
    private final Clock clock;

    Placement(WatchOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** INBOX/NAME → INBOX/.processing/NAME; null when that name is still in hand. */
    Path claim(Path file) throws IOException {
        Path claimed = options.processing().resolve(file.getFileName().toString());
        if (Files.exists(claimed)) {
            return null; // cannot happen with one loop, kept as a guard
        }
        AtomicFiles.moveIntoPlace(file, claimed);
        return claimed;
    }

    /** Where the scored copy is written before it is put in place (a .doc's copy is a .docx). */
    Path work(String name) {
        return options.work().resolve(SubmissionFiles.scoredName(name));
    }

    /** A file still being written when it was claimed: back into INBOX, to be taken again later. */
    void putBack(Path claimed, String name) throws IOException {
        Files.deleteIfExists(work(name));
        AtomicFiles.moveIntoPlace(claimed, unique(options.inbox(), name));
    }

    /**
     * Puts the outcome of a scored (or failed) claimed file in place and returns the result as the summary lists
     * it (the file named by its place in INBOX). When the scored copy cannot be put in place, the file fails with
     * IO_ERROR instead.
     */
    FileResult place(Path claimed, String name, FileResult result) throws IOException {
        if (!result.failed()) {
            String outputName = SubmissionFiles.scoredName(name);
            Path output = options.outDir().resolve(outputName);
            try {
                if (Files.exists(output)) {
                    AtomicFiles.moveIntoPlace(output, unique(options.history(), stamped(outputName)));
                }
                AtomicFiles.moveIntoPlace(work(name), output);
            } catch (IOException e) {
                // e.g. the older copy is open in Excel on Windows: this file fails, the folder keeps being watched
                AtomicFiles.deleteQuietly(work(name));
                result = FileResult.failed(claimed, ErrorCodes.IO_ERROR, "无法把评分后的副本放入输出文件夹（"
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                        + "），同名的旧副本可能正被 Excel 或 WPS 打开；请关闭后把原件重新放入收件文件夹");
            }
            if (!result.failed()) {
                AtomicFiles.moveIntoPlace(claimed, unique(options.processed(), name));
                return new FileResult(options.inbox().resolve(name), output, result.status(), null, result.forms(),
                        result.findings(), result.note());
            }
        }
        // the note NAME.txt must not land on a dropped file of that name either (a failed a.xlsx.txt)
        Path target = unique(options.failed(), name);
        for (int n = 2; Files.exists(noteOf(target)); n++) {
            String base = stamped(name);
            int dot = base.lastIndexOf('.');
            target = unique(options.failed(), dot < 0 ? base + "-" + n : base.substring(0, dot) + "-" + n + base.substring(dot));
        }
        AtomicFiles.moveIntoPlace(claimed, target);
        FailureNote.write(noteOf(target), name, result.error());
        return FileResult.failed(options.inbox().resolve(name), result.error().code(), result.error().message());
    }

    /** failed/NAME.txt beside failed/NAME. */
    private static Path noteOf(Path failed) {
        return failed.resolveSibling(failed.getFileName() + ".txt");
    }

    String stamped(String name) {
        int dot = name.lastIndexOf('.');
        String stamp = STAMP.format(LocalDateTime.now(clock));
        return dot < 0 ? name + "-" + stamp : name.substring(0, dot) + "-" + stamp + name.substring(dot);
    }

    /** dir/name, or dir/name-STAMP(-n).ext when that exists: nothing already there is ever overwritten. */
    Path unique(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            return p;
        }
        String base = stamped(name);
        p = dir.resolve(base);
        int dot = base.lastIndexOf('.');
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(dot < 0 ? base + "-" + n : base.substring(0, dot) + "-" + n + base.substring(dot));
        }
        return p;
    }
}
