package org.selfeval.write;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.selfeval.io.DocxTables;
import org.selfeval.io.DocxTables.CellSpec;
import org.selfeval.model.Finding;
import org.selfeval.model.FormResult;
import org.selfeval.model.Numbers;
import org.selfeval.model.Severity;
import org.selfeval.read.DocumentOriginals;

/**
 * Puts the scoring back into a Word document (RULES.md §10), in memory; the caller saves it as .docx.
 * <ul>
 *   <li>执行率, the funds 得分, every indicator 得分 and the 总分 as text in their table cells, in the cell's own
 *       font and paragraph formatting (the first run's properties are kept, the text replaced);</li>
 *   <li>every cell (or report paragraph) a finding names: shaded in the workbook colours (error light red, warning
 *       light yellow) and given a Word comment by selfeval listing its findings, one
 *       {@code [错误] message（CODE）} line each;</li>
 *   <li>a 校验结果 section at the end: per form its 项目名称, 总分, 等级 and 分值合计 and a table of its findings
 *       (严重程度, 位置, 问题类型, 说明 with the code after it), then the findings about the file as a whole.</li>
 * </ul>
 * Addresses are Word's ({@code 表2!R3C5}, {@code 报告第12段}); a sheet address of a result is told in Word's terms
 * by the {@code wordAddress} function given. A scored copy scored again ({@link #removeEarlierRun}) first loses what
 * the earlier run added — its comments and its 校验结果 section, found by the bookmark {@value #RESULTS_BOOKMARK} —
 * so the second copy is the first one again (RULES.md §8); the unit's self-scores a computed one replaced are kept in
 * the document's custom properties ({@link DocumentOriginalValues}) and read back by the next run.
 */
public final class ScoredDocumentWriter {
    public static final String AUTHOR = "selfeval";
    /** The bookmark on the 校验结果 heading (a leading _ keeps it out of Word's bookmark list). */
    static final String RESULTS_BOOKMARK = "_selfeval_results";
    private static final String RESULTS_HEADING = "校验结果";
    private static final Pattern TABLE_CELL = Pattern.compile("表(\\d+)!R(\\d+)C(\\d+)");
    private static final Pattern PARAGRAPH = Pattern.compile("(?:报告)?第(\\d+)段");
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /**
     * The workbook's 校验结果 columns on a portrait page: the finding's Chinese name in 问题类型, its code for machines
     * after the message ({@code …应为100（WEIGHT_TOTAL_NOT_100）}), not in a fifth column too narrow to hold it.
     */
    static final List<String> RESULTS_COLUMNS = List.of("严重程度", "位置", "问题类型", "说明");
    private static final int[] RESULT_WIDTHS = {1100, 1500, 1900, DocxTables.TEXT_WIDTH - 4500};
    private static final int HEADING_HALF_POINTS = 28;
    private static final int TEXT_HALF_POINTS = 21;

    private final XWPFDocument doc;
    private final BiFunction<String, String, String> wordAddress;
    private final List<XWPFParagraph> bodyParagraphs = new ArrayList<>();
    private XWPFComments comments;
    private long nextCommentId;

