package org.selfeval.model;

/**
 * One cell of a form as it was read, with no POI type: where it is, the text a person sees, and the
 * number stored in it (if any). A merged region is read at its top-left cell, so {@code row}/{@code col}
 * is where a value would be written.
 *
 * @param row            0-based sheet row
 * @param col            0-based sheet column
 * @param text           the text a person sees (numbers formatted as in Excel, formulas as their cached result);
 *                       never null, "" for a blank cell
 * @param number         the stored number for numeric cells and formulas with a numeric cached result, else null
 * @param percentFormat  the cell's number format shows a percentage (so 1.0 means 100%)
 * @param formula        the cell holds a formula (its cached value was read)
 * @param notAnAnswer    what the cell held that is not an answer and is read as empty (a formula error, a formula
 *                       that could not be evaluated, template instruction text), or null (LAYOUTS.md rule 7)
 */
public record CellValue(int row, int col, String text, Double number, boolean percentFormat, boolean formula,
                        NotAnAnswer notAnAnswer) {

    public CellValue {
        text = text == null ? "" : text;
    }

    /** A cell read as it is. */
    public CellValue(int row, int col, String text, Double number, boolean percentFormat, boolean formula) {
        this(row, col, text, number, percentFormat, formula, null);
    }

    /**
     * What a cell held that is not an answer: {@code code} is FORMULA_ERROR or TEMPLATE_TEXT_LEFT, {@code shown}
     * what the cell showed ({@code #DIV/0!}, {@code (100字以内)}, or why a formula could not be evaluated).
     */
    public record NotAnAnswer(FindingCode code, String shown) {
    }

    /** This cell read as empty, keeping what it held. */
    public CellValue asEmpty(FindingCode code, String shown) {
        return new CellValue(row, col, "", null, percentFormat, formula, new NotAnAnswer(code, shown));
    }

    /** A blank cell at a known place (a value column exists but nothing was filled in). */
    public static CellValue blank(int row, int col) {
        return new CellValue(row, col, "", null, false, false);
    }

    public static CellValue text(int row, int col, String text) {
        return new CellValue(row, col, text, null, false, false);
    }

    public static CellValue number(int row, int col, double number) {
        return new CellValue(row, col, trimNumber(number), number, false, false);
    }

    /** A1 address of this cell, e.g. {@code H18}. */
    public String address() {
        return CellAddress.of(row, col);
    }

    public boolean isBlank() {
        return number == null && text.isBlank();
    }

    /** 1-based sheet row, as in the A1 address. */
    public int sheetRow() {
        return row + 1;
    }

    private static String trimNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
