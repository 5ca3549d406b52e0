package org.selfeval.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.read.DocumentOriginals;
import org.selfeval.read.WordDocumentView;

/**
 * {@link OriginalValues} for a Word copy (RULES.md §8): a computed score written over the unit's self-score
 * (SELF_SCORE_CHANGED, SELF_TOTAL_CHANGED) would lose the unit's figure, and a second run would no longer see the
 * change. What the unit had and what selfeval wrote are kept in the document's custom properties
 * ({@link DocumentOriginals}), which the reader takes back while the cell still holds what was written. Taken before
 * the figures are written ({@link #before}), kept after ({@link #write}); rebuilt on every run, absent when no figure
 * was changed.
 */
final class DocumentOriginalValues {
    /**
     * Word limits a custom text property to 255 characters; a longer cell text is no self-score a rule compared
     * (none is kept for it).
     */
    static final int MAX_TEXT = 255;

    /** One changed cell: its Word address, what the unit had; the cell, to read what selfeval wrote once it is written. */
    record Changed(String address, String text, XWPFTableCell cell) {
    }

    private DocumentOriginalValues() {
    }

    /**
     * What each cell a SELF_*_CHANGED finding names holds before the figures are written — or, when an earlier run
     * wrote it and it still holds that figure, what the unit had filled in before that run.
     *
     * @param wordAddress (sheet name, A1 address) → Word address
     * @param tableCell   Word address → the document's table cell, or null
     */
    static List<Changed> before(List<FormResult> results, BiFunction<String, String, String> wordAddress,
                                Function<String, XWPFTableCell> tableCell, Map<String, DocumentOriginals.Original> earlier) {
        List<Changed> changed = new ArrayList<>();
        for (FormResult r : results) {
            for (Finding f : r.findings()) {
                if (f.code() != FindingCode.SELF_SCORE_CHANGED && f.code() != FindingCode.SELF_TOTAL_CHANGED) {
                    continue;
                }
                String address = wordAddress.apply(r.form().sheet(), f.cell());
                XWPFTableCell cell = tableCell.apply(address);
                if (cell == null) {
                    continue;
                }
                String now = WordDocumentView.text(cell);
                DocumentOriginals.Original kept = earlier.get(address);
                changed.add(new Changed(address, kept != null && kept.stillWritten(now) ? kept.text() : now, cell));
            }
        }
        return changed;
    }

    /**
     * Replaces the kept figures by these cells, each with the text now written into it (a cell selfeval did not
     * write over is left out); the document's other custom properties (e.g. the ones WPS adds) stay.
     */
    static void write(XWPFDocument doc, List<Changed> changed) {
        CTProperties properties = DocumentOriginals.properties(doc).getUnderlyingProperties();
        for (int i = properties.sizeOfPropertyArray() - 1; i >= 0; i--) {
            String name = properties.getPropertyArray(i).getName();
            if (name != null && (name.startsWith(DocumentOriginals.ORIGINAL) || name.startsWith(DocumentOriginals.WRITTEN))) {
                properties.removeProperty(i);
            }
        }
        for (Changed c : changed) {
            String written = WordDocumentView.text(c.cell());
            if (!written.strip().equals(c.text().strip()) && c.text().length() <= MAX_TEXT
                    && !DocumentOriginals.properties(doc).contains(DocumentOriginals.ORIGINAL + c.address())) {
                DocumentOriginals.properties(doc).addProperty(DocumentOriginals.ORIGINAL + c.address(), c.text());
                DocumentOriginals.properties(doc).addProperty(DocumentOriginals.WRITTEN + c.address(), written);
            }
        }
    }
}
