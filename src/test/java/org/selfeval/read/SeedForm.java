package org.selfeval.read;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * Test fixture: the seed form (霍邱县总工会, 2023, 困难职工送温暖) laid out like the official template, in rows
 * 0..31 and columns A..I before the offset. Options move it, drop the title and change how the category
 * labels are written.
 */
final class SeedForm {
    enum Categories { MERGED, REPEATED, WRITTEN_ONCE }

    /** Rows (0-based, before the offset) of the ten real indicators. */
    static final int[] INDICATOR_ROWS = {16, 17, 18, 19, 20, 22, 26, 27, 29, 30};
    static final int TOTAL_ROW = 31;

    private SeedForm() {
    }

    static SheetWriter write(Workbook wb, String sheetName, int rowOffset, int colOffset, boolean title,
                             Categories categories) {
        SheetWriter s = new SheetWriter(wb, sheetName, rowOffset, colOffset);
        if (title) {
            s.put(0, 0, "2023年度项目支出绩效自评表").merge(0, 0, 0, 8);
            s.put(1, 0, "（2023年度）").merge(1, 1, 0, 8);
        }
        s.row(2, 0, "项目名称").merge(2, 2, 0, 1).put(2, 2, "困难职工送温暖").merge(2, 2, 2, 8);
        s.row(3, 0, "主管部门").merge(3, 3, 0, 1).put(3, 2, "霍邱县总工会").merge(3, 3, 2, 4)
                .put(3, 5, "实施单位").put(3, 6, "霍邱县总工会").merge(3, 3, 6, 8);
        s.row(4, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        for (int c = 2; c <= 7; c++) {
            s.merge(4, 5, c, c);
        }
        s.put(5, 0, "（万元）");
        s.row(6, 1, "年度资金总额", 64, 64, 64, 10, new SheetWriter.Percent(1.0), 10);
        s.row(7, 1, "其中：当年财政拨款", 64, 64, 64, "—", null, "—");
        s.row(8, 1, "      上年结转资金", null, null, null, "—", null, "—");
        s.row(9, 1, "  其他资金", null, null, null, "—", null, "—");
        s.put(10, 0, "年度总体目标").merge(10, 11, 0, 0)
                .put(10, 1, "预期目标").merge(10, 10, 1, 4)
                .put(10, 5, "实际完成情况").merge(10, 10, 5, 8);
        s.put(11, 1, "完成对基层工会困难职工的救助，根据困难类别实施方案帮扶。").merge(11, 11, 1, 4)
                .put(11, 5, "通过该项目的实施，完成对基层工会困难职工的救助，根据困难类别实施方案帮扶。").merge(11, 11, 5, 8);
        s.row(12, 0, "绩         效         指         标", "一级指标", "二级指标", "三级指标", "年度\n指标值",
                "实际      完成值", "分值", "得分", "偏差原因分析及改进措施").merge(12, 30, 0, 0);
        s.emptyRow(13).emptyRow(14).emptyRow(15);
        indicator(s, 16, "困难职工人数", "≥500人");
        indicator(s, 17, "所救助的职工是否均符合相关帮扶送温暖政策规定的条件", "是");
        indicator(s, 18, "支出完成时间", "预算年度内");
        indicator(s, 19, "帮扶送温暖金额", "64万元");
        indicator(s, 20, "维护职工合法权益", "≥100%");
        s.row(21, 3, "指标", null, null, null, null, "无");
        indicator(s, 22, "帮扶送温暖是否实现常态化", "是");
        s.row(23, 3, "指标", null, null, null, null, "无");
        s.put(24, 8, "无");
        s.row(25, 3, "指标", null, null, null, null, "无");
        indicator(s, 26, "项目后续运行、开展", "长期开展");
        indicator(s, 27, "指标1：民生工程调查、县政府目标考核满意度调查", "满意");
        s.put(28, 8, "无");
        indicator(s, 29, "指标2：县主管部门满意度", "满意");
        indicator(s, 30, "指标3：缓解困难职工生活压力", "一定程度上缓解");
        s.put(TOTAL_ROW, 0, "总分").merge(TOTAL_ROW, TOTAL_ROW, 0, 5).put(TOTAL_ROW, 6, 100).put(TOTAL_ROW, 7, 100);
        categories(s, categories);
        return s;
    }

    private static void indicator(SheetWriter s, int r, String name, String value) {
        s.row(r, 3, name, value, value, 10, 10, "无");
    }

    /** 一级指标 in column B, 二级指标 in column C: each label spans rows [from, to]. */
    private static final Object[][] LEVEL1 = {{16, 19, "产出指标"}, {20, 26, "效益指标"}, {27, 30, "满意度    指标"}};
    private static final Object[][] LEVEL2 = {{16, 16, "数量指标"}, {17, 17, "质量指标"}, {18, 18, "时效指标"},
            {19, 19, "成本指标"}, {20, 21, "经济效益"}, {22, 23, "社会效益"}, {24, 25, "生态效益"},
            {26, 26, "可持续影响指标"}, {27, 30, "服务对象满意度指标"}};

    private static void categories(SheetWriter s, Categories how) {
        for (Object[][] level : new Object[][][] {LEVEL1, LEVEL2}) {
            int col = level == LEVEL1 ? 1 : 2;
            for (Object[] span : level) {
                int from = (Integer) span[0];
                int to = (Integer) span[1];
                s.put(from, col, span[2]);
                if (how == Categories.MERGED && to > from) {
                    s.merge(from, to, col, col);
                } else if (how == Categories.REPEATED) {
                    for (int r = from + 1; r <= to; r++) {
                        s.put(r, col, span[2]);
                    }
                }
            }
        }
    }
}
