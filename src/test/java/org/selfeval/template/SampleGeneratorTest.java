package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void generate() throws Exception {
        files = SampleGenerator.write(dir);
    }

    @Test
    void write_everySampleAndTheReadme() throws Exception {
        assertEquals(SampleGenerator.SAMPLES.size() + WordSampleGenerator.SAMPLES.size() + 1, files.size());
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        for (SampleGenerator.Sample sample : SampleGenerator.SAMPLES) {
            assertTrue(Files.size(dir.resolve(sample.fileName())) > 0, sample.fileName());
            assertTrue(readme.contains("`" + sample.fileName() + "`"), sample.fileName());
        }
    }

    @Test
    void samples_coverBothFormatsEveryFormAndNineLayouts() {
        Set<WorkbookFormat> formats = SampleGenerator.SAMPLES.stream().map(SampleGenerator.Sample::format)
                .collect(Collectors.toSet());
        assertEquals(Set.of(WorkbookFormat.XLSX, WorkbookFormat.XLS), formats);
        Set<String> forms = SampleGenerator.SAMPLES.stream().flatMap(s -> s.sheets().stream())
                .map(SampleGenerator.SheetPlan::formName).collect(Collectors.toSet());
        assertEquals(Set.copyOf(FormSpecs.NAMES), forms, "every bundled form appears in a sample");
        Set<String> layouts = SampleGenerator.SAMPLES.stream().flatMap(s -> s.sheets().stream())
                .map(plan -> plan.layout().name()).collect(Collectors.toSet());
        assertEquals(Set.of("OFFICIAL", "SPLIT_TARGET", "OTHER_PROVINCE", "SPACED_LABELS+ONCE_CATEGORIES",
                "MOVED+NUMBERS_AS_TEXT", "FORMULAS", "TRADITIONAL", "LINE_BREAKS+REPEATED_CATEGORIES", "NO_TITLE", "SPACED_LABELS+LINE_BREAKS"),
                layouts);
    }

    @Test
    void seedSample_hasCoverThenForm_inBothFormats() throws Exception {
        for (String ext : List.of("xlsx", "xls")) {
            try (var workbook = Sheets.open(dir.resolve("00-霍邱-困难职工送温暖." + ext))) {
                assertEquals(2, workbook.getNumberOfSheets());
                Sheet cover = workbook.getSheetAt(0);
                assertEquals("项目清单", cover.getSheetName());
                assertEquals("序号", Sheets.text(cover, 2, 0));
                assertEquals("困难职工帮扶送温暖项目自评表", Sheets.text(cover, 3, 1));
                Sheet form = workbook.getSheetAt(1);
                assertEquals("自评表", form.getSheetName());
                assertEquals("困难职工送温暖", Sheets.text(form, 2, 2));
                assertEquals("≥500人", Sheets.text(form, 16, 5));
            }
        }
    }

    @Test
    void twoFormSample_hasTwoFormSheets() throws Exception {
        try (var workbook = Sheets.open(dir.resolve("20-两张表-永德与普陀.xlsx"))) {
            assertEquals(2, workbook.getNumberOfSheets());
            assertEquals("义务教育营养改善计划专项资金", Sheets.text(workbook.getSheetAt(0), 0, 2));
            assertEquals("普陀体育中心与委托运营方结算费用", Sheets.text(workbook.getSheetAt(1), 2, 2));
        }
    }

    @Test
    void write_isDeterministic_sameContentTwice(@TempDir Path again) throws Exception {
        SampleGenerator.write(again);
        assertSameSamples(dir, again, "written twice");
    }

    @Test
    void committedSamples_areWhatTheGeneratorWrites() throws Exception {
        assertSameSamples(dir, Path.of("samples"),
                "samples/ is stale: regenerate with `selfeval samples --out samples`");
    }

    private static void assertSameSamples(Path expected, Path actual, String message) throws Exception {
        for (SampleGenerator.Sample sample : SampleGenerator.SAMPLES) {
            assertEquals(Sheets.contents(expected.resolve(sample.fileName())),
                    Sheets.contents(actual.resolve(sample.fileName())), sample.fileName() + ": " + message);
        }
        for (WordSampleGenerator.WordSample sample : WordSampleGenerator.SAMPLES) {
            assertEquals(wordText(expected.resolve(sample.fileName())), wordText(actual.resolve(sample.fileName())),
                    sample.fileName() + ": " + message);
        }
        // .gitattributes keeps samples/README.md LF in every clone
        assertEquals(Files.readString(expected.resolve("README.md")),
                Files.readString(actual.resolve("README.md")), message);
    }

    /** Every paragraph and table cell text of a .docx, in order. */
    static String wordText(Path docx) throws Exception {
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
