package org.selfeval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.model.CellValue;

class ValueParserTest {

    private static Value.Figure figure(String text) {
        return assertInstanceOf(Value.Figure.class, ValueParser.parse(text), text);
    }

    /** RULES.md §2 figure notations: comparison, number, unit, and whether the figure is approximate (余, 约, 多, 左右). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≧735人次 | AT_LEAST | 735 | 人次 | false
            ═100% | EQUAL | 100 | % | false
            ﹦72890元 | EQUAL | 72890 | 元 | false
            >=21933人 | AT_LEAST | 21933 | 人 | false
            <=5300元/户 | AT_MOST | 5300 | 元/户 | false
            ≥100百分比 | AT_LEAST | 100 | % | false
            >= 98 %(百分比) | AT_LEAST | 98 | % | false
            不低于95% | AT_LEAST | 95 | % | false
            不少于10个 | AT_LEAST | 10 | 个 | false
            95%以上 | AT_LEAST | 95 | % | false
            至少3次 | AT_LEAST | 3 | 次 | false
            辖区企业满意率达95%以上 | AT_LEAST | 95 | % | false
            >90% | MORE_THAN | 90 | % | false
            大于90% | MORE_THAN | 90 | % | false
            超过90% | MORE_THAN | 90 | % | false
            高于90% | MORE_THAN | 90 | % | false
            ≤30天 | AT_MOST | 30 | 天 | false
            <=5% | AT_MOST | 5 | % | false
            不高于5% | AT_MOST | 5 | % | false
            不超过64万元 | AT_MOST | 64 | 万元 | false
            30天以内 | AT_MOST | 30 | 天 | false
            5%以下 | AT_MOST | 5 | % | false
            控制在64万元以内 | AT_MOST | 64 | 万元 | false
            <5% | LESS_THAN | 5 | % | false
            小于5% | LESS_THAN | 5 | % | false
            低于5‰ | LESS_THAN | 5 | ‰ | false
            =8个 | EQUAL | 8 | 个 | false
            ＝１００％ | EQUAL | 100 | % | false
            ＞＝９５％ | AT_LEAST | 95 | % | false
            100% | BARE | 100 | % | false
            64万元 | BARE | 64 | 万元 | false
            500人 | BARE | 500 | 人 | false
            0起 | BARE | 0 | 起 | false
            ≧20000亩 | AT_LEAST | 20000 | 亩 | false
            >=530元/人*月 | AT_LEAST | 530 | 元/人*月 | false
            583元/人·月 | BARE | 583 | 元/人*月 | false
            ≥ 500 人。 | AT_LEAST | 500 | 人 | false
            # approximate figures keep the figure and the flag
            700余次 | BARE | 700 | 次 | true
            约500人 | BARE | 500 | 人 | true
            500多人 | BARE | 500 | 人 | true
            500人左右 | BARE | 500 | 人 | true
            """)
    void parsesFigureNotations_rule2(String text, Comparison comparison, double number, String unit,
                                     boolean approximate) {
        Value.Figure f = figure(text);
        assertEquals(comparison, f.comparison());
        assertEquals(number, f.number(), 1e-9);
        assertEquals(unit, f.unitSymbol());
        assertEquals(approximate, f.approximate());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "215,457.6 | 215457.6",
            "1 | 1",
            "≤4 | 4",
            "3061 | 3061",
    })
    void parsesFiguresWithoutUnit_rule2(String text, double number) {
        Value.Figure f = figure(text);
        assertEquals(number, f.number(), 1e-9);
        assertEquals(null, f.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"90%-95% | 90 | 95 | %", "90%~95% | 90 | 95 | %", "90%至95% | 90 | 95 | %",
            "90-95% | 90 | 95 | %", "3～5天 | 3 | 5 | 天"})
    void parsesRanges_rule2(String text, double low, double high, String unit) {
        Value.Range r = assertInstanceOf(Value.Range.class, ValueParser.parse(text), text);
        assertEquals(low, r.low(), 1e-9);
        assertEquals(high, r.high(), 1e-9);
        assertEquals(unit, r.unit().symbol());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "9月前 | | 9 | 31",
            "2023年12月底前 | 2023 | 12 | 31",
            "12月31日前 | | 12 | 31",
            "预算年度内 | | 12 | 31",
            "2020年全年 | 2020 | 12 | 31",
            "7月 | | 7 | 31",
            "6月中旬前 | | 6 | 20",
    })
    void parsesDeadlines_rule2(String text, Integer year, int month, int day) {
        assertEquals(new Value.Deadline(year, month, day), ValueParser.parse(text));
    }

    @Test
    void deadline_atOrBefore_rule2() {
        Value.Deadline nine = new Value.Deadline(null, 9, 31);
        assertTrue(new Value.Deadline(null, 7, 31).notLaterThan(nine));
        assertTrue(nine.notLaterThan(nine));
        assertFalse(new Value.Deadline(null, 10, 31).notLaterThan(nine));
        assertFalse(new Value.Deadline(2024, 1, 31).notLaterThan(new Value.Deadline(2023, 12, 31)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "满意", "一定程度上缓解", "效果明显", "长期开展", "有效提升", "定性 优良中低差",
            "严格执行相关制度规定", "达成预期指标"})
    void wordsStayWords_rule2(String text) {
        assertEquals(new Value.Words(TextNormalizer.normalize(text)), ValueParser.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "—", "-", "/", "——", "　"})
    void notApplicable_rule2(String text) {
        assertInstanceOf(Value.NotApplicable.class, ValueParser.parse(text));
    }

    @Test
    void numericCell_percentFormat_oneIsHundredPercent_rule2() {
        CellValue pct = new CellValue(0, 0, "100%", 1.0, true, false);
        assertEquals(new Value.Figure(Comparison.BARE, 100, Unit.PERCENT, false), ValueParser.parse(pct));
        assertEquals(new Value.Figure(Comparison.BARE, 64, null, false), ValueParser.parse(CellValue.number(0, 0, 64)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            >= 98 %(百分比) | ≥98%
            ═100%          | =100%
            ﹦72890元       | =72890元
            <=5300元/户    | ≤5300元/户
            '满意度    指标' | 满意度指标
            '年度\\n指标值'  | 年度指标值
            215,457.6      | 215457.6
            完成。          | 完成
            """)
    void normalizer_unifiesNotations_rule2(String raw, String expected) {
        assertEquals(expected, TextNormalizer.normalize(raw.replace("\\n", "\n")));
    }

    @Test
    void units_convertWithinFamily_onlySameCountUnit_rule2() {
        Unit wan = Unit.parse("万元").orElseThrow();
        Unit yuan = Unit.parse("元").orElseThrow();
        double[] a = Unit.align(64, wan, 640000, yuan).orElseThrow();
        assertEquals(a[0], a[1], 1e-6);
        double[] p = Unit.align(5, Unit.PER_MILLE, 0.5, Unit.PERCENT).orElseThrow();
        assertEquals(p[0], p[1], 1e-12);
        assertTrue(Unit.align(1, Unit.parse("人").orElseThrow(), 1, Unit.parse("人次").orElseThrow()).isEmpty());
        assertTrue(Unit.align(1, Unit.parse("元/户").orElseThrow(), 1, yuan).isEmpty());
        assertTrue(Unit.align(95, null, 95, Unit.PERCENT).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"64 | 64", "\"64\" | 64", "64万元 | 64", "215,457.6 | 215457.6",
            "10.00 | 10", "10分 | 10"})
    void amounts_readFromText(String text, double expected) {
        assertEquals(expected, Amounts.of(CellValue.text(0, 0, text.replace("\"", ""))).getAsDouble(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "-", "/", "", "不详"})
    void amounts_noneForPlaceholders(String text) {
        assertTrue(Amounts.of(CellValue.text(0, 0, text)).isEmpty());
        assertEquals(null, Amounts.orNull(CellValue.text(0, 0, text)));
    }

    @Test
    void amounts_numericCell() {
        assertEquals(64.0, Amounts.of(CellValue.number(0, 0, 64)).getAsDouble());
    }

    @Test
    void percentCell_isTheDecimalPercentage_rule2() {
        // 0.575 formatted 0% is 57.5 %, not 57.49999999999999 (0.575 × 100 in floating point)
        Value v = ValueParser.parse(new CellValue(0, 0, "58%", 0.575, true, false));
        assertEquals(new Value.Figure(Comparison.BARE, 57.5, Unit.PERCENT, false), v);
    }

    /** RULES.md §2 units: a unit is a measure word (人 户 个 次 亩 组 万元 …), not any one or two characters. */
    @ParameterizedTest
    @ValueSource(strings = {"100合格", "0事故", "98达标", "3个标准", "2项制度已建立", "1好评"})
    void wordsAfterAFigure_areNotAUnit_rule2(String text) {
        assertInstanceOf(Value.Words.class, ValueParser.parse(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10组 | 组", "8亩 | 亩", "3个县 | 个县", "4人次 | 人次", "3个月 | 个月",
            "1批 | 批", "2场 | 场", "5年 | 年", "10吨 | 吨", "3A | A", "2处 | 处", "12座 | 座"})
    void measureWords_areUnits_rule2(String text, String unit) {
        Value v = ValueParser.parse(text);
        assertInstanceOf(Value.Figure.class, v, text);
        assertEquals(unit, ((Value.Figure) v).unitSymbol());
    }
}
