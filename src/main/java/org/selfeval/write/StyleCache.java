package org.selfeval.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellUtil;

/**
 * Gives a cell its own style plus a {@link StylePurpose}, without ever changing a style in place (styles are
 * shared by many cells). The derived style is looked up by (original style index, purpose); on a miss POI's
 * {@link CellUtil} reuses an identical style already in the workbook or clones a new one, so the style count
 * stays small (.xls allows 4000) and re-processing an output adds no styles.
 */
final class StyleCache {
    private record Key(short styleIndex, StylePurpose purpose) {
    }

    private final Map<Key, CellStyle> derived = new HashMap<>();

    void apply(Cell cell, StylePurpose purpose) {
        Key key = new Key(cell.getCellStyle().getIndex(), purpose);
        CellStyle style = derived.get(key);
        if (style != null) {
            cell.setCellStyle(style);
            return;
        }
        CellUtil.setCellStylePropertiesEnum(cell, purpose.properties(cell.getSheet().getWorkbook()));
        derived.put(key, cell.getCellStyle());
    }
}
