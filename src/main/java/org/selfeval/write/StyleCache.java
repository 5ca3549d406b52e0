package org.selfeval.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Gives a cell its own style plus some properties (a {@link StylePurpose}, or a property map of the 校验结果
 * sheet), without ever changing a style in place (styles are shared by many cells). One instance serves one
 * workbook.
 *
 * <p>The result is exactly that of POI's {@code CellUtil.setCellStylePropertiesEnum}: the first style of the
 * workbook whose format properties equal the cell's style with the properties laid over it, else a new style
 * (a copy of the cell's style with those properties set), so the style count stays small (.xls allows 4000) and re-processing an output adds no
 * styles. CellUtil reads all ~25 format properties of every style of the workbook on every call; here a
 * style is first compared on four cheap ones (number format, font, fill pattern and colour), all properties are
 * read only for a style that agrees on those, and at most once per workbook; each derived style is remembered
 * by (original style index, properties).
 */
final class StyleCache {
    private record Key(short styleIndex, Object what) {
    }

    private final Workbook wb;
    private final Map<Key, CellStyle> derived = new HashMap<>();
    /** What is known of style i of the workbook, read as needed; grows with the styles created. */
    private List<Indexed> index;

    StyleCache(Workbook wb) {
        this.wb = wb;
    }

    void apply(Cell cell, StylePurpose purpose) {
        apply(cell, purpose, null);
    }

    /** @param properties laid over the cell's style; the same map instance each time (it is the cache key) */
    void apply(Cell cell, Map<CellPropertyType, Object> properties) {
        apply(cell, properties, properties);
    }

    private void apply(Cell cell, Object what, Map<CellPropertyType, Object> properties) {
        CellStyle original = cell.getCellStyle();
        Key key = new Key(original.getIndex(), what);
        CellStyle style = derived.get(key);
        if (style == null) {
            style = resolve(original, properties != null ? properties : ((StylePurpose) what).properties(wb));
            derived.put(key, style);
        }
        cell.setCellStyle(style);
    }

    /** CellUtil's lookup: the original's properties with {@code properties} laid over, found or created. */
    private CellStyle resolve(CellStyle original, Map<CellPropertyType, Object> properties) {
        // the few cheap properties of the wanted style first; all of them only once some style agrees on those
        Object[] wantedKey = quickKey(original);
        if (properties.containsKey(CellPropertyType.FILL_FOREGROUND_COLOR_COLOR)
                && properties.get(CellPropertyType.FILL_FOREGROUND_COLOR_COLOR) == null) {
            wantedKey[3] = ANY; // CellUtil drops FILL_FOREGROUND_COLOR then
        }
        for (int i = 0; i < QUICK.length; i++) {
            if (properties.containsKey(QUICK[i])) {
                wantedKey[i] = normalized(QUICK[i], properties.get(QUICK[i]));
            }
        }
        Map<CellPropertyType, Object> wanted = null;
        List<Indexed> styles = index();
        for (int i = 0; i < styles.size(); i++) {
            Indexed s = styles.get(i);
            if (s.quick == null) {
                s.quick = quickKey(wb.getCellStyleAt(i));
            }
            if (!sameQuickKey(s.quick, wantedKey)) {
                continue; // differs in a property both maps hold: cannot match
            }
            if (wanted == null) {
                wanted = wantedProperties(original, properties);
            }
            if (s.properties == null) {
                s.properties = wb.getCellStyleAt(i).getFormatProperties();
            }
            if (matches(s.properties, wanted)) {
                return wb.getCellStyleAt(i);
            }
        }
        CellStyle created = copyOf(wb, original, properties);
        Indexed entry = new Indexed();
        entry.quick = quickKey(created);
        styles.add(entry);
        return created;
    }

    /** CellUtil's wanted map: the original's format properties, colour removals, then the properties laid over. */
    private static Map<CellPropertyType, Object> wantedProperties(CellStyle original,
                                                                 Map<CellPropertyType, Object> properties) {
        Map<CellPropertyType, Object> wanted = original.getFormatProperties();
        dropReplacedColour(wanted, properties, CellPropertyType.FILL_FOREGROUND_COLOR,
                CellPropertyType.FILL_FOREGROUND_COLOR_COLOR);
        dropReplacedColour(wanted, properties, CellPropertyType.FILL_BACKGROUND_COLOR,
                CellPropertyType.FILL_BACKGROUND_COLOR_COLOR);
        properties.forEach((k, v) -> wanted.put(k, normalized(k, v)));
        return wanted;
    }

    /** CellUtil: a null colour object drops the colour index; an index without a colour object drops the object. */
    private static void dropReplacedColour(Map<CellPropertyType, Object> wanted,
                                           Map<CellPropertyType, Object> properties,
                                           CellPropertyType index, CellPropertyType colour) {
        if (properties.containsKey(colour) && properties.get(colour) == null) {
            wanted.remove(index);
        }
        if (properties.containsKey(index) && !properties.containsKey(colour)) {
            wanted.remove(colour);
        }
    }

    /** What is known of style i: a few cheap properties first, all of them only when those agree. */
    private static final class Indexed {
        Object[] quick;
        Map<CellPropertyType, Object> properties;
    }

    private List<Indexed> index() {
        if (index == null) {
            int n = wb.getNumCellStyles();
            index = new ArrayList<>(n + 8);
            for (int i = 0; i < n; i++) {
                index.add(new Indexed());
            }
        }
        return index;
    }

    /** Properties that are cheap to read from a style; every style's format properties hold them. */
    private static final CellPropertyType[] QUICK = {CellPropertyType.DATA_FORMAT, CellPropertyType.FONT,
            CellPropertyType.FILL_PATTERN, CellPropertyType.FILL_FOREGROUND_COLOR};

    private static Object[] quickKey(CellStyle style) {
        return new Object[]{style.getDataFormat(), style.getFontIndex(), style.getFillPattern(),
                style.getFillForegroundColor()};
    }

    private static final Object ANY = new Object();

    private static boolean sameQuickKey(Object[] stored, Object[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i] != ANY && stored[i] != ANY && !Objects.equals(stored[i], wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** CellUtil's comparison: equal properties; a colour object the stored style lacks (null) matches any. */
    private static boolean matches(Map<CellPropertyType, Object> stored, Map<CellPropertyType, Object> wanted) {
        Map<CellPropertyType, Object> a = new EnumMap<>(stored);
        Map<CellPropertyType, Object> b = new EnumMap<>(wanted);
        Object back1 = a.remove(CellPropertyType.FILL_BACKGROUND_COLOR_COLOR);
        Object back2 = b.remove(CellPropertyType.FILL_BACKGROUND_COLOR_COLOR);
        Object fore1 = a.remove(CellPropertyType.FILL_FOREGROUND_COLOR_COLOR);
        Object fore2 = b.remove(CellPropertyType.FILL_FOREGROUND_COLOR_COLOR);
        return a.equals(b) && (back2 == null || Objects.equals(back1, back2))
                && (fore2 == null || Objects.equals(fore1, fore2));
    }

    /** The value in the type {@code getFormatProperties} uses, so maps compare equal (CellUtil's putAll). */
    private static Object normalized(CellPropertyType key, Object value) {
        return switch (key.getCategory()) {
            case INT -> value instanceof Number n ? n.intValue() : 0;
            case BOOL -> value instanceof Boolean b && b;
            case SHORT -> value instanceof Number n ? Short.valueOf(n.shortValue()) : null;
            case COLOR -> value instanceof Color ? value : null;
            case BORDER_TYPE -> value instanceof BorderStyle ? value : BorderStyle.NONE;
            default -> switch (key) {
                case ALIGNMENT -> value instanceof HorizontalAlignment ? value : HorizontalAlignment.GENERAL;
                case VERTICAL_ALIGNMENT -> value instanceof VerticalAlignment ? value : VerticalAlignment.BOTTOM;
                case FILL_PATTERN -> value instanceof FillPatternType ? value : FillPatternType.NO_FILL;
                default -> throw new IllegalArgumentException("style property " + key);
            };
        };
    }

    /**
     * A copy of the original style with the properties set. CellUtil instead builds the new style from its ~25
     * format properties (each XSSF border setter searching the workbook's borders), which also drops what those
     * properties cannot express, such as theme and RGB border colours; the copy keeps the cell's look whole.
     * XSSF's {@code cloneStyleFrom} is not used: within one workbook it overwrites a shared named-style record.
     */
    private static CellStyle copyOf(Workbook wb, CellStyle original, Map<CellPropertyType, Object> properties) {
        CellStyle created = wb.createCellStyle();
        if (created instanceof XSSFCellStyle x && original instanceof XSSFCellStyle o) {
            x.getCoreXf().set(o.getCoreXf());
            if (!o.getCoreXf().isSetFontId()) {
                x.setFont(wb.getFontAt(o.getFontIndex())); // the original's font came from its named style
            }
        } else {
            created.cloneStyleFrom(original);
        }
        properties.forEach((k, v) -> set(created, wb, k, v));
        return created;
    }

    private static void set(CellStyle style, Workbook wb, CellPropertyType key, Object value) {
        switch (key) {
            case FILL_PATTERN -> style.setFillPattern(get(value, FillPatternType.class, FillPatternType.NO_FILL));
            case FILL_FOREGROUND_COLOR -> style.setFillForegroundColor(shortOf(value));
            case FILL_BACKGROUND_COLOR -> style.setFillBackgroundColor(shortOf(value));
            case DATA_FORMAT -> style.setDataFormat(shortOf(value));
            case FONT -> style.setFont(wb.getFontAt(value instanceof Number n ? n.intValue() : 0));
            case BORDER_BOTTOM -> style.setBorderBottom(get(value, BorderStyle.class, BorderStyle.NONE));
            case BORDER_TOP -> style.setBorderTop(get(value, BorderStyle.class, BorderStyle.NONE));
            case BORDER_LEFT -> style.setBorderLeft(get(value, BorderStyle.class, BorderStyle.NONE));
            case BORDER_RIGHT -> style.setBorderRight(get(value, BorderStyle.class, BorderStyle.NONE));
            case WRAP_TEXT -> style.setWrapText(value instanceof Boolean b && b);
            case ALIGNMENT -> style.setAlignment(get(value, HorizontalAlignment.class, HorizontalAlignment.GENERAL));
            case VERTICAL_ALIGNMENT ->
                    style.setVerticalAlignment(get(value, VerticalAlignment.class, VerticalAlignment.BOTTOM));
            default -> throw new IllegalArgumentException("style property not supported here: " + key);
        }
    }

    private static <T> T get(Object value, Class<T> type, T fallback) {
        return type.isInstance(value) ? type.cast(value) : fallback;
    }

    private static short shortOf(Object value) {
        return value instanceof Number n ? n.shortValue() : 0;
    }
}
