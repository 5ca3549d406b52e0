package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.model.FormResult;
import org.selfeval.rules.RuleSettings;

/** RULES.md §7 TARGET_IN_NAME through the pipeline: value cells empty, the figure in the 三级指标 name. */
class TargetInNameWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void figureInName_warnsBesideTargetMissing() throws IOException {
        Path file = dir.resolve("name.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            SheetWriter s = new SheetWriter(wb, "自评表", 0, 0);
            s.row(0, 0, "项目名称", "资金支付");
            s.row(1, 0, "主管部门", "某局", null, "实施单位", "某中心");
            s.row(2, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
            s.row(3, 1, "年度资金总额", 64, 64, 64, 10, "100%", 10);
            s.row(4, 0, "年度总体目标", "预期目标", null, null, "实际完成情况");
            s.row(6, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                    "偏差原因分析及改进措施");
            s.row(7, 1, "产出指标", "时效指标", "年度资金支付完成率100%", null, null, 10, 10, "已支付");
            s.row(8, 1, "产出指标", "数量指标", "培训人数", null, "500人", 10, 10, "已培训");
            s.row(9, 0, "总分", null, null, null, null, null, 30, 30);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        FileResult result = new FileProcessor(RuleSettings.national()).check(file);
        FormResult form = result.forms().get(0);
        // the row's own findings (the category findings also sit on row 8, on the 产出指标 label)
        List<String> first = form.findings().stream().filter(f -> f.cell().endsWith("8"))
                .filter(f -> !f.code().name().startsWith("CATEGORY_"))
                .map(f -> f.code() + "@" + f.cell()).sorted().toList();
        // the self-score 10 is not kept: a claim that cannot be checked earns nothing
        assertEquals(List.of("ACTUAL_MISSING@F8", "SELF_SCORE_CHANGED@H8", "TARGET_IN_NAME@D8", "TARGET_MISSING@E8"),
                first);
        assertEquals("warning", form.findings().stream().filter(f -> f.code().name().equals("TARGET_IN_NAME"))
                .findFirst().orElseThrow().severity().code());
        // no figure in the name: TARGET_MISSING alone
        List<String> second = form.findings().stream().filter(f -> f.cell().endsWith("9"))
                .map(f -> f.code().name()).sorted().toList();
        assertEquals(List.of("SELF_SCORE_CHANGED", "TARGET_MISSING"), second);
        assertEquals(0, form.indicators().get(0).score());
    }
}
