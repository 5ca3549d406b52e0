package org.selfeval.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.selfeval.app.FileResult;
import org.selfeval.io.Rejections;

/** What every outcome of {@code FileProcessor.score} on a hostile file must look like. */
final class Outcomes {
    /** Every failure code a file may end with. */
    static final Set<String> KNOWN_CODES;

    static {
        Set<String> codes = new HashSet<>(Rejections.CODES);
        codes.add(HostileCorpus.NO_FORM);
        KNOWN_CODES = Set.copyOf(codes);
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Stack frames, qualified class names, exception class names: none belongs in a clerk's message. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "\\bat [a-z]+\\.|(?:java|org|com|sun)\\.[a-z]+\\.|Exception\\b|Error\\b|\\n\\s+at\\s");

    private Outcomes() {
    }

    /** The outcome word: {@link HostileCorpus#SCORED} or the failure code. */
    static String outcome(FileResult r) {
        return r.failed() ? r.error().code() : HostileCorpus.SCORED;
    }

    /**
     * A scored result has its output file; a failure has a known code, a Chinese message without technical
     * text, and no output file.
     */
    static void assertWellFormed(String name, FileResult r, Path output) {
        assertNotNull(r, name);
        if (r.failed()) {
            String code = r.error().code();
            String message = r.error().message();
            assertTrue(KNOWN_CODES.contains(code), name + ": unknown code " + code);
            assertTrue(HAN.matcher(message).find(), name + ": message not in Chinese: " + message);
            assertFalse(TECHNICAL.matcher(message).find(), name + ": technical text in message: " + message);
            assertNull(r.output(), name);
            assertFalse(Files.exists(output), name + ": output written for a failure");
        } else {
            assertEquals(FileResult.Status.SCORED, r.status(), name);
            assertFalse(r.forms().isEmpty(), name);
            assertTrue(Files.isRegularFile(output), name + ": no scored copy");
        }
    }

    /** No temporary or hidden file left behind in the folder (recursively). */
    static void assertNoTempFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> leftovers = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith(".") || p.toString().endsWith(".tmp"))
                    .toList();
            assertEquals(List.of(), leftovers, "temporary files left in " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
