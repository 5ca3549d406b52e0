package org.selfeval.rules;

import java.util.Comparator;
import org.selfeval.model.Finding;

/** Findings in sheet order: by row, then by column, of their A1 cell. */
final class FindingOrder {
    static final Comparator<Finding> SHEET_ORDER = Comparator.comparingInt((Finding f) -> row(f.cell()))
            .thenComparingInt(f -> column(f.cell()));

    private FindingOrder() {
    }

    static int row(String a1) {
        String digits = a1.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    static int column(String a1) {
        int col = 0;
        for (char ch : a1.toUpperCase().toCharArray()) {
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            }
        }
        return col;
    }
}
