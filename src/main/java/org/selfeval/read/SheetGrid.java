package org.selfeval.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.selfeval.model.FindingCode;
import org.selfeval.model.Numbers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.model.CellValue;

/**
 * A merged-region-aware, read-only view of one sheet, built once per sheet. The merged-region index is built
 * in the constructor (POI allocates a new list on every {@code getMergedRegions()} call) and covers only the
 * first {@link #ROW_LIMIT} rows: nothing past that row is ever read. Cells are read on demand; no per-cell
 * object is kept.
 */
final class SheetGrid {
    /** The unit's figures under selfeval's, by {@link #key}. */
    private final Map<Long, CellValue> originals = new HashMap<>();
    /** No row at or past this index is read (a sheet may hold a long list after the form). */
    static final int ROW_LIMIT = 5000;
    /** No column at or past this index is read. */
    static final int COL_LIMIT = 40;

    private final Sheet sheet;
    private final Formatter formatter;
    private final Map<Integer, List<CellRangeAddress>> regionsByRow = new HashMap<>();
    private final int lastRow;

    /**
     * The DataFormatter of one workbook's sheets, made when a sheet first formats a non-text cell: building one
     * costs more than reading a sheet's labels, and a cover sheet never needs it. Its cache is keyed by format
     * string only, so sharing it between the sheets of a workbook gives the same texts.
     */
    static final class Formatter {
        private DataFormatter formatter;

        private org.apache.poi.ss.usermodel.FormulaEvaluator evaluator;

        /** The workbook's formula evaluator, made when a formula without a cached value is first met. */
        org.apache.poi.ss.usermodel.FormulaEvaluator evaluator(org.apache.poi.ss.usermodel.Workbook workbook) {
            if (evaluator == null) {
                evaluator = workbook.getCreationHelper().createFormulaEvaluator();
                evaluator.setIgnoreMissingWorkbooks(false);
            }
            return evaluator;
        }

        DataFormatter get() {
            if (formatter == null) {
                formatter = new DataFormatter(Locale.ROOT);
                formatter.setUseCachedValuesForFormulaCells(true);
            }
            return formatter;
        }
    }

    SheetGrid(Sheet sheet) {
        this(sheet, new Formatter());
    }

    SheetGrid(Sheet sheet, Formatter formatter) {
        this(sheet, formatter, Map.of());
    }

