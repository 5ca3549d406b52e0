package org.selfeval.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form;

/** Reads the header: title line and year, 项目名称, 主管部门, 实施单位 (or 部门 on the 部门整体支出 variant). */
final class HeaderReader {
    static final Set<String> PROJECT = Set.of("项目名称");
    static final Set<String> DEPARTMENT = Set.of("主管部门");
    static final Set<String> DEPARTMENT_OVERALL = Set.of("部门", "部门名称");
    static final Set<String> UNIT = Set.of("实施单位");
    /** Labels that end a header value scan: the next label on the same row is not a value. */
    private static final Set<String> HEADER_LABELS = Set.of("项目名称", "主管部门", "实施单位", "部门", "部门名称");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度");
    /** Rows searched for the title when no header label bounds the search. */
    private static final int TITLE_ROWS = 10;

    private HeaderReader() {
    }

    /**
     * @param formTop first row of the form's body (the first part label found), bounding the title search
     */
    static Form.Header read(SheetGrid grid, LabelScan labels, int formTop) {
        Optional<Label> project = labels.first(PROJECT);
        Optional<Label> department = labels.first(DEPARTMENT).or(() -> labels.first(DEPARTMENT_OVERALL));
        Optional<Label> unit = labels.first(UNIT);
        int titleEnd = List.of(project, department, unit).stream().flatMap(Optional::stream)
                .mapToInt(Label::row).min().orElse(Math.min(formTop, TITLE_ROWS));
        CellValue titleCell = null;
        CellValue yearCell = null;
        Integer year = null;
        for (int r = 0; r < titleEnd && r <= grid.lastRow(); r++) {
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                if (!grid.isTopLeft(r, c)) {
                    continue;
                }
                CellValue cell = grid.value(r, c);
                String text = LabelText.compact(cell.text());
                if (titleCell == null && text.contains("自评表")) {
                    titleCell = cell;
                }
                Matcher m = YEAR.matcher(text);
                if (year == null && m.find()) {
                    year = Integer.valueOf(m.group(1));
                    yearCell = cell;
                }
            }
        }
        // with no title line, the year line (（2023年度）) stands for it
        CellValue title = titleCell != null ? titleCell : yearCell;
        return new Form.Header(title, valueOf(grid, project), valueOf(grid, department), valueOf(grid, unit), year);
    }

    private static CellValue valueOf(SheetGrid grid, Optional<Label> label) {
        return label.map(l -> valueRightOf(grid, l, HEADER_LABELS)).orElse(null);
    }

    /**
     * The first non-empty cell right of the label's merged region on the label's row; the blank cell right after
     * the region when there is none, or when the next non-empty cell is another label named in {@code stop}.
     */
    static CellValue valueRightOf(SheetGrid grid, Label label, Set<String> stop) {
        int r = label.row();
        for (int c = label.lastCol() + 1; c < SheetGrid.COL_LIMIT && c <= grid.lastColumn(r); c++) {
            CellValue v = grid.value(r, c);
            if (v.isBlank()) {
                continue;
            }
            if (stop.contains(LabelText.normalize(v.text()))) {
                break;
            }
            return v;
        }
        return grid.value(r, label.lastCol() + 1);
    }
}
