package org.selfeval.template;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.selfeval.template.FormStyles.Kind;

/** Writes cells, merges and borders onto one sheet; keeps the formula cells to evaluate at the end. */
final class SheetWriter {
    private final Sheet sheet;
    private final FormStyles styles;
    private final boolean numbersAsText;
    private final List<Cell> formulas = new ArrayList<>();

    SheetWriter(Sheet sheet, FormStyles styles, boolean numbersAsText) {
        this.sheet = sheet;
        this.styles = styles;
        this.numbersAsText = numbersAsText;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Text as written (labels, names, explanations); null leaves a styled blank cell. */
    Cell text(int row, int col, String text, Kind kind) {
        Cell cell = cell(row, col);
        cell.setCellStyle(styles.get(kind));
        if (text != null) {
            cell.setCellValue(text);
        }
        return cell;
    }

    /** A value cell: a plain number or percentage becomes a number (unless numbers are stored as text). */
    Cell value(int row, int col, String raw) {
        var figure = numbersAsText ? java.util.Optional.<Figure>empty() : Figure.parse(raw);
        if (figure.isEmpty()) {
            return text(row, col, raw, Kind.VALUE);
        }
        Cell cell = cell(row, col);
        cell.setCellStyle(styles.get(Kind.VALUE, figure.get().format()));
        cell.setCellValue(figure.get().value());
        return cell;
    }

    /** A formula cell in the given number format; its cached value is set by {@link #evaluate}. */
    Cell formula(int row, int col, String formula, String format) {
        Cell cell = cell(row, col);
        cell.setCellStyle(styles.get(Kind.VALUE, format));
        cell.setCellFormula(formula);
        formulas.add(cell);
        return cell;
    }

    /** Merges a rectangle when it is more than one cell. */
    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }

    /** Gives every cell of the rectangle a style (so borders are drawn on blanks and merged parts too). */
    void frame(int firstRow, int lastRow, int firstCol, int lastCol) {
        CellStyle blank = styles.get(Kind.VALUE);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(c) == null) {
                    cell(r, c).setCellStyle(blank);
                }
            }
        }
    }

    /** Computes and stores the cached result of every formula written. */
    void evaluate() {
        var evaluator = sheet.getWorkbook().getCreationHelper().createFormulaEvaluator();
        formulas.forEach(evaluator::evaluateFormulaCell);
    }

    private Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }
}
