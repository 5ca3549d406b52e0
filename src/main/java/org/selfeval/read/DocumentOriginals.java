package org.selfeval.read;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The Word counterpart of {@link OriginalValuesSheet} (RULES.md §8, docs/word.md): the self-scores a unit filled in
 * where selfeval wrote its computed score over them (SELF_SCORE_CHANGED, SELF_TOTAL_CHANGED), kept by an earlier run
 * in the scored .docx's custom document properties (docProps/custom.xml), two text properties per cell:
 * {@code selfeval原填 表2!R30C3} = what the unit had, {@code selfeval写入 表2!R30C3} = what selfeval wrote. Read back
 * so that scoring a scored copy again reads the unit's figure — as long as the cell still holds what selfeval wrote:
 * a figure typed into the copy since is the unit's new answer.
 */
public final class DocumentOriginals {
    /** Name prefix of the property holding what the unit had filled in; the Word address follows. */
    public static final String ORIGINAL = "selfeval原填 ";
    /** Name prefix of the property holding what selfeval wrote over it. */
    public static final String WRITTEN = "selfeval写入 ";

    /**
     * What the unit had filled in a cell.
     *
     * @param text    the cell's text as the unit left it
     * @param written the text selfeval wrote over it
     */
    public record Original(String text, String written) {
        /** True when the cell's text (as {@link WordDocumentView#text} reads it) is still what selfeval wrote. */
        public boolean stillWritten(String cellText) {
            return cellText != null && cellText.strip().equals(written.strip());
        }
    }

    private DocumentOriginals() {
    }

    /** Word address ({@code 表2!R30C3}) → what the unit had filled in; empty when the document keeps none. */
    public static Map<String, Original> read(XWPFDocument doc) {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (CTProperty p : properties(doc).getUnderlyingProperties().getPropertyList()) {
            String name = p.getName();
            if (name != null && p.isSetLpwstr()) {
                if (name.startsWith(ORIGINAL)) {
                    texts.put(name.substring(ORIGINAL.length()), p.getLpwstr());
                } else if (name.startsWith(WRITTEN)) {
                    written.put(name.substring(WRITTEN.length()), p.getLpwstr());
                }
            }
        }
        Map<String, Original> originals = new HashMap<>();
        texts.forEach((address, text) -> {
            String w = written.get(address);
            if (w != null) {
                originals.put(address, new Original(text, w));
            }
        });
        return originals;
    }

    /** The document's custom properties (POI makes the part when the document has none). */
    public static POIXMLProperties.CustomProperties properties(XWPFDocument doc) {
        return doc.getProperties().getCustomProperties();
    }
}
