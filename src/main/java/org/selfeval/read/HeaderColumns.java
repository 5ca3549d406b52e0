package org.selfeval.read;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Columns of a table mapped by their header text: each key is the first header cell (left to right) whose
 * normalised text names it; the column is that cell's (top-left) column.
 */
final class HeaderColumns<K extends Enum<K>> {
    private final Map<K, Label> columns;

    private HeaderColumns(Map<K, Label> columns) {
        this.columns = columns;
    }

    /** @param keyOf the key a normalised header text names, or empty */
    static <K extends Enum<K>> HeaderColumns<K> of(Class<K> type, List<Label> headerCells,
                                                   Function<String, Optional<K>> keyOf) {
        Map<K, Label> map = new EnumMap<>(type);
        for (Label cell : headerCells) {
            keyOf.apply(cell.text()).ifPresent(k -> map.putIfAbsent(k, cell));
        }
        return new HeaderColumns<>(map);
    }

    boolean has(K key) {
        return columns.containsKey(key);
    }

    /** The column of the key, or -1. */
    int col(K key) {
        Label label = columns.get(key);
        return label == null ? -1 : label.col();
    }

    /** The header cell of the key, or null. */
    Label header(K key) {
        return columns.get(key);
    }

    /** The leftmost column among the given keys that are present, or {@code fallback}. */
    @SafeVarargs
    final int leftmost(int fallback, K... keys) {
        int min = Integer.MAX_VALUE;
        for (K key : keys) {
            if (has(key)) {
                min = Math.min(min, col(key));
            }
        }
        return min == Integer.MAX_VALUE ? fallback : min;
    }
}
