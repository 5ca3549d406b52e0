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
        int row = 0;
        for (int i = 0; i < a1.length(); i++) {
            char ch = a1.charAt(i);
            if (ch >= '0' && ch <= '9') {
                row = row * 10 + (ch - '0');
            }
        }
        return row;
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
