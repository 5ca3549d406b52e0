package org.selfeval.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.selfeval.model.CellValue;
import org.selfeval.model.Form.IndicatorRow;
import org.selfeval.value.TextNormalizer;

/**
 * Heading rows: a 三级指标 numbered {@code 一、…} directly followed by rows numbered {@code 1、…} is the heading of
 * those rows (the 20/80 variant's {@code 一、示范区建立} 15分 over {@code 1、水稻侧深施肥…} 5 + 5 + 5). A heading is
 * scored as the sum of its items and never counted in the totals itself, so nothing is counted twice.
 */
final class IndicatorGroups {
    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+[、.]");
    private static final Pattern ITEM = Pattern.compile("^\\d+[、.]");

    private IndicatorGroups() {
    }

    /** Index of each heading row → indexes of its items, in sheet order. */
    static Map<Integer, List<Integer>> of(List<IndicatorRow> rows) {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!HEADING.matcher(name(rows.get(i))).find()) {
                continue;
            }
            List<Integer> items = new ArrayList<>();
            for (int j = i + 1; j < rows.size() && ITEM.matcher(name(rows.get(j))).find(); j++) {
                items.add(j);
            }
            if (!items.isEmpty()) {
                groups.put(i, items);
                i += items.size();
            }
        }
        return groups;
    }

    private static String name(IndicatorRow row) {
        CellValue name = row.name();
        return name == null ? "" : TextNormalizer.normalize(name.text());
    }
}
