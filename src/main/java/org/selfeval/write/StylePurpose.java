package org.selfeval.write;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Why a cell's style is changed: each purpose is a handful of style properties laid over the cell's own
 * style. Fills use the built-in palette only (HSSF has 56 slots; recolouring one with setColorAtIndex would
 * recolour every cell using it).
 */
enum StylePurpose {
    /** 执行率, 得分系数: a fraction shown as a percentage. */
    PERCENT,
    /** A score written into a cell whose own format shows fewer decimals (0.0 would show 92.73 as 92.7). */
    TWO_DECIMALS,
    /** A cell with an error finding: light red. */
    ERROR_FILL,
    /** A cell with a warning finding (and no error): light yellow. */
    WARNING_FILL;

    static final String PERCENT_FORMAT = "0.00%";

    Map<CellPropertyType, Object> properties(Workbook wb) {
        Map<CellPropertyType, Object> p = new EnumMap<>(CellPropertyType.class);
        switch (this) {
            case PERCENT -> p.put(CellPropertyType.DATA_FORMAT, wb.createDataFormat().getFormat(PERCENT_FORMAT));
            case TWO_DECIMALS -> p.put(CellPropertyType.DATA_FORMAT, wb.createDataFormat().getFormat("0.00"));
            case ERROR_FILL, WARNING_FILL -> fill(p, fillColour());
            default -> throw new IllegalStateException(name());
        }
        return p;
    }

    /** The fill colour of ERROR_FILL / WARNING_FILL as RRGGBB, for Word cell shading (the same colours). */
    String fillRgb() {
        return java.util.HexFormat.of().withUpperCase()
                .formatHex(org.apache.poi.xssf.usermodel.DefaultIndexedColorMap.getDefaultRGB(fillColour().getIndex()));
    }

    /** Error: light red (ROSE); warning: light yellow. */
    private IndexedColors fillColour() {
        return switch (this) {
            case ERROR_FILL -> IndexedColors.ROSE;
            case WARNING_FILL -> IndexedColors.LIGHT_YELLOW;
            default -> throw new IllegalStateException(name());
        };
    }

    private static void fill(Map<CellPropertyType, Object> p, IndexedColors colour) {
        p.put(CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND);
        p.put(CellPropertyType.FILL_FOREGROUND_COLOR, colour.getIndex());
    }
}
