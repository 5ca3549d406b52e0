package org.selfeval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every notation of RULES.md §2 and of the shared forms, as written there, with what it means. */
class NotationsTest {

    private static String describe(Value v) {
        if (v instanceof Value.Figure f) {
            return f.comparison() + " " + f.number() + " " + f.unitSymbol() + (f.approximate() ? " ~" : "");
        }
        if (v instanceof Value.Range r) {
            return "RANGE " + r.low() + " " + r.high() + " " + (r.unit() == null ? "" : r.unit().symbol());
        }
        if (v instanceof Value.Deadline d) {
            return "DEADLINE " + d.year() + " " + d.month() + " " + d.day();
        }
        if (v instanceof Value.Words w) {
            return "WORDS " + w.text();
        }
        return "N/A";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RULES.md §2 table
        "≥500人|AT_LEAST 500.0 人", "≧735人次|AT_LEAST 735.0 人次", ">=95%|AT_LEAST 95.0 %",
        "不低于95%|AT_LEAST 95.0 %", "不少于10个|AT_LEAST 10.0 个", "95%以上|AT_LEAST 95.0 %",
        "至少3次|AT_LEAST 3.0 次", ">= 98 %(百分比)|AT_LEAST 98.0 %", "辖区企业满意率达95%以上|AT_LEAST 95.0 %",
        ">90%|MORE_THAN 90.0 %", "大于90%|MORE_THAN 90.0 %", "超过90%|MORE_THAN 90.0 %", "高于90%|MORE_THAN 90.0 %",
        "≤30天|AT_MOST 30.0 天", "<=5%|AT_MOST 5.0 %", "不高于5%|AT_MOST 5.0 %", "不超过30天|AT_MOST 30.0 天",
        "30天以内|AT_MOST 30.0 天", "5%以下|AT_MOST 5.0 %", "控制在64万元以内|AT_MOST 64.0 万元",
        "<5%|LESS_THAN 5.0 %", "小于5%|LESS_THAN 5.0 %", "低于5%|LESS_THAN 5.0 %",
        "=100%|EQUAL 100.0 %", "═100%|EQUAL 100.0 %", "=8个|EQUAL 8.0 个",
        "100%|BARE 100.0 %", "64万元|BARE 64.0 万元", "500人|BARE 500.0 人", "1|BARE 1.0 ", "0起|BARE 0.0 起",
        "90%-95%|RANGE 90.0 95.0 %", "90%~95%|RANGE 90.0 95.0 %", "90%至95%|RANGE 90.0 95.0 %",
        "700余次|BARE 700.0 次 ~", "约500人|BARE 500.0 人 ~", "500多人|BARE 500.0 人 ~",
        "9月前|DEADLINE null 9 31", "2023年12月底前|DEADLINE 2023 12 31", "12月31日前|DEADLINE null 12 31",
        "预算年度内|DEADLINE null 12 31", "2020年全年|DEADLINE 2020 12 31", "当年完成|DEADLINE null 12 31",
        "定性 优良中低差|WORDS 定性优良中低差", "效果明显|WORDS 效果明显",
        // the shared forms
        "≥100百分比|AT_LEAST 100.0 %", "﹦72890元|EQUAL 72890.0 元", "﹦100%|EQUAL 100.0 %",
        ">=21933人|AT_LEAST 21933.0 人", "<=5300元/户|AT_MOST 5300.0 元/户", ">=530元/人*月|AT_LEAST 530.0 元/人*月",
        "≧20000亩|AT_LEAST 20000.0 亩", "5000户|BARE 5000.0 户", "≤4|AT_MOST 4.0 ", "11月前|DEADLINE null 11 31",
        "7月|DEADLINE null 7 31", "≤90万元|AT_MOST 90.0 万元", "≥50个|AT_LEAST 50.0 个",
        // full-width and spaced spellings
        "＞＝95％|AT_LEAST 95.0 %", "≦5%|AT_MOST 5.0 %", "１００％|BARE 100.0 %", "≥ 500 人|AT_LEAST 500.0 人",
        "215,457.6|BARE 215457.6 ", "3‰|BARE 3.0 ‰", "—|N/A", "/|N/A"
    })
    void notation_means(String text, String meaning) {
        assertEquals(meaning.strip(), describe(ValueParser.parse(text)).strip(), text);
    }
}
