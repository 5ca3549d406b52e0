package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.cli.Cli;
import org.selfeval.report.JsonReport;
import org.selfeval.template.FormSpecs;
import org.selfeval.template.FormWorkbookBuilder;
import org.selfeval.template.Layout;
import org.selfeval.template.WorkbookFormat;

/**
 * RULES.md §9 through the real pipeline: a province whose at-most scores fall linearly to 0 at twice the target
 * and whose grades are 80/70/60, on the 濉溪 workbook (扶贫临时救助标准 ≤5300元/户, actual 5830元/户), and the
 * report naming the rules used.
 */
class ProvinceRulesWorkbookTest {
    @TempDir
    Path dir;

    private JsonNode check(Path workbook, String... rules) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[rules.length + 2];
        args[0] = "check";
        args[1] = workbook.toString();
        System.arraycopy(rules, 0, args, 2, rules.length);
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        assertEquals(1, status, err.toString(StandardCharsets.UTF_8)); // the form has error findings
        return JsonReport.mapper().readTree(out.toByteArray());
    }

    @Test
    void linearAtMost_grades80_70_60_namedInTheReport() throws IOException {
        Path workbook = dir.resolve("suixi.xls");
        try (Workbook wb = WorkbookFormat.XLS.newWorkbook()) {
            new FormWorkbookBuilder(wb).render("自评表", FormSpecs.load("09-suixi-temporary-relief-PARTIAL"),
                    Layout.OFFICIAL);
            WorkbookFormat.save(wb, workbook);
        }
        Path rules = dir.resolve("province.properties");
        Files.writeString(rules, """
                name = 某省-2023
                atMost.formula = linear-to-zero-at-double
                grade.excellent = 80
                grade.good = 70
                grade.pass = 60
                """, StandardCharsets.UTF_8);

        JsonNode national = check(workbook);
        assertEquals("mof-2020", national.get("rules").asText());
        JsonNode form = national.get("files").get(0).get("forms").get(0);
        // ratio: 10 × 5300 / 5830 = 9.09; total 88.93 → 良 under 90/80/60
        assertEquals("9.09", form.get("indicators").get(7).get("score").asText());
        assertEquals("88.93", form.get("total").asText());
        assertEquals("良", form.get("grade").asText());

        JsonNode province = check(workbook, "--rules", rules.toString());
        assertEquals("某省-2023", province.get("rules").asText());
        form = province.get("files").get(0).get("forms").get(0);
        // linear: 10 × (2 × 5300 − 5830) / 5300 = 9; total 88.93 − 9.09 + 9 = 88.84 → 优 under 80/70/60
        assertEquals("at-most", form.get("indicators").get(7).get("kind").asText());
        assertEquals("9", form.get("indicators").get(7).get("score").asText());
        assertEquals("88.84", form.get("total").asText());
        assertEquals("优", form.get("grade").asText());
    }
}
