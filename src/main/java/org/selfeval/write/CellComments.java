package org.selfeval.write;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.CommentsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import com.microsoft.schemas.vml.CTShape;

/**
 * The selfeval part of a cell comment. A unit's own comment is kept and ours follows a marker line; when an
 * output is processed again, everything after the marker is replaced, never appended twice.
 *
 * <p>The comment is rebuilt rather than edited so its box can be sized for the text: Excel shows a comment
 * with a zero-size anchor as nothing. The unit's author and visibility are kept; rich-text runs of the unit's
 * comment are not (the text is).
 */
final class CellComments {
    static final String MARKER = "—— selfeval 校验 ——";
    static final String AUTHOR = "selfeval";

    /** Box width in columns, and how many half-width characters one box line holds at that width. */
    private static final int BOX_COLUMNS = 4;
    private static final int CHARS_PER_LINE = 40;
    private static final int MIN_ROWS = 4;
    private static final int MAX_ROWS = 40;

    private CellComments() {
    }

    /**
     * Sets the selfeval part of the cell's comment to {@code ourText} (one line per finding). {@code existing} is
     * the cell's comment (null: none), looked up by the caller in one map of the sheet's comments: asking the
     * cell scans every comment of an .xls sheet, once per flagged cell.
     */
    static void annotate(Cell cell, Comment existing, String ourText) {
        String unitPart = existing == null ? "" : unitPart(existing.getString().getString());
        String text = unitPart.isEmpty() ? MARKER + "\n" + ourText : unitPart + "\n" + MARKER + "\n" + ourText;
        replace(cell, existing, unitPart, text);
    }

    /** Removes the selfeval part of the cell's comment {@code existing} (the cell is no longer flagged); the unit's part stays. */
    static void strip(Cell cell, Comment existing) {
        if (existing == null || !existing.getString().getString().contains(MARKER)) {
            return;
        }
        String unitPart = unitPart(existing.getString().getString());
        if (unitPart.isEmpty()) {
            cell.removeCellComment();
        } else {
            replace(cell, existing, unitPart, unitPart);
        }
    }

    static boolean isOurs(Comment comment) {
        return comment != null && comment.getString() != null && comment.getString().getString().contains(MARKER);
    }

    /** The text before our marker: the unit's own comment, without trailing line breaks. */
    static String unitPart(String text) {
        int at = text.indexOf(MARKER);
        String before = at < 0 ? text : text.substring(0, at);
        return before.stripTrailing();
    }

    private static void replace(Cell cell, Comment existing, String unitPart, String text) {
        if (existing != null && text.equals(existing.getString().getString())) {
            return;
        }
        String author = existing != null && !unitPart.isEmpty() && existing.getAuthor() != null
                ? existing.getAuthor() : AUTHOR;
        boolean visible = existing != null && existing.isVisible();
        if (existing != null) {
            cell.removeCellComment();
        }
        if (cell instanceof XSSFCell xssfCell) {
            addXssf(xssfCell, text, author, visible);
            return;
        }
        Sheet sheet = cell.getSheet();
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        Drawing<?> drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        Box box = box(cell, text);
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(box.col1());
        anchor.setCol2(box.col2());
        anchor.setRow1(box.row1());
        anchor.setRow2(box.row2());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(author);
        if (visible) {
            comment.setVisible(true); // a new comment is hidden
        }
        cell.setCellComment(comment);
    }

    /**
     * An .xlsx comment, registered at its own cell, its box right of the cell. POI's {@code createCellComment}
     * registers a comment at its box's top-left cell (moving it afterwards serialised the VML shape and had to
     * dodge cells that already held a comment), and finding the new comment's VML shape again to move its box
     * ({@code findCommentShape}) scans every shape of the sheet: 10,000 comments took 33 s and 20,000 never
     * ended. So the comment is built from its parts: a new VML shape with the box set on it, and the comment
     * entry at the cell, in the sheet's comments table. Only the sheet's first comment goes through POI's
     * {@code createCellComment}, which creates that table (its getter is not public), and one scan of one shape.
     */
    private static void addXssf(XSSFCell cell, String text, String author, boolean visible) {
        XSSFSheet sheet = cell.getSheet();
        Box box = box(cell, text);
        String anchor = box.col1() + ", 0, " + box.row1() + ", 0, " + box.col2() + ", 0, " + box.row2() + ", 0";
        CommentsTable table = commentsTable(sheet);
        XSSFComment comment;
        if (table == null) {
            XSSFClientAnchor atCell = new XSSFClientAnchor(0, 0, 0, 0,
                    cell.getColumnIndex(), cell.getRowIndex(), box.col2(), box.row2());
            comment = sheet.createDrawingPatriarch().createCellComment(atCell);
            setAnchor(sheet.getVMLDrawing(false).findCommentShape(cell.getRowIndex(), cell.getColumnIndex()), anchor);
        } else {
            CTShape shape = sheet.getVMLDrawing(true).newCommentShape();
            setAnchor(shape, anchor);
            comment = new XSSFComment(table, table.newComment(cell.getAddress()), shape);
        }
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor(author);
        if (visible) {
            comment.setVisible(true);
        }
    }

    /** Sets a VML comment shape's box; an odd shape without client data keeps its box on the cell. */
    private static void setAnchor(CTShape shape, String anchor) {
        if (shape != null && shape.sizeOfClientDataArray() > 0) {
            shape.getClientDataArray(0).setAnchorArray(0, anchor);
        }
    }

    /** The sheet's comments part, or null when it has none yet. */
    private static CommentsTable commentsTable(XSSFSheet sheet) {
        for (POIXMLDocumentPart part : sheet.getRelations()) {
            if (part instanceof CommentsTable table) {
                return table;
            }
        }
        return null;
    }

    /** A comment box's corners, in cells. */
    private record Box(int col1, int row1, int col2, int row2) {
    }

    /** The comment box: right of the cell (left of it at the sheet's right edge), tall enough for the text. */
    private static Box box(Cell cell, String text) {
        Sheet sheet = cell.getSheet();
        int maxCol = sheet.getWorkbook().getSpreadsheetVersion().getLastColumnIndex();
        int maxRow = sheet.getWorkbook().getSpreadsheetVersion().getLastRowIndex();
        int col1 = cell.getColumnIndex() + 1;
        if (col1 + BOX_COLUMNS > maxCol) {
            col1 = Math.max(0, cell.getColumnIndex() - BOX_COLUMNS);
        }
        int rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, lineCount(text) + 1));
        int row1 = Math.min(cell.getRowIndex(), maxRow - rows);
        return new Box(col1, row1, col1 + BOX_COLUMNS, row1 + rows);
    }

    /** Lines the text takes in the box, a CJK character counting as two half-width ones. */
    static int lineCount(String text) {
        return TextLayout.lines(text, CHARS_PER_LINE);
    }
}
