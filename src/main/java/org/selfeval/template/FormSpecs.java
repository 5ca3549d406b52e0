package org.selfeval.template;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the transcribed forms shipped in {@code org/selfeval/template/forms/}. */
public final class FormSpecs {
    /** Base names of the bundled forms, in file order; {@code 00-huoqiu-seed} is the seed. */
    public static final List<String> NAMES = List.of(
            "00-huoqiu-seed",
            "01-yongde-nutrition",
            "03-putuo-sports-settlement",
            "07-guichi-tangxi-entrusted-PARTIAL",
            "09-suixi-temporary-relief-PARTIAL",
            "11-jinzhai-dept-overall-PARTIAL",
            "13-gucheng-satellite-enforcement-PARTIAL",
            "15-longyang-fertilizer-PARTIAL",
            "20-langfang-school-hvac-hebei",
            "21-chongqing-media-dept-overall",
            "23-ningxia-potato-seed",
            "24-caidian-forest-fire-noscore",
            "26-yangtze-fishing-ban-20-80",
            "28-sichuan-daying-anke-0013zp");

    public static final String SEED = "00-huoqiu-seed";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FormSpecs() {
    }

    /** A bundled form by base name, e.g. {@code "01-yongde-nutrition"}. */
    public static FormSpec load(String name) {
        String resource = "forms/" + name + ".json";
        try (InputStream in = FormSpecs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("没有名为 " + name + " 的内置表单");
            }
            return MAPPER.readValue(in, FormSpec.class);
        } catch (IOException e) {
            throw new UncheckedIOException("内置表单 " + name + " 无法读取", e);
        }
    }

    /** A form from a JSON file in the same shape. */
    public static FormSpec load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, FormSpec.class);
        }
    }

    /** Every bundled form keyed by base name, the seed first. */
    public static Map<String, FormSpec> all() {
        Map<String, FormSpec> forms = new LinkedHashMap<>();
        NAMES.forEach(n -> forms.put(n, load(n)));
        return forms;
    }

    public static FormSpec seed() {
        return load(SEED);
    }
}