    private ScoredDocumentWriter(XWPFDocument doc, BiFunction<String, String, String> wordAddress) {
        this.doc = doc;
        this.wordAddress = wordAddress;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e.getElementType() == BodyElementType.PARAGRAPH) {
                bodyParagraphs.add((XWPFParagraph) e);
            }
        }
    }

    /**
     * @param results      the forms' results, their places as sheet addresses of the document's tables
     * @param fileFindings findings about the whole file, their places already Word's
     * @param wordAddress  (sheet name, A1 address) → Word address
     */
    public static void apply(XWPFDocument doc, List<FormResult> results, List<Finding> fileFindings,
                             BiFunction<String, String, String> wordAddress) {
        ScoredDocumentWriter w = new ScoredDocumentWriter(doc, wordAddress);
        List<DocumentOriginalValues.Changed> changed = DocumentOriginalValues.before(results, wordAddress,
                w::tableCell, DocumentOriginals.read(doc));
        for (FormResult r : results) {
            w.figures(r);
        }
        DocumentOriginalValues.write(doc, changed);
        Map<String, List<Finding>> byPlace = new LinkedHashMap<>();
        for (FormResult r : results) {
            for (Finding f : r.findings()) {
                byPlace.computeIfAbsent(wordAddress.apply(r.form().sheet(), f.cell()), k -> new ArrayList<>()).add(f);
            }
        }
        for (Finding f : fileFindings) {
            byPlace.computeIfAbsent(f.cell(), k -> new ArrayList<>()).add(f);
        }
        byPlace.forEach(w::mark);
        w.resultsSection(results, fileFindings);
    }

    /**
     * Takes out what an earlier run of selfeval put into this document: every comment by {@value #AUTHOR} (with its
     * range and reference) and the 校验结果 section, from its heading to the end. Called before the document is
     * read, so the earlier section is never read as the unit's report text, and before it is written, so nothing is
     * added twice. The figures written into cells and the shading stay: this run writes them again.
     */
    public static void removeEarlierRun(XWPFDocument doc) {
        int heading = resultsHeading(doc);
        if (heading >= 0) {
            for (int i = doc.getBodyElements().size() - 1; i >= heading; i--) {
                doc.removeBodyElement(i);
            }
        }
        XWPFComments comments = doc.getDocComments();
        if (comments == null) {
            return;
        }
        java.util.Set<String> ours = new java.util.HashSet<>();
        for (int i = comments.getComments().size() - 1; i >= 0; i--) {
            XWPFComment c = comments.getComments().get(i);
            if (AUTHOR.equals(c.getAuthor()) && c.getId() != null) {
                ours.add(c.getId());
                comments.removeComment(i);
            }
        }
        if (ours.isEmpty()) {
            return;
        }
        String ns = "declare namespace w='" + W_NS + "' ";
        for (String path : List.of("$this//w:commentRangeStart", "$this//w:commentRangeEnd")) {
            for (var marker : doc.getDocument().getBody().selectPath(ns + path)) {
                try (XmlCursor cursor = marker.newCursor()) {
                    if (ours.contains(cursor.getAttributeText(new QName(W_NS, "id")))) {
                        cursor.removeXml();
                    }
                }
            }
        }
        // a reference sits in a run of its own; the run goes through POI, which keeps its runs as objects
        for (XWPFParagraph paragraph : allParagraphs(doc.getBodyElements(), new ArrayList<>())) {
            for (int i = paragraph.getRuns().size() - 1; i >= 0; i--) {
                CTR run = paragraph.getRuns().get(i).getCTR();
                if (run.getCommentReferenceList().stream()
                        .anyMatch(r -> r.getId() != null && ours.contains(r.getId().toString()))) {
                    paragraph.removeRun(i);
                }
            }
        }
    }

    /** Every paragraph of the body, in tables (nested too) as well. */
    private static List<XWPFParagraph> allParagraphs(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        allParagraphs(cell.getBodyElements(), into);
                    }
                }
            }
        }
        return into;
    }

    /** The body position of the 校验结果 heading an earlier run added, or -1. */
    private static int resultsHeading(XWPFDocument doc) {
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = body.size() - 1; i >= 0; i--) {
            if (body.get(i) instanceof XWPFParagraph p && RESULTS_HEADING.equals(p.getText().strip())
                    && p.getCTP().getBookmarkStartList().stream().anyMatch(b -> RESULTS_BOOKMARK.equals(b.getName()))) {
                return i;
            }
        }
        return -1;
    }

    private void figures(FormResult r) {
        String sheet = r.form().sheet();
        if (r.funds() != null) {
            if (r.funds().rate() != null) {
                text(sheet, r.funds().rateCell(), Numbers.percent(r.funds().rate()));
            }
            text(sheet, r.funds().scoreCell(), Numbers.plain(r.funds().score()));
        }
        for (FormResult.IndicatorResult i : r.indicators()) {
            text(sheet, i.scoreCell(), Numbers.plain(i.score()));
        }
        text(sheet, r.totalScoreCell(), Numbers.plain(r.total()));
    }

    private void text(String sheet, String a1, String value) {
        if (a1 == null) {
            return;
        }
        XWPFTableCell cell = tableCell(wordAddress.apply(sheet, a1));
        if (cell != null) {
            replaceText(cell, value);
        }
    }

    /** The cell's text replaced, keeping its first paragraph's formatting and its first run's font. */
    static void replaceText(XWPFTableCell cell, String value) {
        if (cell.getParagraphs().isEmpty()) {
            cell.addParagraph();
        }
        XWPFParagraph first = cell.getParagraphs().get(0);
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(1);
        }
        CTRPr font = null;
        if (!first.getRuns().isEmpty() && first.getRuns().get(0).getCTR().isSetRPr()) {
            font = (CTRPr) first.getRuns().get(0).getCTR().getRPr().copy();
        } else if (first.getCTP().isSetPPr() && first.getCTP().getPPr().isSetRPr()) {
            font = CTRPr.Factory.newInstance();
            font.set(first.getCTP().getPPr().getRPr());
        }
        while (!first.getRuns().isEmpty()) {
            first.removeRun(0);
        }
        XWPFRun run = first.createRun();
        if (font != null) {
            run.getCTR().setRPr(font);
        }
        run.setText(value);
    }

    private XWPFTableCell tableCell(String address) {
        Matcher m = TABLE_CELL.matcher(address == null ? "" : address);
        if (!m.matches()) {
            return null;
        }
        int table = Integer.parseInt(m.group(1)) - 1;
        int row = Integer.parseInt(m.group(2)) - 1;
        int cell = Integer.parseInt(m.group(3)) - 1;
        if (table >= doc.getTables().size()) {
            return null;
        }
        XWPFTable t = doc.getTables().get(table);
        if (row >= t.getRows().size()) {
            return null;
        }
        XWPFTableRow r = t.getRow(row);
        return cell < r.getTableCells().size() ? r.getTableCells().get(cell) : null;
    }

    private XWPFParagraph bodyParagraph(String address) {
        Matcher m = PARAGRAPH.matcher(address == null ? "" : address);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1)) - 1;
        return n < bodyParagraphs.size() ? bodyParagraphs.get(n) : null;
    }

    /** Shading (table cells) and a comment on the place's findings. */
    private void mark(String address, List<Finding> findings) {
        Severity worst = findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String fill = worst == Severity.ERROR ? StylePurpose.ERROR_FILL.fillRgb()
                : worst == Severity.WARNING ? StylePurpose.WARNING_FILL.fillRgb() : null;
        List<String> lines = findings.stream().map(FindingMarks::line).toList();
        XWPFTableCell cell = tableCell(address);
        if (cell != null) {
            if (fill != null) {
                cell.setColor(fill);
            }
            if (cell.getParagraphs().isEmpty()) {
                cell.addParagraph();
            }
            comment(cell.getParagraphs().get(0), lines);
            return;
        }
        XWPFParagraph paragraph = bodyParagraph(address);
        if (paragraph != null) {
            if (fill != null) {
                shade(paragraph, fill);
            }
            comment(paragraph, lines);
        }
    }

    /** A paragraph's background (w:pPr/w:shd), the report-text counterpart of a cell's shading. */
    private static void shade(XWPFParagraph paragraph, String fill) {
        var pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        var shd = pPr.isSetShd() ? pPr.getShd() : pPr.addNewShd();
        shd.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    /** A Word comment by selfeval over the whole paragraph, one line per finding. */
    private void comment(XWPFParagraph paragraph, List<String> lines) {
        if (comments == null) {
            comments = doc.getDocComments() != null ? doc.getDocComments() : doc.createComments();
            for (XWPFComment c : comments.getComments()) {
                try {
                    nextCommentId = Math.max(nextCommentId, Long.parseLong(c.getId()) + 1);
                } catch (NumberFormatException ignored) {
                    // an id that is not a number cannot collide with ours
                }
            }
        }
        BigInteger id = BigInteger.valueOf(nextCommentId++);
        XWPFComment comment = comments.createComment(id);
        comment.setAuthor(AUTHOR);
        comment.setInitials("SE");
        comment.setDate(Calendar.getInstance());
        CTComment ct = comment.getCtComment();
        for (String line : lines) {
            XWPFParagraph p = comment.createParagraph();
            p.createRun().setText(line);
        }
        if (ct.sizeOfPArray() == 0) {
            comment.createParagraph();
        }
        CTP ctp = paragraph.getCTP();
        try (XmlCursor cursor = ctp.newCursor()) {
            // the range starts before the paragraph's first run (after its properties)
            boolean child = cursor.toFirstChild();
            while (child && "pPr".equals(cursor.getName().getLocalPart())) {
                child = cursor.toNextSibling();
            }
            if (!child) {
                cursor.toEndToken();
            }
            cursor.beginElement(new QName(W_NS, "commentRangeStart", "w"));
            cursor.insertAttributeWithValue(new QName(W_NS, "id", "w"), id.toString());
        }
        ctp.addNewCommentRangeEnd().setId(id);
        CTR reference = ctp.addNewR();
        reference.addNewCommentReference().setId(id);
    }

    private void resultsSection(List<FormResult> results, List<Finding> fileFindings) {
        XWPFParagraph heading = DocxTables.paragraph(doc, RESULTS_HEADING, true, HEADING_HALF_POINTS);
        heading.setPageBreak(true);
        bookmark(heading);
        if (results.isEmpty()) {
            DocxTables.paragraph(doc, "本文档中未找到项目支出绩效自评表。", false, TEXT_HALF_POINTS);
        }
        for (FormResult r : results) {
            var project = r.form().header() == null ? null : r.form().header().project();
            DocxTables.paragraph(doc, "项目名称：" + (project == null ? "" : project.text().strip())
                    + "（" + r.form().sheet() + "）", true, TEXT_HALF_POINTS);
            DocxTables.paragraph(doc, r.funds() == null ? "表格不完整，未评分"
                    : "总分：" + Numbers.plain(r.total()) + "    等级：" + r.grade() + "    分值合计："
                            + Numbers.plain(r.weightTotal()), false, TEXT_HALF_POINTS);
            findingsTable(r.findings(), f -> wordAddress.apply(r.form().sheet(), f.cell()));
        }
        if (!fileFindings.isEmpty()) {
            DocxTables.paragraph(doc, "文档整体（项目清单）", true, TEXT_HALF_POINTS);
            findingsTable(fileFindings, Finding::cell);
        }
    }

    /** Marks the 校验结果 heading as ours ({@value #RESULTS_BOOKMARK}), with an id no other bookmark uses. */
    private void bookmark(XWPFParagraph heading) {
        long id = 0;
        String ns = "declare namespace w='" + W_NS + "' ";
        for (var x : doc.getDocument().getBody().selectPath(ns + "$this//w:bookmarkStart")) {
            try (XmlCursor cursor = x.newCursor()) {
                try {
                    id = Math.max(id, Long.parseLong(cursor.getAttributeText(new QName(W_NS, "id"))) + 1);
                } catch (NumberFormatException ignored) {
                    // an id that is not a number cannot collide with ours
                }
            }
        }
        var start = heading.getCTP().insertNewBookmarkStart(0);
        start.setName(RESULTS_BOOKMARK);
        start.setId(BigInteger.valueOf(id));
        heading.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    private void findingsTable(List<Finding> findings, java.util.function.Function<Finding, String> place) {
        List<List<CellSpec>> rows = new ArrayList<>();
        rows.add(RESULTS_COLUMNS.stream().map(ScoredDocumentWriter::header).toList());
        if (findings.isEmpty()) {
            rows.add(List.of(CellSpec.of(""), CellSpec.of(""), CellSpec.of(""), CellSpec.of("未发现问题。")));
        }
        for (Finding f : findings) {
            String fill = f.severity() == Severity.ERROR ? StylePurpose.ERROR_FILL.fillRgb()
                    : f.severity() == Severity.WARNING ? StylePurpose.WARNING_FILL.fillRgb() : null;
            rows.add(List.of(new CellSpec(f.severity().label(), 1, null, false, fill), CellSpec.of(place.apply(f)),
                    CellSpec.of(f.code().chineseName()), CellSpec.of(f.message() + "（" + f.code().name() + "）")));
        }
        XWPFTable table = DocxTables.table(doc, RESULT_WIDTHS, rows);
        table.getRow(0).setRepeatHeader(true);
        DocxTables.paragraph(doc, "", false, TEXT_HALF_POINTS);
    }

    private static CellSpec header(String text) {
        return new CellSpec(text, 1, null, true, "D9D9D9");
    }
}
