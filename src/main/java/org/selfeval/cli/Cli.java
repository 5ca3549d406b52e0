package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.selfeval.Version;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.RunOutput;
import org.selfeval.app.SkippedFile;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.Job;
import org.selfeval.batch.Progress;
import org.selfeval.batch.SummaryWorkbook;
import org.selfeval.io.AtomicFiles;
import org.selfeval.io.Limits;
import org.selfeval.report.CollectedReport;
import org.selfeval.report.JsonReportStream;
import org.selfeval.read.Vocabulary;
import org.selfeval.rules.RuleSettings;
import org.selfeval.run.Background;
import org.selfeval.run.Recording;
import org.selfeval.run.Run;
import org.selfeval.run.Source;
import org.selfeval.run.Tally;
import org.selfeval.store.History;
import org.selfeval.store.Identity;
import org.selfeval.store.ResultStore;
import org.selfeval.watch.HotFolder;
import org.selfeval.watch.WatchOptions;
import org.slf4j.LoggerFactory;

/**
 * The command line of CLI.md. {@link #run} never throws and never calls System.exit: it returns the exit status,
 * so tests drive it directly.
 */
public final class Cli {
    static final String BATCH_REPORT_NAME = "report.json";
    /** A temporary file of ours this old was left by a killed run (a run writes one for seconds at most). */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private static final String FOOTER = String.join("\n",
            "每个命令的选项和示例：selfeval 命令 --help（如 selfeval batch --help）。",
            "退出状态：0 全部读取且无错误；1 有表存在错误项；2 有文件未能评分或输出未能写出；3 输入文件夹中没有工作簿；64 用法错误。",
            "原文件从不修改；输出与输入同格式（xls 仍为 xls，xlsx 仍为 xlsx）。");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        try {
            return dispatch(args);
        } catch (UsageException e) {
            err.println("用法错误：" + e.getMessage());
            err.println("运行 selfeval --help 查看用法。");
            return ExitStatus.USAGE;
        } catch (IOException e) {
            err.println("无法完成：" + e.getMessage() + "（IO_ERROR）");
            return ExitStatus.FILE_FAILED;
        } catch (UncheckedIOException e) {
            // its own message starts with the Java class name of the cause: the clerk gets the cause's message
            err.println("无法完成：" + e.getCause().getMessage() + "（IO_ERROR）");
            return ExitStatus.FILE_FAILED;
        } catch (RuntimeException e) {
            // a defect of selfeval itself (a bad file never gets here): one line for the clerk, the trace in the log
            LoggerFactory.getLogger(Cli.class).error("internal error", e);
            err.println("selfeval 内部错误，未能完成：" + e + "（INTERNAL_ERROR）；请把本信息和所处理的文件发给维护人员");
            return ExitStatus.FILE_FAILED;
        }
    }

    private int dispatch(String[] args) throws UsageException, IOException {
        if (args.length == 0) {
            throw new UsageException("缺少命令（score、batch、watch、check、history、template、samples）");
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "--help", "-h", "help" -> {
                printHelp();
                return ExitStatus.OK;
            }
            case "--version", "-V" -> {
                printVersion();
                return ExitStatus.OK;
            }
            default -> {
                // falls through to the commands below
            }
        }
        CommandOptions.Command spec = CommandOptions.COMMANDS.get(command);
        if (spec == null) {
            throw new UsageException("未知命令“" + command + "”（可用的命令：" + String.join("、", CommandOptions.COMMANDS.keySet())
                    + "）");
        }
        Command run = switch (command) {
            case "score" -> this::score;
            case "check" -> this::check;
            case "batch" -> this::batch;
            case "watch" -> this::watch;
            case "history" -> this::history;
            default -> cl -> generate(command, cl);
        };
        CommandLine cl = CommandOptions.parse(spec, rest);
        if (cl.hasOption("help")) {
            CommandOptions.printHelp(spec, out);
            return ExitStatus.OK;
        }
        if (cl.hasOption("version")) {
            printVersion();
            return ExitStatus.OK;
        }
        return run.apply(cl);
    }

    /** One command with its parsed options. */
    @FunctionalInterface
    private interface Command {
        int apply(CommandLine cl) throws UsageException, IOException;
    }

    /** The one folder a command takes (batch, watch). */
    private static Path singleFolder(CommandLine cl, String command, String what) throws UsageException {
        List<Path> dirs = paths(cl.getArgList(), command + " 需要一个" + what);
        if (dirs.size() != 1) {
            throw new UsageException(command + " 只接受一个" + what);
        }
        return dirs.get(0);
    }

    private int score(CommandLine cl) throws UsageException, IOException {
        List<Path> inputs = paths(cl.getArgList(), "score 需要至少一个工作簿文件");
        Path outDir = requiredOut(cl);
        return run(cl, Source.files(inputs, outDir), reportPath(cl, null), null, null, outDir, List.of());
    }

    private int check(CommandLine cl) throws UsageException, IOException {
        List<Path> inputs = paths(cl.getArgList(), "check 需要至少一个工作簿文件");
        RuleSettings rules = rules(cl);
        Tally tally = new Run(processor(cl, rules), threads(cl), Progress.NONE).over(Source.files(inputs, null),
                List.of(new CollectedReport(Version.get(), rules.name(), out, reportPath(cl, null))));
        return ExitStatus.of(tally.anyFailed(), tally.anyErrorFindings());
    }

    private int batch(CommandLine cl) throws UsageException, IOException {
        Path root = singleFolder(cl, "batch", "输入文件夹");
        if (!Files.isDirectory(root)) {
            throw new UsageException("“" + root + "”不是文件夹");
        }
        Path outDir = requiredOut(cl);
        OutputPaths.checkFolders(root, outDir, "batch");
        InputTree.Walk walk = InputTree.walk(root, outDir);
        return run(cl, Source.tree(root, walk.inputs(), outDir), reportPath(cl, outDir.resolve(BATCH_REPORT_NAME)),
                outDir, root, outDir, walk.skipped());
    }

    /**
     * Runs the source into report.json (when report is set) and 汇总.xlsx (when summaryDir is set), with progress
     * on stderr, then prints the final line. With an inputRoot (batch), every result is recorded in the results
     * store of summaryDir and unchanged inputs re-use their stored results (unless --full). What the input
     * folder holds and is not processed ({@code skipped}) is listed in both outputs and counted on the terminal.
     */
    private int run(CommandLine cl, Source source, Path report, Path summaryDir, Path inputRoot, Path outDir,
                    List<SkippedFile> skipped) throws UsageException, IOException {
        RuleSettings rules = rules(cl);
        List<Job> jobs = OutputPaths.settle(source.jobs(), report,
                summaryDir == null ? null : summaryDir.resolve(SummaryWorkbook.FILE_NAME), inputRoot, outDir, err);
        if (jobs.isEmpty()) {
            err.println("文件夹“" + inputRoot + "”中没有工作簿或 Word 文档（.xlsx、.xlsm、.xls、.docx、.doc），"
                    + "未生成汇总表和报告（NO_INPUT）");
            if (!skipped.isEmpty()) {
                err.println(skippedLine(skipped));
            }
            return ExitStatus.NO_INPUT;
        }
        AtomicFiles.removeLeftovers(outDir, LEFTOVER_AGE);
        Run run = new Run(processor(cl, rules), threads(cl), ConsoleProgress.create(cl.hasOption("quiet"), err));
        Instant start = Instant.now();
        Tally tally = null;
        boolean replayed = false;
        try (ResultStore store = inputRoot == null ? null : ResultStore.open(summaryDir)) {
            Recording recording = null;
            if (store != null) {
                Identity identity = identity(cl, rules);
                store.groupCommits(2000); // or a second: docs/store.md, "Crash safety"
                String folder = inputRoot.toAbsolutePath().normalize().toString();
                long storeRun = store.beginRun(Recording.BATCH, folder, identity);
                recording = new Recording(store, storeRun, folder, identity, summaryDir, cl.hasOption("full"),
                        asked(report, summaryDir, outDir, skipped), written(report, summaryDir));
                tally = recording.replayIfUnchanged(jobs, threads(cl));
                replayed = tally != null;
            }
            if (tally == null) {
                tally = run.over(() -> jobs, outputs(report, summaryDir, inputRoot, skipped, rules, store != null),
                        recording);
            }
        }
        tally.outputsFailed().forEach(err::println);
        if (!cl.hasOption("quiet")) {
            err.println(tally.finalLine(Duration.between(start, Instant.now())));
            if (!skipped.isEmpty()) {
                err.println(skippedLine(skipped));
            }
            if (replayed) {
                err.println("与上次检查相比，所有文件、评分规则和输出设置都没有变化：汇总表和报告就是上次写出的，未重写");
            }
            if (summaryDir != null) {
                err.println("汇总表：" + summaryDir.resolve(SummaryWorkbook.FILE_NAME) + (report == null ? "" : "，报告：" + report));
            } else if (report != null) {
                err.println("报告：" + report);
            }
        }
        return ExitStatus.of(tally.anyFailed(), tally.anyErrorFindings());
    }

    /** report.json and 汇总.xlsx, each on a thread of its own, beside the scoring and the recording (run.Background). */
    private static List<RunOutput> outputs(Path report, Path summaryDir, Path inputRoot, List<SkippedFile> skipped,
                                           RuleSettings rules, boolean rounds) throws IOException {
        List<RunOutput> outputs = new ArrayList<>();
        try {
            if (report != null) {
                outputs.add(new Background(new JsonReportStream(Version.get(), rules.name(), report, skipped)));
            }
            if (summaryDir != null) {
                outputs.add(new Background(SummaryWorkbook.LABEL,
                        () -> new SummaryWorkbook(inputRoot, summaryDir, rounds, skipped)));
            }
            return outputs;
        } catch (IOException | RuntimeException e) {
            for (RunOutput o : outputs) {
                o.close();
            }
            throw e;
        }
    }

    /**
     * What a batch's outputs are made of beside the results (Recording's {@code asked}): where they go, the
     * output folder their paths are relative to, and the files left out. The tool, rules and layouts are the
     * store's identity, checked apart.
     */
    private static String asked(Path report, Path summaryDir, Path outDir, List<SkippedFile> skipped) {
        return String.join("\n", "report=" + absolute(report),
                "summary=" + absolute(summaryDir == null ? null : summaryDir.resolve(SummaryWorkbook.FILE_NAME)),
                "out=" + absolute(outDir), "skipped=" + skipped);
    }

    private static String absolute(Path p) {
        return p == null ? "" : p.toAbsolutePath().normalize().toString();
    }

    /** The files a batch writes: report.json (when asked) and 汇总.xlsx. */
    private static List<Path> written(Path report, Path summaryDir) {
        List<Path> written = new ArrayList<>();
        if (report != null) {
            written.add(report);
        }
        written.add(summaryDir.resolve(SummaryWorkbook.FILE_NAME));
        return written;
    }

    /** One line for what the input folder holds and was not processed, counted by reason. */
    private static String skippedLine(List<SkippedFile> skipped) {
        Map<SkippedFile.Reason, Long> byReason = new EnumMap<>(SkippedFile.Reason.class);
        skipped.forEach(s -> byReason.merge(s.reason(), 1L, Long::sum));
        List<String> counts = new ArrayList<>();
        byReason.forEach((reason, n) -> counts.add(reason.shortName() + " " + n + " 个"));
        return "未处理：输入文件夹中有 " + skipped.size() + " 个文件或文件夹未处理（" + String.join("，", counts)
                + "），已列入汇总表的“" + SummaryWorkbook.SKIPPED_SHEET + "”表和报告的 skipped";
    }

    /** The rounds of one form in the results store of --out, oldest first. */
    private int history(CommandLine cl) throws UsageException, IOException {
        Path file = singleFolder(cl, "history", "自评表文件");
        Path outDir = requiredOut(cl);
        if (!Files.isRegularFile(outDir.resolve(ResultStore.FILE_NAME))) {
            throw new UsageException("“" + outDir + "”中没有结果库 " + ResultStore.FILE_NAME
                    + "；请指定 batch 或 watch 的输出文件夹");
        }
        try (ResultStore store = ResultStore.open(outDir)) {
            List<String> inputs = History.find(store, file);
            if (inputs.isEmpty()) {
                err.println("结果库中没有“" + file + "”的检查记录");
                return ExitStatus.FILE_FAILED;
            }
            for (String input : inputs) {
                History.print(store, input, java.time.ZoneId.systemDefault(), out);
            }
        }
        return ExitStatus.OK;
    }

    private int watch(CommandLine cl) throws UsageException, IOException {
        Path inbox = singleFolder(cl, "watch", "收件文件夹");
        if (!Files.isDirectory(inbox)) {
            // a mistyped name is not created: the clerk would watch a folder nobody drops files into
            throw new UsageException("收件文件夹“" + inbox + "”" + (Files.exists(inbox) ? "是文件，不是文件夹" : "不存在")
                    + "；请指定已有的文件夹");
        }
        Path outDir = requiredOut(cl);
        OutputPaths.checkFolders(inbox, outDir, "watch");
        AtomicFiles.removeLeftovers(outDir, LEFTOVER_AGE);
        WatchOptions options = WatchOptions.defaults(inbox, outDir);
        if (cl.hasOption("stable")) {
            options = options.withStable(Duration.ofMillis(seconds(cl.getOptionValue("stable"), "--stable")));
        }
        RuleSettings rules = rules(cl);
        FileProcessor processor = processor(cl, rules);
        Identity identity = identity(cl, rules);
        try (ResultStore store = ResultStore.open(options.outDir())) {
            HotFolder hotFolder = new HotFolder(options, processor, cl.hasOption("quiet") ? null : err,
                    java.time.Clock.systemDefaultZone(), store, identity);
            Thread hook = new Thread(() -> {
                hotFolder.stop();
                try {
                    hotFolder.awaitFinished(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "selfeval-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            if (!cl.hasOption("quiet")) {
                err.println("正在监视 " + options.inbox() + "，评分结果写入 " + options.outDir() + "（Ctrl-C 结束）");
            }
            hotFolder.run();
        }
        return ExitStatus.OK;
    }

    private static long seconds(String value, String option) throws UsageException {
        try {
            double s = Double.parseDouble(value.trim());
            if (s < 0 || s > 3600) {
                throw new NumberFormatException();
            }
            return Math.round(s * 1000);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " 需要 0 到 3600 之间的秒数");
        }
    }

    private int generate(String command, CommandLine cl) throws UsageException, IOException {
        Path outDir = requiredOut(cl);
        List<Path> written = command.equals("template")
                ? org.selfeval.template.TemplateGenerator.write(outDir)
                : org.selfeval.template.SampleGenerator.write(outDir);
        if (!cl.hasOption("quiet")) {
            written.forEach(p -> err.println("已生成：" + p));
        }
        return ExitStatus.OK;
    }

    private void printVersion() {
        out.println("selfeval " + Version.get());
    }

    private void printHelp() throws IOException {
        out.println("selfeval " + Version.get() + " —— 项目支出绩效自评表 校验与评分");
        out.println();
        out.println(CommandOptions.synopsis());
        out.println();
        out.println(FOOTER);
        out.flush();
    }

    private static List<Path> paths(List<String> args, String whenEmpty) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException(whenEmpty);
        }
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            paths.add(toPath(a));
        }
        return paths;
    }

    private static Path toPath(String s) throws UsageException {
        try {
            return Path.of(s);
        } catch (InvalidPathException e) {
            throw new UsageException("无法识别的路径“" + s + "”（若文件名含中文，请在 UTF-8 环境下运行，如 LANG=C.UTF-8）");
        }
    }

    private static Path requiredOut(CommandLine cl) throws UsageException {
        if (!cl.hasOption("out")) {
            throw new UsageException("缺少 --out DIR（输出文件夹）");
        }
        return toPath(cl.getOptionValue("out"));
    }

    private static Path reportPath(CommandLine cl, Path fallback) throws UsageException {
        return cl.hasOption("report") ? toPath(cl.getOptionValue("report")) : fallback;
    }

    private static int threads(CommandLine cl) throws UsageException {
        if (!cl.hasOption("threads")) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(cl.getOptionValue("threads").trim());
            if (n < 1 || n > 256) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--threads 需要 1 到 256 之间的整数");
        }
    }

    /** The pipeline with the limits of the command line (else -Dselfeval.* properties, else the defaults). */
    private static FileProcessor processor(CommandLine cl, RuleSettings rules) throws UsageException {
        Limits limits;
        try {
            limits = Limits.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            throw new UsageException("系统属性 selfeval.* 有误：" + e.getMessage());
        }
        if (cl.hasOption("time-limit")) {
            long millis = seconds(cl.getOptionValue("time-limit"), "--time-limit");
            if (millis <= 0) {
                throw new UsageException("--time-limit 需要大于 0 的秒数");
            }
            limits = limits.withTimeLimit(Duration.ofMillis(millis));
        }
        if (cl.hasOption("max-size")) {
            try {
                long mb = Long.parseLong(cl.getOptionValue("max-size").trim());
                if (mb < 1 || mb > 4096) {
                    throw new NumberFormatException();
                }
                limits = limits.withMaxFileBytes(mb * 1024 * 1024);
            } catch (NumberFormatException e) {
                throw new UsageException("--max-size 需要 1 到 4096 之间的整数（MB）");
            }
        }
        return new FileProcessor(rules, limits, layouts(cl));
    }

    /** The built-in words of the forms, extended by the --layouts file when given. */
    private static Vocabulary layouts(CommandLine cl) throws UsageException {
        if (!cl.hasOption("layouts")) {
            return Vocabulary.builtIn();
        }
        Path file = toPath(cl.getOptionValue("layouts"));
        try {
            return Vocabulary.builtIn().extendedBy(file);
        } catch (IOException e) {
            throw new UsageException("无法读取表样词表文件 " + file + "：" + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException("表样词表文件 " + file + " 有误：" + e.getMessage());
        }
    }

    /** What stored results are re-used by: the tool, the rules and the --layouts file in force. */
    private static Identity identity(CommandLine cl, RuleSettings rules) throws UsageException, IOException {
        return Identity.of(rules.name(), cl.hasOption("rules") ? toPath(cl.getOptionValue("rules")) : null,
                cl.hasOption("layouts") ? List.of(toPath(cl.getOptionValue("layouts"))) : List.of());
    }

    private static RuleSettings rules(CommandLine cl) throws UsageException {
        if (!cl.hasOption("rules")) {
            return RuleSettings.national();
        }
        Path file = toPath(cl.getOptionValue("rules"));
        try {
            return RuleSettings.load(file);
        } catch (IOException e) {
            throw new UsageException("无法读取规则文件 " + file + "：" + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException("规则文件 " + file + " 有误：" + e.getMessage());
        }
    }
}
