package org.selfeval.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.selfeval.value.SettingsText;

/**
 * The words of the forms (LAYOUTS.md rule 8): every label, column header and row word the reader looks for,
 * as data. The built-in words are the resource {@value #RESOURCE} (a commented UTF-8 {@code .properties} file,
 * grouped by part of the form), loaded once; a user adds words with a file of the same keys
 * ({@code --layouts FILE}, docs/layouts.md), whose words are appended to the built-in ones. Every word is kept
 * normalised as labels are ({@link LabelText#normalize}), so {@code 年度资金总额：} and {@code 年度資金總額} are
 * the same word; the words of a key ending in {@code .text} keep their brackets ({@link LabelText#compact}) and
 * are looked for in a label's whole text. Immutable, thread-safe.
 */
public final class Vocabulary {
    static final String RESOURCE = "/org/selfeval/layouts.properties";
    private static final Pattern SEPARATOR = Pattern.compile("[,，]");

    private final Map<String, List<String>> words;
    /** The files that extended the built-in words, named in FORM_NOT_FOUND (empty for the built-in words). */
    private final List<Path> files;

    private Vocabulary(Map<String, List<String>> words, List<Path> files) {
        this.words = words;
        this.files = files;
    }

    /** The words shipped with selfeval. */
    public static Vocabulary builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Vocabulary INSTANCE = loadBuiltIn();

        private static Vocabulary loadBuiltIn() {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
                }
                Map<String, List<String>> map = new LinkedHashMap<>();
                Properties p = read(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    map.put(key, parse(key, p.getProperty(key)));
                }
                return new Vocabulary(freeze(map), List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * These words plus the words of a user's file ({@code --layouts FILE}): same keys, words appended.
     *
     * @throws IOException              the file cannot be read
     * @throws IllegalArgumentException not UTF-8, a key the tool does not know, or a key with no word (Chinese message)
     */
    public Vocabulary extendedBy(Path file) throws IOException {
        Properties added = read(new java.io.StringReader(SettingsText.decode(Files.readAllBytes(file), "表样词表文件",
                file.getFileName().toString())));
        Map<String, List<String>> map = new LinkedHashMap<>(words);
        for (String key : new TreeSet<>(added.stringPropertyNames())) {
            if (!words.containsKey(key)) {
                throw new IllegalArgumentException("未知的键“" + key + "”（可用的键见 docs/layouts.md 或内置词表 "
                        + RESOURCE.substring(1) + "）");
            }
            List<String> extra = parse(key, added.getProperty(key));
            if (extra.isEmpty()) {
                throw new IllegalArgumentException("键“" + key + "”没有给出任何词");
            }
            List<String> merged = new ArrayList<>(words.get(key));
            extra.stream().filter(w -> !merged.contains(w)).forEach(merged::add);
            map.put(key, merged);
        }
        List<Path> allFiles = new ArrayList<>(files);
        allFiles.add(file);
        return new Vocabulary(freeze(map), List.copyOf(allFiles));
    }

    /** The normalised words of a key, in the order written (built-in first). */
    public List<String> words(String key) {
        List<String> list = words.get(key);
        if (list == null) {
            throw new IllegalArgumentException("no key " + key + " in " + RESOURCE);
        }
        return list;
    }

    /** True when the normalised label is one of the key's words. */
    public boolean names(String key, String label) {
        return words(key).contains(label);
    }

    /** True when the normalised label starts with one of the key's words. */
    public boolean startsWithOne(String key, String label) {
        return words(key).stream().anyMatch(label::startsWith);
    }

    /** True when the normalised label contains one of the key's words. */
    public boolean containsOne(String key, String label) {
        return words(key).stream().anyMatch(label::contains);
    }

    /** The key's words joined for a message: {@code 年度资金总额、年度财政资金总额}. */
    public String listed(String key) {
        return String.join("、", words(key));
    }

    /** The user's files that extend the built-in words (empty when none). */
    public List<Path> files() {
        return files;
    }

    private static Properties read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        return p;
    }

    /** The words of a line, normalised as labels; a key ending in {@code .text} keeps brackets (compacted only). */
    private static List<String> parse(String key, String value) {
        boolean keepBrackets = key.endsWith(".text");
        List<String> list = new ArrayList<>();
        for (String part : SEPARATOR.split(value)) {
            String word = keepBrackets ? LabelText.compact(part) : LabelText.normalize(part);
            if (!word.isEmpty() && !list.contains(word)) {
                list.add(word);
            }
        }
        return list;
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
