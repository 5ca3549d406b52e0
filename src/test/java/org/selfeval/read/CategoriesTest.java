package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Category;

/** RULES.md §5: the category of a row, by the category.* words of the layouts file. */
class CategoriesTest {
    private static final Vocabulary BUILT_IN = Vocabulary.builtIn();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"产出指标 | OUTPUT", "产出指标(50分) | OUTPUT", "產出指標 | OUTPUT",
        "效益指标（30分） | BENEFIT", "效果指标 | BENEFIT", "满意度    指标 | SATISFACTION", "滿意度指標 | SATISFACTION",
        "满意度指标(10分) | SATISFACTION", "一、产出指标 | OUTPUT"})
    void level1Labels_matchAfterNormalising(String label, Category expected) {
        assertEquals(expected, Categories.of(BUILT_IN, label, null));
    }

    @Test
    void satisfactionAsA二级UnderBenefit_isSatisfaction_anyOther二级KeepsThe一级() {
        assertEquals(Category.SATISFACTION, Categories.of(BUILT_IN, "效益指标", "服务对象满意度指标"));
        assertEquals(Category.BENEFIT, Categories.of(BUILT_IN, "效益指标", "社会效益指标"));
        assertEquals(Category.OUTPUT, Categories.of(BUILT_IN, "产出指标", "数量指标"));
    }

    @Test
    void aLabelNobodyListed_hasNoCategory_untilALineOfTheLayoutsFileNamesIt(@TempDir Path dir) throws Exception {
        assertNull(Categories.of(BUILT_IN, "群众评价", null));
        Path file = Files.writeString(dir.resolve("layouts.properties"), "category.satisfaction = 群众评价\n",
                StandardCharsets.UTF_8);
        assertEquals(Category.SATISFACTION, Categories.of(BUILT_IN.extendedBy(file), "群众评价", null));
    }
}
