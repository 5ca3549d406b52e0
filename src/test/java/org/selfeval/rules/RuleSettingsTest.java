package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.rules.TestForms.indicator;
import static org.selfeval.rules.TestForms.scoreOne;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.FormResult;

class RuleSettingsTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void national_isMof2020WithNationalValues_rule9() {
        RuleSettings s = RuleSettings.national();
        assertEquals("mof-2020", s.name());
        assertEquals(RuleSettings.AtMostFormula.RATIO, s.atMostFormula());
        assertEquals(10, s.fundsWeight());
        assertEquals(50, s.outputWeight());
        assertEquals(30, s.benefitWeight());
        assertEquals(10, s.satisfactionWeight());
        assertEquals(90, s.gradeExcellent());
        assertEquals(1.3, s.overAchievement());
        assertEquals(0.9, s.lowExecution());
        assertTrue(s.fundsScoreCapped());
        assertTrue(s.isPlaceholder("存在问题：暂无"));
    }

    @Test
    void provinceFile_linearAtMost_grades80_70_60_rule9() throws Exception {
        RuleSettings s = RuleSettings.load(write("province.properties", """
                # 某省 2023 细则
                name = 某省-2023
                atMost.formula = linear-to-zero-at-double
                grade.excellent = 80
                grade.good = 70
                grade.pass = 60
                """));
        assertEquals("某省-2023", s.name());
        // T = 100万元, A = 150万元: 10 × (200 − 150) / 100 = 5 (ratio would give 6.67)
        FormResult r = scoreOne(indicator(18, "产出指标", "成本指标", "成本", "≤100万元", "150万元", "10", "", "超支说明"), s);
        assertEquals(5, r.indicators().get(0).score());
        assertEquals("优", Grade.of(80, s));
        assertEquals("良", Grade.of(79.99, s));
        assertEquals("中", Grade.of(70 - 0.01, s));
        assertEquals("差", Grade.of(59.99, s));
        // the national values stay where the file is silent
        assertEquals(1.3, s.overAchievement());
        assertEquals("mof-2020", RuleSettings.national().name());
    }

    @Test
    void nationalGrades_boundaries_rule5() {
        RuleSettings s = RuleSettings.national();
        assertEquals("优", Grade.of(90, s));
        assertEquals("良", Grade.of(89.99, s));
        assertEquals("良", Grade.of(80, s));
        assertEquals("中", Grade.of(79.99, s));
        assertEquals("中", Grade.of(60, s));
        assertEquals("差", Grade.of(59.99, s));
    }

    @Test
    void nameDefaultsToFileName_percentAndFractionBothRead_rule9() throws Exception {
        RuleSettings s = RuleSettings.load(write("anhui.properties", """
                lowExecution.threshold = 85%
                overAchievement.threshold = 1.5
                deviation.placeholders = 无,没有，略
                """));
        assertEquals("anhui", s.name());
        assertEquals(0.85, s.lowExecution(), 1e-12);
        assertEquals(1.5, s.overAchievement(), 1e-12);
        assertTrue(s.isPlaceholder("略"));
        assertTrue(!s.isPlaceholder("暂无"));
    }

    @Test
    void unknownKey_rejectedNamingTheKey_rule9() throws Exception {
        Path file = write("bad.properties", "grade.excelent = 85\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSettings.load(file));
        assertTrue(e.getMessage().contains("“grade.excelent”无法识别"), e.getMessage());
    }

    @Test
    void badNumber_rejectedNamingKeyAndValue_rule9() throws Exception {
        Path file = write("bad.properties", "grade.good = 八十\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSettings.load(file));
        assertEquals("规则文件 bad.properties 中“grade.good”的值“八十”不是数字", e.getMessage());
    }

    @Test
    void badFormula_rejected_rule9() throws Exception {
        Path file = write("bad.properties", "atMost.formula = linear\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSettings.load(file));
        assertTrue(e.getMessage().contains("atMost.formula") && e.getMessage().contains("linear-to-zero-at-double"));
    }

    @Test
    void gradesOutOfOrder_rejected_rule9() throws Exception {
        Path file = write("bad.properties", "grade.good = 95\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSettings.load(file));
        assertTrue(e.getMessage().contains("grade.excellent > grade.good"), e.getMessage());
    }

    @Test
    void qualitativeBands_areSettings_rule9() throws Exception {
        RuleSettings s = RuleSettings.load(write("bands.properties", """
                qualitative.band.achieved = 0.9
                qualitative.band.partial = 0.5
                qualitative.default.partial = 0.6
                """));
        assertEquals(6, WordScoring.score(WordScoring.Outcome.PARTIAL, null, 10, s).score());
        assertEquals(9, WordScoring.score(WordScoring.Outcome.ACHIEVED, 8.5, 10, s).score());
    }

    @Test
    void familySplit_ningxiaAnd2080_andARulesFileKeyStillWins_layoutsRule1() throws Exception {
        RuleSettings ningxia = RuleSettings.national().forFamily(org.selfeval.model.Family.NINGXIA);
        assertEquals(List.of(0.0, 40.0, 40.0, 20.0), List.of(ningxia.fundsWeight(), ningxia.outputWeight(),
                ningxia.benefitWeight(), ningxia.satisfactionWeight()));
        RuleSettings twentyEighty = RuleSettings.national().forFamily(org.selfeval.model.Family.TWENTY_EIGHTY);
        assertEquals(20.0, twentyEighty.fundsWeight());
        assertEquals(80.0, twentyEighty.indicatorsWeight());
        assertEquals(null, RuleSettings.national().indicatorsWeight());
        assertEquals(10.0, RuleSettings.national().forFamily(org.selfeval.model.Family.SICHUAN_0013ZP).fundsWeight());

        RuleSettings file = RuleSettings.load(write("nx.properties", "weight.satisfaction = 10\n"));
        RuleSettings fileNingxia = file.forFamily(org.selfeval.model.Family.NINGXIA);
        assertEquals(10.0, fileNingxia.satisfactionWeight(), "the rules file's key wins");
        assertEquals(40.0, fileNingxia.outputWeight());
        assertEquals(10.0, file.satisfactionWeight(), "the file's settings themselves are unchanged");
    }
}
