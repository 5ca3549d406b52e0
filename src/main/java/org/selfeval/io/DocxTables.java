package org.selfeval.io;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Builds Word tables and paragraphs from plain texts: the one place that writes a table's grid, spans
 * (gridSpan) and vertical merges (vMerge). Used to rebuild a .doc as a .docx, to draw the sample documents and
 * to add the 校验结果 table to a scored copy.
 */
public final class DocxTables {
    /** A4 portrait in twentieths of a point, with 2 cm margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    /** The text width of an A4 page between those margins. */
    public static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    /** 五号 (10.5 pt): the size of table text in Chinese official documents. */
    public static final int TABLE_FONT_HALF_POINTS = 21;

    private DocxTables() {
    }

    /** How a cell takes part in a vertical merge. */
    public enum VMerge {
        NONE, RESTART, CONTINUE
    }

    /**
     * One cell to draw.
     *
     * @param text   its text; line breaks start new paragraphs
     * @param span   grid columns it covers (gridSpan), at least 1
     * @param vMerge NONE, or the first (RESTART) / a following (CONTINUE) cell of a vertical merge
     * @param bold   bold text
     * @param fill   background colour as RRGGBB, or null
     */
    public record CellSpec(String text, int span, VMerge vMerge, boolean bold, String fill) {
        public CellSpec {
            span = Math.max(1, span);
            vMerge = vMerge == null ? VMerge.NONE : vMerge;
        }

        public static CellSpec of(String text) {
            return new CellSpec(text, 1, VMerge.NONE, false, null);
        }
    }

    /** A new document with an A4 page (portrait, 2 cm margins). */
    public static XWPFDocument newA4Document() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        for (BigInteger m : List.of(BigInteger.valueOf(MARGIN))) {
            mar.setTop(m);
            mar.setBottom(m);
            mar.setLeft(m);
            mar.setRight(m);
        }
        return doc;
    }

    /** Appends a paragraph holding {@code text} (line breaks kept as breaks). */
    public static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, int halfPoints) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, bold, halfPoints);
        return p;
    }

    /** Appends a table with the given column widths (twips) and rows; returns it. */
    public static XWPFTable table(XWPFDocument doc, int[] columnWidths, List<List<CellSpec>> rows) {
        XWPFTable table = doc.createTable();
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : columnWidths) {
            total += w;
        }
        table.setWidth(String.valueOf(total));
        pr.getTblW().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : columnWidths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.removeRow(0);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            row.setCantSplitRow(true);
            int col = 0;
            for (CellSpec spec : rows.get(r)) {
                XWPFTableCell cell = row.addNewTableCell();
                int width = 0;
                for (int c = col; c < Math.min(columnWidths.length, col + spec.span()); c++) {
                    width += columnWidths[c];
                }
                col += spec.span();
                CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                tcPr.addNewTcW().setW(BigInteger.valueOf(width));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (spec.span() > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
                }
                if (spec.vMerge() != VMerge.NONE) {
                    tcPr.addNewVMerge().setVal(spec.vMerge() == VMerge.RESTART ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (spec.fill() != null) {
                    cell.setColor(spec.fill());
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                run(p, spec.vMerge() == VMerge.CONTINUE ? "" : spec.text(), spec.bold(), TABLE_FONT_HALF_POINTS);
            }
        }
        return table;
    }

    /** Adds the text as runs to the paragraph: one run per line, with a break between lines. */
    public static void run(XWPFParagraph p, String text, boolean bold, int halfPoints) {
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setFontSize(halfPoints / 2.0);
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }
}
