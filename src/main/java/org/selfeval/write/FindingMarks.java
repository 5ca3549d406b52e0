package org.selfeval.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.selfeval.model.Finding;
import org.selfeval.model.Severity;

/**
 * Marks every cell a finding names (RULES.md §8): a fill by the worst severity on the cell (error: light red,
 * warning: light yellow, info: none) and a comment listing the cell's findings, one
 * {@code [错误] message（CODE）} line each. A selfeval comment left by an earlier run on a cell that is no
 * longer flagged loses its selfeval part.
 */
final class FindingMarks {
    private FindingMarks() {
    }

    static void apply(CellLocator cells, List<Finding> findings, StyleCache styles) {
        Map<CellAddress, Cell> flaggedCells = new LinkedHashMap<>();
        Map<CellAddress, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : findings) {
            Cell cell = cells.cell(f.cell());
            if (cell != null) {
                flaggedCells.putIfAbsent(cell.getAddress(), cell);
                byCell.computeIfAbsent(cell.getAddress(), a -> new ArrayList<>()).add(f);
            }
        }
        // every comment of the sheet, looked up once (per cell, an .xls sheet scans them all)
        Map<CellAddress, ? extends Comment> comments = cells.sheet().getCellComments();
        stripStaleComments(cells.sheet(), comments, byCell.keySet());
        byCell.forEach((at, list) -> {
            Cell cell = flaggedCells.get(at);
            // Severity is declared worst first: ERROR, WARNING, INFO
            Severity worst = list.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
            if (worst == Severity.ERROR) {
                styles.apply(cell, StylePurpose.ERROR_FILL);
            } else if (worst == Severity.WARNING) {
                styles.apply(cell, StylePurpose.WARNING_FILL);
            }
            CellComments.annotate(cell, comments.get(at), list.stream().map(FindingMarks::line).collect(Collectors.joining("\n")));
        });
    }

    /** One comment line: {@code [错误] 分值合计为110，应为100（WEIGHT_TOTAL_NOT_100）}. */
    static String line(Finding f) {
        return "[" + f.severity().label() + "] " + f.display();
    }

    private static void stripStaleComments(Sheet sheet, Map<CellAddress, ? extends Comment> comments,
                                           Set<CellAddress> flagged) {
        List<CellAddress> ours = comments.entrySet().stream()
                .filter(e -> CellComments.isOurs(e.getValue()))
                .map(Map.Entry::getKey).toList();
        for (CellAddress at : ours) {
            if (flagged.contains(at)) {
                continue;
            }
            Row row = sheet.getRow(at.getRow());
            Cell cell = row == null ? null : row.getCell(at.getColumn());
            if (cell == null) {
                cell = (row == null ? sheet.createRow(at.getRow()) : row).createCell(at.getColumn());
            }
            CellComments.strip(cell, comments.get(at));
        }
    }
}
