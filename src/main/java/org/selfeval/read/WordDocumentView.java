package org.selfeval.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document seen as a workbook, so that {@link FormLocator} finds forms in Word tables by the same labels
 * and families as in workbooks (RULES.md §10). Each table of the body becomes one sheet named {@code 表N} (N
 * counting the body's tables from 1): its cell texts at their grid columns, a cell spanning columns (gridSpan)
 * or rows (vMerge) as a merged region. Above the table, the paragraphs written just before it (at most
 * {@value #TITLE_PARAGRAPHS}, e.g. {@code 2023年度项目支出绩效自评表} and {@code （2023年度）}) stand as the title
 * rows a workbook has.
 *
 * <p>The view keeps where each sheet cell came from, so that every address of a result can be told in Word's
 * terms ({@link #wordAddress}): {@code 表N!R3C5} for table N, row 3, the 5th cell of that row as Word counts
 * them (a merged cell counts once), or {@code 第N段} for paragraph N of the body (counting every paragraph
 * outside tables from the top, empty ones included).
 */
public final class WordDocumentView {
    /** Paragraphs above a table read as its title rows. */
    static final int TITLE_PARAGRAPHS = 3;
    public static final String TABLE_PREFIX = "表";
    public static final String PARAGRAPH_PREFIX = "第";

    private final Workbook sheets = new HSSFWorkbook();
    private final List<BodyParagraph> paragraphs = new ArrayList<>();
    private final List<TableSheet> tables = new ArrayList<>();
    /** The unit's self-scores an earlier run wrote over, by Word address ({@link DocumentOriginals}). */
    private final Map<String, DocumentOriginals.Original> originals;

    /**
     * A paragraph of the body, outside tables.
     *
     * @param number      1-based, counting the body's paragraphs from the top
     * @param tablesAbove how many tables come before it
     * @param text        its text
     */
    public record BodyParagraph(int number, int tablesAbove, String text) {
        /** {@code 第N段}. */
        public String address() {
            return PARAGRAPH_PREFIX + number + "段";
        }
    }

    /** Where a sheet cell came from: a table cell (table, row, cell 1-based) or a title paragraph. */
    private record Origin(int table, int row, int cell, int paragraph) {
        String address() {
            return paragraph > 0 ? PARAGRAPH_PREFIX + paragraph + "段"
                    : TABLE_PREFIX + table + "!R" + row + "C" + cell;
        }
    }

    /** One table's sheet: how many title rows stand above the table, and the origin of each grid position. */
    private static final class TableSheet {
        final int titleRows;
        final Map<Long, Origin> origins = new HashMap<>();

        TableSheet(int titleRows) {
            this.titleRows = titleRows;
        }

        static long key(int row, int col) {
            return ((long) row << 20) | col;
        }
    }

    private WordDocumentView(Map<String, DocumentOriginals.Original> originals) {
        this.originals = originals;
    }

    /**
     * The document's tables as sheets. A cell an earlier run of selfeval wrote a computed score into, and that still
     * holds it, shows the figure the unit had filled in ({@link DocumentOriginals}, RULES.md §8), as a workbook's
     * {@link SheetGrid} does with {@link OriginalValuesSheet}.
     */
    public static WordDocumentView of(XWPFDocument doc) {
        WordDocumentView view = new WordDocumentView(DocumentOriginals.read(doc));
        List<BodyParagraph> sinceTable = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element.getElementType() == BodyElementType.PARAGRAPH) {
                BodyParagraph p = new BodyParagraph(view.paragraphs.size() + 1, view.tables.size(),
                        ((XWPFParagraph) element).getText());
                view.paragraphs.add(p);
                sinceTable.add(p);
            } else if (element.getElementType() == BodyElementType.TABLE) {
                view.addTable((XWPFTable) element, titles(sinceTable));
                sinceTable.clear();
            }
        }
        return view;
    }

    /** The workbook of the tables, one sheet per table, for {@link FormLocator#locate(Workbook)}. */
    public Workbook sheets() {
        return sheets;
    }

    /** Every paragraph of the body outside tables, in order. */
    public List<BodyParagraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    /** The table number (1-based) a sheet of {@link #sheets()} stands for, or -1 for another name. */
    public static int tableNumber(String sheetName) {
        if (sheetName == null || !sheetName.startsWith(TABLE_PREFIX)) {
            return -1;
        }
        try {
            return Integer.parseInt(sheetName.substring(TABLE_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The address of a sheet cell in Word's terms ({@code 表2!R3C5} or {@code 第5段}); an address that is not A1
     * notation on a table's sheet (e.g. already {@code 第7段}) is returned as it is.
     */
    public String wordAddress(String sheetName, String a1) {
        int table = tableNumber(sheetName);
        if (table < 1 || table > tables.size() || a1 == null || !a1.matches("[A-Z]{1,3}[1-9][0-9]*")) {
            return a1;
        }
        CellReference ref = new CellReference(a1);
        TableSheet sheet = tables.get(table - 1);
        Origin origin = sheet.origins.get(TableSheet.key(ref.getRow(), ref.getCol()));
        if (origin == null) {
            // a cell beside the table (no Word cell there): the nearest row of the table
            int row = ref.getRow() - sheet.titleRows + 1;
            return row >= 1 ? TABLE_PREFIX + table + "!R" + row : TABLE_PREFIX + table;
        }
        return origin.address();
    }

    /** The 1-based table row of a 0-based sheet row of the table's sheet (title rows give 0). */
    public int tableRow(String sheetName, int sheetRow) {
        int table = tableNumber(sheetName);
        if (table < 1 || table > tables.size()) {
            return sheetRow + 1;
        }
        return Math.max(0, sheetRow - tables.get(table - 1).titleRows + 1);
    }

    private static List<BodyParagraph> titles(List<BodyParagraph> above) {
        List<BodyParagraph> titles = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0 && titles.size() < TITLE_PARAGRAPHS; i--) {
            if (!above.get(i).text().isBlank()) {
                titles.add(0, above.get(i));
            }
        }
        return titles;
    }

    private void addTable(XWPFTable table, List<BodyParagraph> titles) {
        int number = tables.size() + 1;
        TableSheet origin = new TableSheet(titles.size());
        tables.add(origin);
        Sheet sheet = sheets.createSheet(TABLE_PREFIX + number);
        int width = 1;
        List<CellRangeAddress> regions = new ArrayList<>();
        // per grid column: the region a vMerge=continue cell below extends
        Map<Integer, int[]> open = new HashMap<>();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            int sheetRow = titles.size() + r;
            Row row = sheet.createRow(sheetRow);
            int col = gridBefore(rows.get(r));
            List<XWPFTableCell> cells = rows.get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = cells.get(c);
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue())) : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int[] region = open.get(col);
                if (continues && region != null) {
                    region[1] = sheetRow;
                    Origin top = origin.origins.get(TableSheet.key(region[0], col));
                    for (int k = 0; k < span; k++) {
                        origin.origins.put(TableSheet.key(sheetRow, col + k), top);
                    }
                } else {
                    if (region != null) {
                        regions.add(region(region, col));
                    }
                    open.put(col, new int[] {sheetRow, sheetRow, span});
                    Origin here = new Origin(number, r + 1, c + 1, 0);
                    row.createCell(col).setCellValue(unitsText(here, text(cell)));
                    for (int k = 0; k < span; k++) {
                        origin.origins.put(TableSheet.key(sheetRow, col + k), here);
                    }
                }
                // a column covered by this span no longer continues a merge that started under it
                for (int k = 1; k < span; k++) {
                    int[] covered = open.remove(col + k);
                    if (covered != null) {
                        regions.add(region(covered, col + k));
                    }
                }
                col += span;
            }
            width = Math.max(width, col);
        }
        open.forEach((col, region) -> regions.add(region(region, col)));
        for (CellRangeAddress region : regions) {
            if (region.getNumberOfCells() > 1) {
                try {
                    sheet.addMergedRegion(region);
                } catch (IllegalStateException | IllegalArgumentException overlapping) {
                    // a malformed table whose merges cross: the cell keeps its own text, unmerged
                }
            }
        }
        for (int t = 0; t < titles.size(); t++) {
            sheet.createRow(t).createCell(0).setCellValue(titles.get(t).text());
            origin.origins.put(TableSheet.key(t, 0), new Origin(number, 0, 0, titles.get(t).number()));
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(t, t, 0, width - 1));
            }
        }
    }

    private static CellRangeAddress region(int[] region, int col) {
        return new CellRangeAddress(region[0], region[1], col, col + region[2] - 1);
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger before = pr.getGridBeforeArray(0).getVal();
        return before == null ? 0 : Math.max(0, Math.min(64, before.intValue()));
    }

    /** The cell's text, or what the unit had filled in when it still holds what an earlier run wrote over that. */
    private String unitsText(Origin cell, String text) {
        DocumentOriginals.Original original = originals.get(cell.address());
        return original != null && original.stillWritten(text) ? original.text() : text;
    }

    /** The cell's text, its paragraphs joined by line breaks (as a wrapped workbook cell holds them). */
    public static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            lines.add(p.getText());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** Releases the in-memory workbook. */
    public void close() {
        try {
            sheets.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
