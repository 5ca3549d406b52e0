package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureTest {

    @Test
    void plainInteger_isNumberInGeneralFormat() {
        assertEquals(new Figure(64, "General"), Figure.parse("64").orElseThrow());
        assertEquals(new Figure(0, "General"), Figure.parse("0").orElseThrow());
    }

    @Test
    void percentage_isFractionWithPercentFormat() {
        assertEquals(new Figure(1.0, "0%"), Figure.parse("100%").orElseThrow());
        Figure rate = Figure.parse("86.19%").orElseThrow();
        assertEquals(0.8619, rate.value(), 1e-12);
        assertEquals("0.00%", rate.format());
    }

    @Test
    void thousandsSeparatorAndDecimals_keepTheirLook() {
        assertEquals(new Figure(215457.6, "#,##0.0"), Figure.parse("215,457.6").orElseThrow());
        assertEquals(new Figure(10, "0.00"), Figure.parse("10.00").orElseThrow());
        assertEquals(new Figure(278.4449, "0.0000"), Figure.parse("278.4449").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥500人", "—", "64万元", "=100%", "是", "", "1,2", "12.", "100%%"})
    void notAPlainNumber_staysText(String text) {
        assertTrue(Figure.parse(text).isEmpty(), text);
    }
}
