package org.selfeval.read;

import org.selfeval.model.CellAddress;

/**
 * A non-empty cell found while scanning for labels: its position (top-left of its merged region), the last
 * column of that region, and its normalised text.
 */
record Label(int row, int col, int lastCol, String text) {

    String address() {
        return CellAddress.of(row, col);
    }
}