    /**
     * A grid that shows, in each cell an earlier run of selfeval wrote over and that still holds what it wrote, the
     * figure the unit had filled in ({@link OriginalValuesSheet}, RULES.md §8).
     */
    SheetGrid(Sheet sheet, Formatter formatter, Map<String, OriginalValuesSheet.Original> originals) {
        this.sheet = sheet;
        this.formatter = formatter;
        originals.forEach((address, original) -> {
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
            Row row = sheet.getRow(ref.getRow());
            Cell cell = row == null ? null : row.getCell(ref.getCol());
            if (cell != null && cell.getCellType() == CellType.NUMERIC
                    && Math.abs(cell.getNumericCellValue() - original.written()) < 1e-9) {
                this.originals.put(key(ref.getRow(), ref.getCol()), new CellValue(ref.getRow(), ref.getCol(),
                        original.text(), original.number(), false, false));
            }
        });
        this.lastRow = Math.min(sheet.getLastRowNum(), ROW_LIMIT - 1);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstColumn() >= COL_LIMIT) {
                continue;
            }
            int to = Math.min(region.getLastRow(), lastRow);
            for (int r = region.getFirstRow(); r <= to; r++) {
                regionsByRow.computeIfAbsent(r, k -> new ArrayList<>(2)).add(region);
            }
        }
    }

    Sheet sheet() {
        return sheet;
    }

    /** Last row index that may be read (0-based), or -1 for an empty sheet. */
    int lastRow() {
        return lastRow;
    }

    /** True when the row has no cell at all (POI returns no row object). */
    boolean rowAbsent(int r) {
        return sheet.getRow(r) == null && !regionsByRow.containsKey(r);
    }

    /** Last column (0-based) that may hold a cell on row r, below {@link #COL_LIMIT}; -1 for an absent row. */
    int lastColumn(int r) {
        Row row = sheet.getRow(r);
        int last = row == null ? -1 : row.getLastCellNum() - 1;
        return Math.min(last, COL_LIMIT - 1);
    }

    /** The merged region holding (r, c), or null. */
    CellRangeAddress region(int r, int c) {
        List<CellRangeAddress> regions = regionsByRow.get(r);
        if (regions != null) {
            for (CellRangeAddress region : regions) {
                if (region.isInRange(r, c)) {
                    return region;
                }
            }
        }
        return null;
    }

    /** True when (r, c) is a plain cell or the top-left cell of its merged region. */
    boolean isTopLeft(int r, int c) {
        CellRangeAddress region = region(r, c);
        return region == null || region.getFirstRow() == r && region.getFirstColumn() == c;
    }

    /** Last column of the merged region holding (r, c), or c. */
    int regionLastColumn(int r, int c) {
        CellRangeAddress region = region(r, c);
        return region == null ? c : region.getLastColumn();
    }

    /** Last row of the merged region holding (r, c), or r. */
    int regionLastRow(int r, int c) {
        CellRangeAddress region = region(r, c);
        return region == null ? r : region.getLastRow();
    }

    /**
     * The value a person sees at (r, c): a cell inside a merged region is read at the region's top-left cell,
     * and the returned CellValue carries that top-left position. Never null; blank when nothing is there.
     */
    CellValue value(int r, int c) {
        CellRangeAddress region = region(r, c);
        int row = region == null ? r : region.getFirstRow();
        int col = region == null ? c : region.getFirstColumn();
        return read(row, col);
    }

    /**
     * The text of (r, c) itself when it holds text: a string cell, or a formula whose cached result is a string
     * (what {@link #value} shows for it); null for any other cell. Labels are always text, so the label scan
     * reads only these and never formats a number.
     */
    String text(int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        return cell == null ? null : textOf(cell);
    }

    /**
     * {@link #text} of every cell of row r left of column {@code colLimit} that holds text, left to right, given
     * as (text, column). Walks only the cells the row has, instead of looking each column up.
     */
    void forEachText(int r, int colLimit, ObjIntConsumer<String> action) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return;
        }
        for (Cell cell : row) { // POI iterates a row's cells in column order, in both formats
            int c = cell.getColumnIndex();
            if (c >= colLimit) {
                break;
            }
            String text = textOf(cell);
            if (text != null) {
                action.accept(text, c);
            }
        }
    }

    private static String textOf(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return type == CellType.STRING ? cell.getRichStringCellValue().getString() : null;
    }

    /** False for an .xlsx formula saved without its result (files written by other programs than Excel). */
    private static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
    }

    /**
     * A formula with no cached value, evaluated with POI's evaluator inside this workbook only (a reference to
     * another file is not followed: no referenced workbook is set up, so it fails). A failure, or an error
     * result, is FORMULA_ERROR and the cell reads as empty, never as 0.
     */
    private CellValue evaluated(int r, int c, Cell cell) {
        org.apache.poi.ss.usermodel.CellValue result;
        try {
            result = formatter.evaluator(sheet.getWorkbook()).evaluate(cell);
        } catch (RuntimeException e) { // unsupported function, external or broken reference, cycle …
            return CellValue.blank(r, c).asEmpty(FindingCode.FORMULA_ERROR, "=" + cell.getCellFormula());
        }
        if (result == null) {
            return CellValue.blank(r, c);
        }
        return switch (result.getCellType()) {
            case NUMERIC -> {
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                boolean percent = format != null && format.contains("%");
                double n = result.getNumberValue();
                String text = percent ? Numbers.percent(n) : CellValue.number(r, c, n).text();
                yield new CellValue(r, c, text, n, percent, true);
            }
            case STRING -> new CellValue(r, c, result.getStringValue(), null, false, true);
            case BOOLEAN -> new CellValue(r, c, result.getBooleanValue() ? "TRUE" : "FALSE", null, false, true);
            case ERROR -> CellValue.blank(r, c).asEmpty(FindingCode.FORMULA_ERROR, result.formatAsString());
            default -> CellValue.blank(r, c);
        };
    }

    private CellValue read(int r, int c) {
        CellValue original = originals.get(key(r, c));
        if (original != null) {
            return original;
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
        if (cell == null) {
            return CellValue.blank(r, c);
        }
        boolean formula = cell.getCellType() == CellType.FORMULA;
        if (formula && !hasCachedValue(cell)) {
            return evaluated(r, c, cell);
        }
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.ERROR) {
            // LAYOUTS.md rule 7: #DIV/0!, #NAME? … are no answer: read as empty, FORMULA_ERROR
            return CellValue.blank(r, c).asEmpty(FindingCode.FORMULA_ERROR, formatter.get().formatCellValue(cell));
        }
        Double number = type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        CellStyle style = cell.getCellStyle(); // HSSF and XSSF build a new style object on every call
        String format = style == null ? null : style.getDataFormatString();
        boolean percent = format != null && format.contains("%");
        // DataFormatter returns a text cell's (or a cached text result's) string as is: read it directly
        String text = type == CellType.STRING ? cell.getRichStringCellValue().getString()
                : formatter.get().formatCellValue(cell);
        return new CellValue(r, c, text, number, percent, formula);
    }

    private static long key(int r, int c) {
        return (long) r << 20 | c;
    }
}
