package org.selfeval.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.Job;

/**
 * The one rule for every path a run writes (scored copies, report, 汇总): never an input, never another output of
 * the same run, never inside the inputs' folder unless inside the output folder. Paths are compared after
 * resolving links (a {@code --out} that is a link into the input folder is that folder). A clash that the clerk
 * chose ({@code --report} on an input) is refused before anything runs; a clash of names the clerk did not
 * choose (an input named 汇总.xlsx, whose scored copy would be the summary) gets its scored copy renamed, and
 * the run says so.
 */
final class OutputPaths {
    private OutputPaths() {
    }

    private static Path real(Path p) {
        return InputTree.realPath(p);
    }

    /** Whether {@code p} is {@code dir} or inside it, links resolved. */
    static boolean within(Path p, Path dir) {
        return real(p).startsWith(real(dir));
    }

    /** batch: the output folder may hold the input folder's outputs but must not be the input folder. */
    static void checkFolders(Path inputRoot, Path outDir, String command) throws UsageException {
        if (real(inputRoot).equals(real(outDir))) {
            throw new UsageException(command + " 的输出文件夹不能就是" + ("watch".equals(command) ? "收件" : "输入")
                    + "文件夹“" + inputRoot + "”（否则会把自己的输出当作新文件反复处理）；请用 --out 指定另一个文件夹");
        }
    }

    /**
     * The jobs with every scored copy clear of the reserved paths (汇总.xlsx, the report) and of the inputs;
     * refuses a report that is an input, a scored copy, or inside the input folder outside the output folder.
     *
     * @param inputRoot the folder walked (batch), or null
     * @param outDir    the output folder, or null (check)
     */
    static List<Job> settle(List<Job> jobs, Path report, Path summary, Path inputRoot, Path outDir, PrintStream err)
            throws UsageException {
        // every path resolved once, its folder once for all its files (a resolution is a system call per
        // part of the path: tens of thousands in a batch)
        RealPaths resolved = new RealPaths();
        Map<Path, Path> realOutputs = new HashMap<>();
        Set<Path> inputs = new HashSet<>();
        for (Job job : jobs) {
            inputs.add(resolved.apply(job.input()));
            if (job.output() != null) {
                realOutputs.put(job.output(), resolved.apply(job.output()));
            }
        }
        Set<Path> outputs = new HashSet<>(realOutputs.values());
        if (report != null) {
            Path r = resolved.apply(report);
            if (inputs.contains(r)) {
                throw new UsageException("--report “" + report + "”是一个输入文件，不能被报告覆盖；请另选报告文件名");
            }
            if (outputs.contains(r) || summary != null && r.equals(resolved.apply(summary))) {
                throw new UsageException("--report “" + report + "”与本次的评分副本或汇总表同名；请另选报告文件名");
            }
            if (inputRoot != null && within(r, inputRoot) && (outDir == null || !within(r, outDir))) {
                throw new UsageException("--report “" + report + "”在输入文件夹内，下次运行会被当作输入；"
                        + "请放在输出文件夹或其他位置");
            }
        }
        Set<Path> reserved = new HashSet<>(inputs);
        if (report != null) {
            reserved.add(resolved.apply(report));
        }
        if (summary != null) {
            reserved.add(resolved.apply(summary));
        }
        List<Job> settled = new ArrayList<>(jobs.size());
        Set<Path> taken = new HashSet<>();
        for (Job job : jobs) {
            if (job.output() == null) {
                settled.add(job);
                continue;
            }
            Path output = job.output();
            Path realOutput = realOutputs.get(output);
            for (int n = 2; reserved.contains(realOutput) || taken.contains(realOutput)
                    || outputs.contains(realOutput) && !output.equals(job.output()); n++) {
                output = numbered(job.output(), n);
                realOutput = resolved.apply(output);
            }
            if (!output.equals(job.output())) {
                err.println("注意：" + job.relative() + " 的评分副本与本次的另一个输出同名，改名为 " + output.getFileName());
            }
            taken.add(realOutput);
            settled.add(new Job(job.input(), job.relative(), output));
        }
        return settled;
    }

    /** Paths with their links resolved, each folder resolved once: a file costs one check that it is no link. */
    private static final class RealPaths implements java.util.function.Function<Path, Path> {
        private final Map<Path, Path> folders = new HashMap<>();

        @Override
        public Path apply(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            if (parent == null || abs.getFileName() == null) {
                return OutputPaths.real(abs);
            }
            Path inRealFolder = folders.computeIfAbsent(parent, OutputPaths::real).resolve(abs.getFileName());
            return Files.isSymbolicLink(inRealFolder) ? OutputPaths.real(inRealFolder) : inRealFolder;
        }
    }

    /** dir/name-n.ext beside the path. */
    private static Path numbered(Path p, int n) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numberedName = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
        return p.resolveSibling(numberedName);
    }
}
