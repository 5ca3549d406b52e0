package org.selfeval.io;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.selfeval.io.DocxTables.CellSpec;
import org.selfeval.io.DocxTables.VMerge;

/**
 * Rebuilds a .doc (read through HWPF) as a .docx in memory: every paragraph's text and every table with its
 * texts, column grid (from the cells' edges), horizontal spans and vertical merges. Fonts, pictures, headers
 * and footers are not carried over: the scored copy of a .doc is this plain .docx, and the report says so.
 */
final class DocConverter {
    /** Cell edges closer than this (twips, about 0.35 mm) are one grid line. */
    private static final int EDGE_TOLERANCE = 20;

    private DocConverter() {
    }

    static XWPFDocument toDocx(HWPFDocument doc) {
        XWPFDocument out = DocxTables.newA4Document();
        Range range = doc.getRange();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                addTable(out, table);
                i += Math.max(1, table.numParagraphs()) - 1;
            } else {
                DocxTables.paragraph(out, clean(p.text()), false, 24);
            }
        }
        return out;
    }

    private static void addTable(XWPFDocument out, Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = new ArrayList<>(edges);
        if (lines.size() < 2) {
            return;
        }
        int[] widths = new int[lines.size() - 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = lines.get(i + 1) - lines.get(i);
        }
        List<List<CellSpec>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<CellSpec> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = gridIndex(lines, cell.getLeftEdge());
                int to = gridIndex(lines, cell.getLeftEdge() + cell.getWidth());
                int span = Math.max(1, to - from);
                if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                    // the old horizontal merge: this cell widens the one before it
                    CellSpec last = cells.remove(cells.size() - 1);
                    cells.add(new CellSpec(last.text(), last.span() + span, last.vMerge(), false, null));
                    continue;
                }
                VMerge vMerge = !cell.isVerticallyMerged() ? VMerge.NONE
                        : cell.isFirstVerticallyMerged() ? VMerge.RESTART : VMerge.CONTINUE;
                cells.add(new CellSpec(cellText(cell), span, vMerge, false, null));
            }
            rows.add(cells);
        }
        DocxTables.table(out, widths, rows);
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer near = edges.floor(edge + EDGE_TOLERANCE);
        if (near == null || Math.abs(near - edge) > EDGE_TOLERANCE) {
            edges.add(edge);
        }
    }

    private static int gridIndex(List<Integer> lines, int edge) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (Math.abs(lines.get(i) - edge) < Math.abs(lines.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(clean(cell.getParagraph(i).text()));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** The visible text: field codes dropped, paragraph and cell marks and other control characters removed. */
    private static String clean(String text) {
        String visible = Range.stripFields(text);
        StringBuilder sb = new StringBuilder(visible.length());
        for (int i = 0; i < visible.length(); i++) {
            char ch = visible.charAt(i);
            if (ch == '\t') {
                sb.append(' ');
            } else if (ch == '\u000B') {
                sb.append('\n');
            } else if (ch >= ' ' || ch == '\n') {
                sb.append(ch);
            }
        }
        return sb.toString().strip();
    }
}
