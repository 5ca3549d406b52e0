package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.selfeval.Version;

/**
 * What a stored result was computed with, beside the input's bytes: the tool (its version and a hash of its own
 * classes and resources, so a rebuilt tool of the same version number is a different tool), the rules (their
 * name and a hash of the rules file, or "built-in") and the layouts (a hash of the --layouts files, or
 * "built-in": the built-in words are part of the tool). A stored result is re-used only when all three and the
 * input's bytes are the same.
 */
public record Identity(String tool, String rules, String layouts) {
    private static final String BUILT_IN = "built-in";

    /**
     * @param rulesName  the rules' name (RuleSettings.name())
     * @param rulesFile  the --rules file, or null for the built-in rules
     * @param layoutFiles the --layouts files (none for the built-in words)
     */
    public static Identity of(String rulesName, Path rulesFile, List<Path> layoutFiles) throws IOException {
        String rules = rulesName + "@" + (rulesFile == null ? BUILT_IN : sha256(List.of(rulesFile)));
        String layouts = layoutFiles.isEmpty() ? BUILT_IN : sha256(layoutFiles);
        return new Identity(currentTool(), rules, layouts);
    }

    /** This tool's version and build hash, e.g. {@code 0.1.0+3f2a9c1d0b7e}; computed once. */
    public static String currentTool() {
        return Tool.ID;
    }

    /** SHA-256 of the files' bytes one after the other, in hex. */
    private static String sha256(List<Path> files) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final class Tool {
        static final String ID = Version.get() + "+" + buildHash(codeLocation());

        private static Path codeLocation() {
            try {
                return Path.of(Identity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * A hash of every org/selfeval/ class and resource of the tool at {@code location} (its jar, or its classes
     * folder under {@code mvn test}); "unknown" if unreadable.
     *
     * <p>From a jar it hashes each entry's name, size and CRC-32 as the jar's central directory lists them, without
     * inflating a byte: inflating and hashing the ~300 entries of ours in the 37 MB jar took about 100 ms at each
     * start (C1 only, as the launcher runs), reading the directory takes about 50 ms. That is enough to tell a
     * rebuilt tool: a class or resource whose bytes changed has another size or another CRC-32 (a change within
     * 32 consecutive bits always, any other change but for a chance of one in 4 billion), and a class added,
     * removed or renamed changes the list of names. The hash keeps results of another build of the same version
     * from being re-used; it is no defence against a forged jar (whoever can replace the jar can change anything).
     */
    static String buildHash(Path location) {
        if (location == null) {
            return "unknown";
        }
        try {
            MessageDigest digest = Sha256.newDigest();
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location.resolve("org/selfeval"))) {
                    files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
                }
                files.sort(null);
                for (Path f : files) {
                    digest.update(location.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    List<? extends ZipEntry> entries = jar.stream().filter(e -> e.getName().startsWith("org/selfeval/")
                            && !e.isDirectory()).sorted(Comparator.comparing(ZipEntry::getName)).toList();
                    ByteBuffer sizeAndCrc = ByteBuffer.allocate(2 * Long.BYTES);
                    for (ZipEntry e : entries) {
                        digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        digest.update(sizeAndCrc.clear().putLong(e.getSize()).putLong(e.getCrc()).flip());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
