package org.selfeval.watch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per file, to the log (slf4j) and appended to DIR/logs/selfeval-YYYY-MM-DD.log (UTF-8). */
final class DailyLog {
    private static final Logger LOG = LoggerFactory.getLogger(DailyLog.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path dir;
    private final PrintStream console;
    private final Clock clock;

    /** @param console where each line is echoed too (stderr), or null */
    DailyLog(Path dir, PrintStream console, Clock clock) {
        this.dir = dir;
        this.console = console;
        this.clock = clock;
    }

    synchronized void line(String text) {
        LocalDateTime now = LocalDateTime.now(clock);
        String line = TIME.format(now) + " " + text;
        LOG.info(line);
        if (console != null) {
            console.println(line);
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("selfeval-" + DAY.format(now) + ".log"), line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("cannot write the daily log in {}: {}", dir, e.toString());
        }
    }
}
