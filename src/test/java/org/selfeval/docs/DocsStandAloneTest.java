package org.selfeval.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.selfeval.model.FindingCode;

/** The docs are what users have: they describe every finding and point to nothing outside the repository. */
class DocsStandAloneTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)");

    @Test
    void rulesDoc_listsEveryFindingCodeWithItsChineseNameAndSeverity() throws Exception {
        String rules = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        for (FindingCode code : FindingCode.values()) {
            assertTrue(rules.contains("| `" + code.name() + "` | " + code.chineseName() + " | "),
                    "docs/rules.md §7 lacks the row of " + code);
        }
    }

    @Test
    void noDocPointsOutsideTheRepository_everyLinkResolves() throws Exception {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        List<String> problems = new ArrayList<>();
        for (Path doc : docs) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            for (String outside : List.of("RULES.md", "LAYOUTS.md", "CLI.md", "/work/shared")) {
                if (text.contains(outside)) {
                    problems.add(doc + " names " + outside + ", which is not in the repository");
                }
            }
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !Files.exists(doc.resolveSibling(target))) {
                    problems.add(doc + " links to missing " + target);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void readme_linksTheChineseGuideFirst() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = LINK.matcher(readme);
        assertTrue(m.find());
        assertEquals("docs/使用说明.md", m.group(1));
    }
}
