package org.selfeval.read;

import org.selfeval.model.CellAddress;

/**
 * A non-empty cell found while scanning for labels: its position (top-left of its merged region), the last
 * column of that region, its normalised text ({@link LabelText#normalize}) and its whole text with brackets
 * kept ({@link LabelText#compact}: {@code 得分(20分*执行率)}).
 */
record Label(int row, int col, int lastCol, String text, String whole) {

    String address() {
        return CellAddress.of(row, col);
    }
}
