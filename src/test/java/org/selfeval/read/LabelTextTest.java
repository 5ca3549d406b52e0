package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Label normalisation before matching (RULES.md §1). */
class LabelTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "绩         效         指         标|绩效指标",
            "项目资金（万元）|项目资金",
            "年度资金总额:|年度资金总额",
            "年度资金总额：|年度资金总额",
            "产出指标(50分)|产出指标",
            "全年预算数(A)|全年预算数",
            "执行率(B/A)|执行率",
            "得分(20分*执行率)|得分",
            "预算执行情况(万元)(20分)|预算执行情况",
            "其中：当年财政拨款|其中:当年财政拨款",
            "績效指標|绩效指标",
            "實際完成值|实际完成值",
            "年度資金總額|年度资金总额",
            "一級指標|一级指标",
            "總分|总分",
    })
    void normalize_spacesBracketsColonsTraditional_rule1(String raw, String expected) {
        assertEquals(expected, LabelText.normalize(raw));
    }

    @Test
    void normalize_lineBreaksFullWidthSpaceAndNbsp_rule1() {
        assertEquals("年度指标值", LabelText.normalize("年度\n指标值"));
        assertEquals("实际完成值", LabelText.normalize("实际\u3000完成\u00A0值\r\n"));
        assertEquals("满意度指标", LabelText.normalize("满意度    指标"));
        // pasted from a web page: a zero-width space, as the value normaliser already drops it
        assertEquals("三级指标", LabelText.normalize("三级\u200B指标"));
    }

    @Test
    void compact_keepsBracketsFoldsFullWidth_rule1() {
        assertEquals("(2023年度)", LabelText.compact("（2023年度）"));
        assertEquals("(2022年度)", LabelText.compact("(2022 年度)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "指标", "指标2：", "指标 3:", "……", "...", "/", "—", "——", "-", "－"})
    void isPlaceholder_templateLeftovers_rule1(String text) {
        assertTrue(LabelText.isPlaceholder(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"指标1：县主管部门满意度", "0", "无偏差原因", "≥500人", "是"})
    void isPlaceholder_realContent_notPlaceholder_rule1(String text) {
        assertFalse(LabelText.isPlaceholder(text));
    }
}
