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
    /** Vocabulary keys of the header labels; together they end a header value scan. */
    private static final List<String> HEADER_KEYS = List.of("header.project", "header.department",
            "header.department.overall", "header.unit", "header.department.upper", "header.other");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度");
    /** Rows searched for the title when no header label bounds the search. */
    private static final int TITLE_ROWS = 10;

    private HeaderReader() {
    }

    /**
     * @param formTop first row of the form's body (the first part label found), bounding the title search
     */
    static Form.Header read(SheetGrid grid, LabelScan labels, int formTop, Vocabulary v) {
        Optional<Label> project = labels.first(v.words("header.project"));
        Optional<Label> upper = labels.first(v.words("header.department.upper"));
        Optional<Label> department = labels.first(v.words("header.department"))
                .or(() -> labels.first(v.words("header.department.overall"))).or(() -> upper);
        Optional<Label> unit = labels.first(v.words("header.unit"));
        Set<String> headerLabels = new java.util.HashSet<>();
        HEADER_KEYS.forEach(k -> headerLabels.addAll(v.words(k)));
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
                if (titleCell == null && v.containsOne("header.title.contains", text)) {
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
        // LAYOUTS.md rule 5: a total printed as a header field, above the form's body
        Optional<Label> total = labels.first(v.words("total.field")).filter(l -> l.row() < formTop);
        headerLabels.addAll(v.words("total.field"));
        return new Form.Header(title, valueOf(grid, project, headerLabels), valueOf(grid, department, headerLabels),
                firstOfTwo(unit, valueOf(grid, unit, headerLabels)), year, valueOf(grid, total, headerLabels),
                valueOf(grid, upper, headerLabels));
    }

    /**
     * A label naming two fields in one ({@code 项目实施单位/项目负责人}, LAYOUTS.md E) has both values in its cell,
     * {@code 原州区农技中心/杨勃兴}: the field is the part before the slash (the cell stays the whole cell).
     */
    private static CellValue firstOfTwo(Optional<Label> label, CellValue value) {
        if (value == null || label.isEmpty() || !label.get().text().contains("/")) {
            return value;
        }
        String[] parts = value.text().split("[/／]", 2);
        return parts.length < 2 ? value
                : new CellValue(value.row(), value.col(), parts[0].strip(), null, false, value.formula());
    }

    private static CellValue valueOf(SheetGrid grid, Optional<Label> label, Set<String> headerLabels) {
        return label.map(l -> valueRightOf(grid, l, headerLabels)).orElse(null);
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
