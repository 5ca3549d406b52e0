package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
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

    /** SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) throws IOException {
        return sha256(List.of(file));
    }

    private static String sha256(List<Path> files) throws IOException {
        MessageDigest digest = newDigest();
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

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final class Tool {
        static final String ID = Version.get() + "+" + buildHash();

        /** A hash of every org/selfeval/ class and resource, from the jar or the classes folder; "unknown" if unreadable. */
        private static String buildHash() {
            try {
                Path location = Path.of(Identity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                MessageDigest digest = newDigest();
                if (Files.isDirectory(location)) {
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(location.resolve("org/selfeval"))) {
                        files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
                    }
                    files.sort(null);
                    for (Path f : files) {
                        digest.update(location.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(f));
                    }
                } else {
                    try (JarFile jar = new JarFile(location.toFile())) {
                        List<JarEntry> entries = jar.stream().filter(e -> e.getName().startsWith("org/selfeval/")
                                && !e.isDirectory()).sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
                        for (JarEntry e : entries) {
                            digest.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            try (InputStream in = jar.getInputStream(e)) {
                                digest.update(in.readAllBytes());
                            }
                        }
                    }
                }
                return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown";
            }
        }
    }
}
