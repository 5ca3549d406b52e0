package org.selfeval.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {
    @Test
    void formLabelsRoundTripBetweenScripts() {
        for (String label : new String[] {"绩效指标", "实际完成值", "项目名称", "主管部门", "实施单位", "年度资金总额",
            "总分", "产出指标", "满意度指标", "其中：当年财政拨款", "上年结转资金", "偏差原因分析及改进措施"}) {
            assertEquals(label, ChineseScript.toSimplified(ChineseScript.toTraditional(label)), label);
        }
        assertEquals("績效指標", ChineseScript.toTraditional("绩效指标"));
        assertEquals("产出指标", ChineseScript.toSimplified("產出指標"));
        assertEquals("证", ChineseScript.toSimplified("証"));
        assertEquals("证", ChineseScript.toSimplified("證"));
        assertEquals("ABC 123", ChineseScript.toTraditional("ABC 123"));
    }
}
