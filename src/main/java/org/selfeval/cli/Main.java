package org.selfeval.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.selfeval.io.PrivateTempFiles;
import org.selfeval.store.SqliteLibrary;

/**
 * Entry point of selfeval.jar: sets up the process (console encoding, log level, POI's temporary files, the kept
 * copy of SQLite's native library), then hands the arguments to {@link Cli}.
 */
public final class Main {
    /** Names the tool itself writes (汇总.xlsx) and reads: the locale must be able to spell them. */
    private static final String CHINESE = "汇总自评表";
    private static final List<String> QUIET = List.of("-q", "--quiet");

    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.stream(args).anyMatch(QUIET::contains)) {
            // before the first logger exists: slf4j-simple reads its level once
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        PrintStream out = console(System.out, FileDescriptor.out, "sun.stdout.encoding");
        PrintStream err = console(System.err, FileDescriptor.err, "sun.stderr.encoding");
        System.setErr(err); // the log (slf4j-simple writes to System.err) in the same encoding
        String problem = localeProblem(System.getProperty("sun.jnu.encoding"));
        if (problem != null && !isHelpOrVersion(args)) {
            err.println(problem);
            System.exit(ExitStatus.USAGE);
        }
        PrivateTempFiles.install();
        SqliteLibrary.useKeptCopy(); // before the first connection to a results store
        int status = new Cli(out, err).run(args);
        out.flush();
        System.exit(status);
    }

    /**
     * Why this JVM cannot work with Chinese file names, or null when it can. Java encodes every file name in
     * {@code sun.jnu.encoding}, fixed by the locale at start-up (LANG, LC_ALL): under {@code LANG=C}, usual in
     * cron and ssh, it is ASCII, and a path holding Chinese cannot even be named. Rather than fail on the first
     * such file with a Java exception, the run stops at once with one line in Chinese and English.
     */
    static String localeProblem(String fileNameEncoding) {
        if (fileNameEncoding == null || canEncode(fileNameEncoding)) {
            return null;
        }
        return "当前区域设置（" + fileNameEncoding + "）无法表示中文文件名，请在 UTF-8 环境下运行，如 LANG=C.UTF-8"
                + " / The locale's encoding (" + fileNameEncoding + ") cannot hold Chinese file names:"
                + " run with a UTF-8 locale, e.g. LANG=C.UTF-8 (LOCALE_NOT_UTF8)";
    }

    private static boolean canEncode(String encoding) {
        try {
            return Charset.forName(encoding).newEncoder().canEncode(CHINESE);
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    private static boolean isHelpOrVersion(String[] args) {
        return args.length > 0 && List.of("--help", "-h", "help", "--version", "-V").contains(args[0]);
    }

    /**
     * The console stream as it is when its encoding can write Chinese (UTF-8, or GBK on a Chinese Windows
     * console), else the same descriptor in UTF-8: under an ASCII locale Java would print every Chinese
     * character as '?', while the terminal (ssh, a log file) almost always takes UTF-8.
     */
    private static PrintStream console(PrintStream stream, FileDescriptor fd, String encodingProperty) {
        // Java 17 encodes System.out in sun.stdout.encoding (a console's) when set, else the default charset
        if (canEncode(System.getProperty(encodingProperty, Charset.defaultCharset().name()))) {
            return stream;
        }
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}
