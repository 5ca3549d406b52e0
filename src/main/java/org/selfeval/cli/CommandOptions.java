package org.selfeval.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.commons.cli.AlreadySelectedException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TableDefinition;
import org.apache.commons.cli.help.TextHelpAppendable;

/**
 * Each command's own options (one commons-cli {@link Options} set per command, so {@code check --out X} is a
 * usage error instead of an option silently ignored), its help with an example, and parse errors in Chinese
 * (commons-cli words them in English: "Missing argument for option: o").
 */
final class CommandOptions {
    // ---- every option, declared once ----
    private static final Supplier<Option> OUT = () -> valued("o", "out", "DIR", "输出文件夹");
    private static final Supplier<Option> REPORT = () -> valued(null, "report", "FILE", "另外写出 JSON 报告到此文件");
    private static final Supplier<Option> RULES = () -> valued(null, "rules", "FILE", "评分规则文件（默认全国规则 mof-2020）");
    private static final Supplier<Option> LAYOUTS = () -> valued(null, "layouts", "FILE",
            "表样词表文件：补充本地表样的标签、列标题和行名称（UTF-8 .properties，见 docs/layouts.md）");
    private static final Supplier<Option> THREADS = () -> valued(null, "threads", "N", "并行线程数（默认 CPU 核数）");
    private static final Supplier<Option> STABLE = () -> valued(null, "stable", "SECONDS",
            "文件大小和修改时间稳定多久后才处理（默认 2 秒）");
    private static final Supplier<Option> TIME_LIMIT = () -> valued(null, "time-limit", "SECONDS",
            "每个文件的处理时限（默认 60 秒），超时记为 TIMEOUT");
    private static final Supplier<Option> MAX_SIZE = () -> valued(null, "max-size", "MB",
            "单个文件的大小上限（默认 50 MB），超过记为 TOO_LARGE");
    private static final Supplier<Option> FULL = () -> Option.builder().longOpt("full")
            .desc("全部重新评分，不沿用结果库中未变文件的上次结果").get();
    private static final Supplier<Option> QUIET = () -> Option.builder("q").longOpt("quiet").desc("不显示进度和提示").get();
    private static final Supplier<Option> HELP = () -> Option.builder("h").longOpt("help").desc("显示本命令的帮助").get();
    private static final Supplier<Option> VERSION = () -> Option.builder("V").longOpt("version").desc("显示版本").get();

    /** A command: its arguments, what it does, an example, and its options. */
    record Command(String name, String arguments, String purpose, String example, List<Supplier<Option>> own) {
        /** A fresh set of this command's options (commons-cli options hold their parsed values). */
        Options options() {
            Options set = new Options();
            own.forEach(o -> set.addOption(o.get()));
            set.addOption(HELP.get());
            set.addOption(VERSION.get());
            return set;
        }
    }

    static final Map<String, Command> COMMANDS = List.of(
            new Command("score", "FILE... --out DIR", "评分并写出评分后的副本（与原件同格式）",
                    "selfeval score 霍邱-困难职工送温暖.xlsx --out 评分结果",
                    List.of(OUT, REPORT, RULES, LAYOUTS, THREADS, TIME_LIMIT, MAX_SIZE, QUIET)),
            new Command("batch", "DIR --out DIR", "批量处理文件夹（含子文件夹），生成汇总.xlsx 和 report.json",
                    "selfeval batch 收到的自评表 --out 评分结果",
                    List.of(OUT, REPORT, RULES, LAYOUTS, THREADS, TIME_LIMIT, MAX_SIZE, FULL, QUIET)),
            new Command("watch", "INBOX --out DIR", "收件文件夹：放入的工作簿自动评分，汇总.xlsx 随时更新",
                    "selfeval watch 收件箱 --out 评分结果",
                    List.of(OUT, RULES, LAYOUTS, STABLE, TIME_LIMIT, MAX_SIZE, QUIET)),
            new Command("check", "FILE...", "只检查，不写文件，JSON 报告输出到标准输出",
                    "selfeval check 霍邱-困难职工送温暖.xlsx",
                    List.of(REPORT, RULES, LAYOUTS, THREADS, TIME_LIMIT, MAX_SIZE)),
            new Command("history", "FILE --out DIR", "列出一张自评表在 DIR 结果库中的各轮检查与整改情况",
                    "selfeval history 霍邱-困难职工送温暖.xlsx --out 评分结果", List.of(OUT)),
            new Command("template", "--out DIR", "生成空白官方模板（.xlsx 和 .xls）",
                    "selfeval template --out 模板", List.of(OUT, QUIET)),
            new Command("samples", "--out DIR", "重新生成示例工作簿",
                    "selfeval samples --out 示例", List.of(OUT, QUIET))
    ).stream().collect(Collectors.toMap(Command::name, c -> c, (a, b) -> a, java.util.LinkedHashMap::new));

    private CommandOptions() {
    }

    /** An option that takes one value, e.g. {@code --out DIR}; {@code shortName} may be null. */
    private static Option valued(String shortName, String longName, String valueName, String description) {
        return Option.builder(shortName).longOpt(longName).hasArg().argName(valueName).desc(description).get();
    }

    /** Parses {@code args} against the command's own options; every error worded in Chinese. */
    static CommandLine parse(Command command, String[] args) throws UsageException {
        try {
            return DefaultParser.builder().setAllowPartialMatching(false).get().parse(command.options(), args);
        } catch (MissingArgumentException e) {
            throw new UsageException("选项 " + name(e.getOption()) + " 后面缺少" + e.getOption().getArgName());
        } catch (UnrecognizedOptionException e) {
            throw new UsageException(command.name() + " 命令没有选项“" + e.getOption() + "”（运行 selfeval "
                    + command.name() + " --help 查看它的选项）");
        } catch (MissingOptionException e) {
            throw new UsageException("缺少选项 " + e.getMissingOptions());
        } catch (AlreadySelectedException e) {
            throw new UsageException("选项 " + name(e.getOption()) + " 不能与其他选项同时使用");
        } catch (ParseException e) {
            throw new UsageException("无法识别的参数（" + e.getMessage() + "）");
        }
    }

    private static String name(Option o) {
        return o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt();
    }

    /** One line per command, for the general help. */
    static String synopsis() {
        return COMMANDS.values().stream()
                .map(c -> String.format("%-36s %s", "selfeval " + c.name() + " " + c.arguments(), c.purpose()))
                .collect(Collectors.joining("\n"));
    }

    /** A command's help: its usage, what it does, its options in Chinese, an example. */
    static void printHelp(Command command, PrintStream out) throws IOException {
        out.println("用法：selfeval " + command.name() + " " + command.arguments());
        out.println(command.purpose());
        out.println();
        printOptions(command.options(), out);
        out.println();
        out.println("例：" + command.example());
        out.flush();
    }

    /** The options as a table with Chinese headings (commons-cli's are English) and no empty 'Since' column. */
    static void printOptions(Options options, PrintStream out) throws IOException {
        TextHelpAppendable appendable = new TextHelpAppendable(out);
        appendable.setMaxWidth(100);
        HelpFormatter formatter = HelpFormatter.builder().setHelpAppendable(appendable).setShowSince(false).get();
        TableDefinition table = formatter.getTableDefinition(options.getOptions());
        formatter.printOptions(TableDefinition.from(table.caption(), table.columnTextStyles(), List.of("选项", "说明"),
                table.rows()));
    }
}
