package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.selfeval.rules.RuleSettings.AtMostFormula;

class FigureScoringTest {

    @Test
    void atLeast_exactlyAtTarget_scoresFullWeight_rule3() {
        assertEquals(10, FigureScoring.atLeast(500, 500, 10));
    }

    @Test
    void atLeast_overTarget_capsAtWeight_rule3() {
        assertEquals(10, FigureScoring.atLeast(500, 900, 10));
    }

    @Test
    void atLeast_short_scoresRatio_rule3() {
        // 10 × 98 / 100 = 9.8
        assertEquals(9.8, FigureScoring.atLeast(100, 98, 10));
        // 5 × 4604 / 4754 = 4.8422… → 4.84
        assertEquals(4.84, FigureScoring.atLeast(4754, 4604, 5));
    }

    @Test
    void atLeast_negativeActual_countsAsZero_rule3() {
        assertEquals(0, FigureScoring.atLeast(10, -3, 10));
    }

    @Test
    void atLeast_roundsHalfUp_rule3() {
        // 10 × 0.8618304 = 8.618304 → 8.62 ; 10 × 1/8 = 1.25 stays; 3 × 0.835 / 1 = 2.505 → 2.51
        assertEquals(8.62, FigureScoring.atLeast(250000, 215457.6, 10));
        assertEquals(2.51, FigureScoring.atLeast(1000, 835, 3));
    }

    @Test
    void atMost_metOrAtTarget_scoresFullWeight_rule3() {
        assertEquals(10, FigureScoring.atMost(30, 30, 10, AtMostFormula.RATIO));
        assertEquals(10, FigureScoring.atMost(30, 12, 10, AtMostFormula.RATIO));
    }

    @Test
    void atMost_overTarget_scoresRatio_rule3() {
        // 10 × 5300 / 5830 = 9.0909… → 9.09
        assertEquals(9.09, FigureScoring.atMost(5300, 5830, 10, AtMostFormula.RATIO));
    }

    @Test
    void atMost_targetZero_anyActualAboveScoresZero_rule3() {
        assertEquals(0, FigureScoring.atMost(0, 1, 10, AtMostFormula.RATIO));
        assertEquals(10, FigureScoring.atMost(0, 0, 10, AtMostFormula.RATIO));
    }

    @Test
    void atMost_linearToZeroAtDouble_rule3And9() {
        // T = 100, A = 150: 10 × (200 − 150) / 100 = 5 ; A = 200 → 0 ; A = 260 → 0 (never negative)
        assertEquals(5, FigureScoring.atMost(100, 150, 10, AtMostFormula.LINEAR_TO_ZERO_AT_DOUBLE));
        assertEquals(0, FigureScoring.atMost(100, 200, 10, AtMostFormula.LINEAR_TO_ZERO_AT_DOUBLE));
        assertEquals(0, FigureScoring.atMost(100, 260, 10, AtMostFormula.LINEAR_TO_ZERO_AT_DOUBLE));
        assertEquals(10, FigureScoring.atMost(100, 100, 10, AtMostFormula.LINEAR_TO_ZERO_AT_DOUBLE));
    }

    @Test
    void equal_positiveTarget_scoredLikeAtLeast_rule3() {
        assertEquals(9.8, FigureScoring.equal(100, 98, 10));
        assertEquals(10, FigureScoring.equal(100, 100, 10));
        assertEquals(10, FigureScoring.equal(100, 105, 10));
    }

    @Test
    void equal_targetZero_fullOnlyWhenActualNotAboveZero_rule3() {
        assertEquals(10, FigureScoring.equal(0, 0, 10));
        assertEquals(0, FigureScoring.equal(0, 1, 10));
    }

    @Test
    void range_insideAndEdges_scoreFullWeight_rule3() {
        assertEquals(10, FigureScoring.range(90, 95, 90, 10));
        assertEquals(10, FigureScoring.range(90, 95, 95, 10));
        assertEquals(10, FigureScoring.range(90, 95, 92, 10));
    }

    @Test
    void range_belowAndAbove_scoreRatios_rule3() {
        // below: 10 × 81 / 90 = 9 ; above: 10 × 95 / 100 = 9.5
        assertEquals(9, FigureScoring.range(90, 95, 81, 10));
        assertEquals(9.5, FigureScoring.range(90, 95, 100, 10));
    }

    @Test
    void atLeast_roundsHalfUpToTheCentOnTheDecimalFigures_rule3() {
        // 3 × 36.4 / 80 = 1.365 exactly → 1.37 (in binary floating point 1.3649999… would round down to 1.36)
        assertEquals(1.37, FigureScoring.atLeast(80, 36.4, 3));
        // 3 × 2.8 / 80 = 0.105 → 0.11 ; at most: 3 × 80 / 96 = 2.5 ; 1 × 0.7 / 0.8 = 0.875 → 0.88
        assertEquals(0.11, FigureScoring.atLeast(80, 2.8, 3));
        assertEquals(2.5, FigureScoring.atMost(80, 96, 3, AtMostFormula.RATIO));
        assertEquals(0.88, FigureScoring.atLeast(0.8, 0.7, 1));
    }
}
