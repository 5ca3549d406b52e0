package org.selfeval.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.template.FormSpec.FundsRowSpec;
import org.selfeval.template.FormSpec.IndicatorSpec;

/**
 * The blank official 项目支出绩效自评表 (财预〔2020〕10号 附件) as .xlsx and .xls: every label, merge, border
 * and width, the national 一级/二级指标 with a few empty rows each, and no values.
 */
public final class TemplateGenerator {
    /** File name without extension. */
    public static final String FILE_NAME = "项目支出绩效自评表";
    public static final String SHEET_NAME = "项目支出绩效自评表";

    /** The national 二级指标 under each 一级指标, in template order. */
    static final List<List<String>> CATEGORIES = List.of(
            List.of("产出指标", "数量指标", "质量指标", "时效指标", "成本指标"),
            List.of("效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            List.of("满意度指标", "服务对象满意度指标"));

    /** The 三级指标 placeholders of the national template, one empty row each. */
    static final List<String> ROW_PLACEHOLDERS = List.of("指标1：", "指标2：", "……");

    private TemplateGenerator() {
    }

    /** Writes {@code dir/项目支出绩效自评表.xlsx} and {@code .xls}; returns the two files. */
    public static List<Path> write(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (WorkbookFormat format : WorkbookFormat.values()) {
            Path file = dir.resolve(FILE_NAME + "." + format.extension());
            try (Workbook workbook = format.newWorkbook()) {
                new FormWorkbookBuilder(workbook).render(SHEET_NAME, blankForm(), Layout.OFFICIAL);
                WorkbookFormat.save(workbook, file);
            }
            files.add(file);
        }
        return files;
    }

    /** The empty national form: labels only. */
    public static FormSpec blankForm() {
        List<FundsRowSpec> funds = List.of(
                new FundsRowSpec("年度资金总额", null, null, null, null, null, null),
                new FundsRowSpec("其中：当年财政拨款", null, null, null, "—", null, "—"),
                new FundsRowSpec("上年结转资金", null, null, null, "—", null, "—"),
                new FundsRowSpec("其他资金", null, null, null, "—", null, "—"));
        List<IndicatorSpec> indicators = new ArrayList<>();
        for (List<String> category : CATEGORIES) {
            for (String level2 : category.subList(1, category.size())) {
                for (String placeholder : ROW_PLACEHOLDERS) {
                    indicators.add(new IndicatorSpec(category.get(0), level2, placeholder, null, null, null,
                            null, null, null, null, null, null, null, null, null));
                }
            }
        }
        return new FormSpec("财预〔2020〕10号 附件 项目支出绩效自评表", null, true, null, null, "项目支出绩效自评表",
                null, null, null, null, null, null, null, "万元", null, funds, null, null, indicators, null,
                null, null, null, "blank national template", null, null, null, null);
    }

    /** {@code TemplateGenerator [DIR]}: writes the template files into DIR (default workbook-templates). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "workbook-templates");
        for (Path file : write(dir)) {
            System.out.println(file);
        }
    }
}
