package org.selfeval.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.app.FileResult;
import org.selfeval.batch.InputTree;
import org.selfeval.batch.Job;
import org.selfeval.io.SubmissionFiles;

/**
 * Where a run's files come from: a folder walked, files named one by one, or the hot folder's inbox (asked again
 * at each pass of its {@link Run.Session}).
 */
@FunctionalInterface
public interface Source {
    /** The jobs, in the order their results are reported. */
    List<Job> jobs() throws IOException;

    /**
     * A job's file has been processed: the result as the outputs and the store are to see it, or null when the
     * source takes the job back (nothing is recorded for it). The hot folder puts the file and its scored copy in
     * place here; a folder or a list of files leaves the result as it is.
     */
    default FileResult settle(Job job, FileResult result) throws IOException {
        return result;
    }

    /**
     * Every workbook under {@code root} (InputTree: recursive, stable order, the output folder left out), each
     * scored into {@code outDir} at its path relative to {@code root}.
     */
    static Source folder(Path root, Path outDir) {
        return () -> tree(root, InputTree.find(root, outDir), outDir).jobs();
    }

    /** The inputs found under {@code root} (InputTree), each scored into {@code outDir} at its relative path. */
    static Source tree(Path root, List<Path> inputs, Path outDir) {
        return () -> {
            List<Job> jobs = new ArrayList<>();
            for (Path input : inputs) {
                Path relative = root.relativize(input);
                jobs.add(new Job(input, relative, outDir.resolve(SubmissionFiles.scoredName(relative.toString()))));
            }
            return jobs;
        };
    }

    /**
     * The files given, in that order, each scored into {@code outDir} at its path relative to the deepest folder
     * holding them all; or only checked (nothing written) when {@code outDir} is null.
     */
    static Source files(List<Path> inputs, Path outDir) {
        return () -> {
            if (outDir == null) {
                return inputs.stream().map(p -> new Job(p, p.getFileName(), null)).toList();
            }
            Path root = commonParent(inputs);
            List<Job> jobs = new ArrayList<>();
            for (Path input : inputs) {
                Path relative = root.relativize(input.toAbsolutePath().normalize());
                jobs.add(new Job(input, relative, outDir.resolve(SubmissionFiles.scoredName(relative.toString()))));
            }
            return jobs;
        };
    }

    /** The deepest folder that holds every input, so outputs keep their paths relative to it. */
    static Path commonParent(List<Path> inputs) {
        Path common = null;
        for (Path p : inputs) {
            Path parent = p.toAbsolutePath().normalize().getParent();
            if (common == null) {
                common = parent;
            } else {
                while (!parent.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common;
    }
}
