package org.selfeval.model;

import java.util.List;

/**
 * A 项目清单 (序号 | 项目名称 | 备注): a Word table or a workbook's cover sheet listing the projects a submission
 * holds forms for. No POI type.
 *
 * @param entries the listed project names in order, each with the place of its cell
 */
public record ProjectList(List<Entry> entries) {

    public ProjectList {
        entries = List.copyOf(entries);
    }

    /** One listed project: its 项目名称 text and where that cell is ({@code 表1!R2C2}, {@code 项目清单!B4}). */
    public record Entry(String where, String name) {
    }
}
