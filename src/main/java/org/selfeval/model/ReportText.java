package org.selfeval.model;

import java.util.List;

/**
 * The running text of a 绩效评价报告 (a Word document's paragraphs, or a workbook's report sheet), with no POI
 * type: what the report checks of RULES.md §10 read.
 *
 * @param title      the report's title line (e.g. 困难职工帮扶送温暖项目绩效评价报告), "" when it has none
 * @param paragraphs its paragraphs in order, each with where it is
 */
public record ReportText(String title, List<Paragraph> paragraphs) {

    public ReportText {
        title = title == null ? "" : title;
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * One paragraph.
     *
     * @param where its place as findings name it: {@code 报告第12段} in a Word file, {@code 自评报告!A5} in a
     *              workbook
     * @param text  its text
     */
    public record Paragraph(String where, String text) {
    }
}
