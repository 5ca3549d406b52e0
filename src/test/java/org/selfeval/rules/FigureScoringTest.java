package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.rules.RuleSettings.AtMostFormula;

/** RULES.md §3 (and §9 for the at-most formula): the score of a figure indicator, one row per case. */
class FigureScoringTest {

    /** The comparisons of RULES.md §3; a range has a lower and an upper target, the others only the first. */
    enum Kind {
        AT_LEAST, AT_MOST_RATIO, AT_MOST_LINEAR_TO_ZERO_AT_DOUBLE, EQUAL, RANGE;

        double score(double target, Double upper, double actual, double weight) {
            return switch (this) {
                case AT_LEAST -> FigureScoring.atLeast(target, actual, weight);
                case AT_MOST_RATIO -> FigureScoring.atMost(target, actual, weight, AtMostFormula.RATIO);
                case AT_MOST_LINEAR_TO_ZERO_AT_DOUBLE ->
                        FigureScoring.atMost(target, actual, weight, AtMostFormula.LINEAR_TO_ZERO_AT_DOUBLE);
                case EQUAL -> FigureScoring.equal(target, actual, weight);
                case RANGE -> FigureScoring.range(target, upper, actual, weight);
            };
        }
    }

    @ParameterizedTest(name = "{1} target {2} (upper {3}), actual {4}, weight {5} → {6}: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # meaning                                | kind     | target | upper | actual | weight | expected
            exactly at target scores full weight      | AT_LEAST | 500 | - | 500      | 10 | 10
            over target caps at weight                | AT_LEAST | 500 | - | 900      | 10 | 10
            short scores the ratio: 10 × 98 / 100     | AT_LEAST | 100 | - | 98       | 10 | 9.8
            short scores the ratio: 5 × 4604 / 4754 = 4.8422… | AT_LEAST | 4754 | - | 4604 | 5 | 4.84
            a negative actual counts as zero          | AT_LEAST | 10  | - | -3       | 10 | 0
            rounds half up: 10 × 0.8618304 = 8.618304 | AT_LEAST | 250000 | - | 215457.6 | 10 | 8.62
            rounds half up: 3 × 0.835 = 2.505         | AT_LEAST | 1000 | - | 835     | 3  | 2.51
            rounds half up to the cent on the decimal figures: 3 × 36.4 / 80 = 1.365 exactly (binary 1.3649999…) | AT_LEAST | 80 | - | 36.4 | 3 | 1.37
            rounds half up to the cent on the decimal figures: 3 × 2.8 / 80 = 0.105 | AT_LEAST | 80 | - | 2.8 | 3 | 0.11
            rounds half up to the cent on the decimal figures: 1 × 0.7 / 0.8 = 0.875 | AT_LEAST | 0.8 | - | 0.7 | 1 | 0.88
            at target scores full weight              | AT_MOST_RATIO | 30 | - | 30     | 10 | 10
            met scores full weight                    | AT_MOST_RATIO | 30 | - | 12     | 10 | 10
            over target scores the ratio: 10 × 5300 / 5830 = 9.0909… | AT_MOST_RATIO | 5300 | - | 5830 | 10 | 9.09
            rounds half up to the cent on the decimal figures: 3 × 80 / 96 | AT_MOST_RATIO | 80 | - | 96 | 3 | 2.5
            target zero: any actual above scores zero | AT_MOST_RATIO | 0  | - | 1      | 10 | 0
            target zero: actual zero scores full      | AT_MOST_RATIO | 0  | - | 0      | 10 | 10
            10 × (200 − 150) / 100 (rule 9)           | AT_MOST_LINEAR_TO_ZERO_AT_DOUBLE | 100 | - | 150 | 10 | 5
            zero at double the target (rule 9)        | AT_MOST_LINEAR_TO_ZERO_AT_DOUBLE | 100 | - | 200 | 10 | 0
            never negative (rule 9)                   | AT_MOST_LINEAR_TO_ZERO_AT_DOUBLE | 100 | - | 260 | 10 | 0
            at target full weight (rule 9)            | AT_MOST_LINEAR_TO_ZERO_AT_DOUBLE | 100 | - | 100 | 10 | 10
            positive target scored like at least: short | EQUAL  | 100 | - | 98       | 10 | 9.8
            positive target scored like at least: met   | EQUAL  | 100 | - | 100      | 10 | 10
            positive target scored like at least: over  | EQUAL  | 100 | - | 105      | 10 | 10
            target zero: full only when actual not above zero | EQUAL | 0 | - | 0     | 10 | 10
            target zero: an actual above zero scores zero     | EQUAL | 0 | - | 1     | 10 | 0
            the lower edge scores full weight         | RANGE    | 90  | 95 | 90      | 10 | 10
            the upper edge scores full weight         | RANGE    | 90  | 95 | 95      | 10 | 10
            inside scores full weight                 | RANGE    | 90  | 95 | 92      | 10 | 10
            below scores the ratio: 10 × 81 / 90      | RANGE    | 90  | 95 | 81      | 10 | 9
            above scores the ratio: 10 × 95 / 100     | RANGE    | 90  | 95 | 100     | 10 | 9.5
            """)
    void score_rule3(String meaning, Kind kind, double target, Double upper, double actual, double weight,
                     double expected) {
        assertEquals(expected, kind.score(target, upper, actual, weight));
    }
}
