import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.rules.RuleSettings;
import org.selfeval.store.Identity;
import org.selfeval.store.InputKey;
import org.selfeval.store.ResultStore;

/**
 * For bench/rounds.sh: the output folder of a hot folder that has scored N forms, made without scoring them N
 * times. The seed workbook is scored once into DIR; its scored copy is copied to DIR/NNNNN-NAME N times and each
 * is recorded in DIR's results store as the hot folder records a file (kind watch, source INBOX), in one
 * transaction each, as the hot folder does.
 *
 * <p>Usage: java -cp target/selfeval.jar:CLASSES StoreFill SEED INBOX DIR N
 */
public final class StoreFill {
    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path inbox = Path.of(args[1]).toAbsolutePath().normalize();
        Path out = Path.of(args[2]);
        int n = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        String name = seed.getFileName().toString();
        Path scored = out.resolve(".seed-" + name);
        FileResult result = new FileProcessor(RuleSettings.national()).score(seed, scored);
        Identity identity = Identity.of(RuleSettings.national().name(), null, List.of());
        InputKey key = InputKey.of(seed, identity);
        try (ResultStore store = ResultStore.open(out)) {
            store.groupCommits(500); // a fill, not the hot folder: its one-transaction-per-file is not what is measured
            for (int i = 0; i < n; i++) {
                String copy = String.format("%05d-%s", i, name);
                Path output = out.resolve(copy);
                Files.copy(scored, output, StandardCopyOption.REPLACE_EXISTING);
                FileResult placed = new FileResult(inbox.resolve(copy), output, result.status(), null, result.forms());
                store.recordAlone("watch", inbox.toString(), copy, key, placed, copy, Files.size(output));
            }
        }
        Files.delete(scored);
        System.out.println("recorded=" + n);
    }
}
