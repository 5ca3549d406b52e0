package org.selfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.selfeval.testing.Rows.put;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.app.FileProcessor;
import org.selfeval.app.FileResult;
import org.selfeval.model.Finding;
import org.selfeval.model.FindingCode;
import org.selfeval.model.FormResult;
import org.selfeval.model.Severity;

/**
 * LAYOUTS.md "Rules for every family" 4, 6 and 7 and family B's 原因 rule, on workbooks written to disk in .xls and
 * .xlsx and read by the whole pipeline ({@link FileProcessor#check}). Figures worked out by hand in the comments.
 */
class EveryFamilyRulesTest {
    @TempDir
    Path dir;

    static Stream<Named<Supplier<Workbook>>> formats() {
        return Stream.of(Named.of("xls", HSSFWorkbook::new), Named.of("xlsx", XSSFWorkbook::new));
    }


    private FormResult check(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name + (wb instanceof HSSFWorkbook ? ".xls" : ".xlsx"));
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        FileResult result = new FileProcessor(RuleSettings.national()).check(file);
        assertEquals(1, result.forms().size(), String.valueOf(result.error()));
        return result.forms().get(0);
    }

    private static List<String> codes(FormResult r) {
        return r.findings().stream().map(f -> f.code() + "@" + f.cell()).toList();
    }

    private static Finding finding(FormResult r, FindingCode code) {
        return r.findings().stream().filter(f -> f.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + codes(r)));
    }

    /**
     * The head of a national 暖通改造 form on 自评表: 年度资金总额 10 / 10 / {@code executed} (null: blank) with 分值 10,
     * and the indicator header in row 4, with or without the 偏差原因分析及改进措施 column; the rows are the caller's.
     */
    private static Sheet heatingRetrofit(Workbook wb, Double executed, boolean explanationColumn) {
        Sheet s = wb.createSheet("自评表");
        put(s, 0, 0, "项目名称", "暖通改造");
        put(s, 1, 0, "项目资金", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        put(s, 2, 1, "年度资金总额", 10, 10, executed, 10, null, null);
        put(s, 3, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                explanationColumn ? "偏差原因分析及改进措施" : null);
        return s;
    }

    /** A 四川 0013zp form: split target 指标性质 | 指标值 | 度量单位, funds with a 原因 column. Rows 1-based in comments. */
    private static Workbook sichuan(Workbook wb, String reason, double initial, double annual, double executed) {
        Sheet s = wb.createSheet("自评表");
        put(s, 0, 0, "项目名称", "安可替代补助资金项目", null, "报表编号:510000_0013zp");
        put(s, 1, 0, "预算执行情况(10分)", null, "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因");
        put(s, 2, 1, "总额", initial, annual, executed, null, 10, null, reason);
        put(s, 3, 1, "其中:财政资金", initial, annual, executed, null, "/", "/");
        put(s, 4, 0, "项目年度目标", "购买安可设备");
        put(s, 5, 0, "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
                "得分", "未完成原因分析");
        put(s, 6, 1, "产出指标", "数量指标", "购买安可电脑台数", ">=", "13", "台", "13台", 30, null, null);
        put(s, 7, 1, "产出指标", "质量指标", "设备验收合格", "定性", "是", null, "是", 20, null, null);
        put(s, 8, 1, "效益指标", "社会效益指标", "国产化替代率", "≥", "100", "%", "90%", 30, null, "(100字以内)");
        put(s, 9, 1, "满意度指标", "服务对象满意度指标", "使用人员满意度", "≥", "90", "%", "95%", 10, null, null);
        put(s, 10, 0, "合计", null, null, null, null, null, null, null, 100, null);
        return wb;
    }

    @ParameterizedTest
    @MethodSource("formats")
    void sichuan_kindsNotGlued_asciiComparator_templateTextEmpty_reasonRequired(Supplier<Workbook> format)
            throws IOException {
        // 年初预算 0 → 调整后预算数 3.36: adjusted during the year, the 原因 cell holds the template's instruction
        FormResult r = check(sichuan(format.get(), "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内)",
                0, 3.36, 3.36), "四川");
        assertEquals("sichuan-0013zp", r.form().family().id());
        // >= | 13 | 台 reads ≥13台 (at least), 定性 | 是 reads 是 (not 定性是)
        assertEquals("at-least", r.indicators().get(0).kind());
        assertEquals(">=13台", r.indicators().get(0).row().target().text());
        assertEquals("是", r.indicators().get(1).row().target().text());
        // funds 10 × min(1, 3.36 / 3.36) = 10; 30 (13 ≥ 13) + 20 (是 = 是) + 30 × 90 / 100 = 27 + 10 (95 ≥ 90) = 87
        assertEquals(10.0, r.funds().score(), 1e-9);
        assertEquals(97.0, r.total(), 1e-9);
        List<String> codes = codes(r);
        // the 原因 cell (I3) is template text: TEMPLATE_TEXT_LEFT, and the adjusted budget is unexplained
        assertTrue(codes.contains("TEMPLATE_TEXT_LEFT@I3"), codes.toString());
        assertTrue(codes.contains("FUNDS_REASON_MISSING@I3"), codes.toString());
        assertTrue(finding(r, FindingCode.FUNDS_REASON_MISSING).message().contains("年初预算0调整为3.36"));
        // the missed 国产化替代率 row: its explanation (K9) is template text, counted as empty
        assertTrue(codes.contains("TEMPLATE_TEXT_LEFT@K9"), codes.toString());
        assertTrue(codes.contains("DEVIATION_ANALYSIS_MISSING@K9"), codes.toString());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void sichuan_aRealReason_meetsTheRule(Supplier<Workbook> format) throws IOException {
        // 执行率 2.8 / 3.5 = 80 % < 90 %, explained: no FUNDS_REASON_MISSING; funds 10 × 0.8 = 8
        FormResult r = check(sichuan(format.get(), "设备降价，结余资金已收回", 3.5, 3.5, 2.8), "四川有原因");
        assertEquals(8.0, r.funds().score(), 1e-9);
        // the message names the columns as this form prints them, not the national 全年执行数 / 全年预算数
        assertTrue(finding(r, FindingCode.LOW_EXECUTION).message().startsWith("执行率为80%（预算执行数2.8 / 调整后预算数3.5）"),
                finding(r, FindingCode.LOW_EXECUTION).message());
        assertTrue(codes(r).stream().noneMatch(c -> c.startsWith("FUNDS_REASON_MISSING")), codes(r).toString());
        assertTrue(codes(r).stream().noneMatch(c -> c.startsWith("TEMPLATE_TEXT_LEFT@I3")), codes(r).toString());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void noExplanationColumn_missedRow_isAWarningOnItsName(Supplier<Workbook> format) throws IOException {
        Workbook wb = format.get();
        Sheet s = heatingRetrofit(wb, 10.0, false);
        put(s, 4, 1, "产出指标", "数量指标", "改造面积", "≥1000平方米", "800平方米", 90, null);
        put(s, 5, 0, "总分", null, null, null, null, null, 100, null);
        FormResult r = check(wb, "无说明栏");
        Finding f = finding(r, FindingCode.DEVIATION_ANALYSIS_MISSING);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("D5", f.cell(), "the 三级指标 cell");
        assertTrue(f.message().contains("自评报告"), f.message());
        // 90 × 800 / 1000 = 72; total 10 + 72 = 82
        assertEquals(82.0, r.total(), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formulaErrors_areFindings_andReadAsEmpty_neverAsZero(Supplier<Workbook> format) throws IOException {
        Workbook wb = format.get();
        Sheet s = heatingRetrofit(wb, 8.0, true);
        put(s, 4, 1, "产出指标", "数量指标", "改造面积", "≥1000平方米", null, 45, null, "无");
        put(s, 5, 1, "产出指标", "质量指标", "验收合格率", "≥90%", "95%", 45, null, "无");
        put(s, 6, 0, "总分", null, null, null, null, null, 100, null);
        s.getRow(4).createCell(5).setCellErrorValue(FormulaError.DIV0.getCode()); // F5: #DIV/0!
        Cell executed = s.getRow(2).getCell(4);
        executed.setCellFormula("D3*0.8"); // E3 = 10 × 0.8 = 8, saved with no cached value in .xlsx
        if (executed instanceof XSSFCell x && x.getCTCell().isSetV()) {
            x.getCTCell().unsetV();
        }
        FormResult r = check(wb, "公式");
        List<String> codes = codes(r);
        assertTrue(codes.contains("FORMULA_ERROR@F5"), codes.toString());
        assertEquals(Severity.ERROR, finding(r, FindingCode.FORMULA_ERROR).severity());
        // F5 reads as empty: the actual is missing, the row scores 0 and needs an explanation
        assertEquals(0.0, r.indicators().get(0).score(), 1e-9);
        // E3: the formula is evaluated inside the workbook: 执行率 8 / 10 = 0.8, funds 10 × 0.8 = 8
        assertEquals(0.8, r.funds().rate(), 1e-9);
        assertEquals(8.0, r.funds().score(), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aFormulaThatCannotBeEvaluated_isFormulaError_notZero(Supplier<Workbook> format) throws IOException {
        Workbook wb = format.get();
        Sheet s = heatingRetrofit(wb, null, true);
        put(s, 4, 1, "产出指标", "数量指标", "改造面积", "≥1000平方米", "1000平方米", 90, null, "无");
        put(s, 5, 0, "总分", null, null, null, null, null, 100, null);
        Cell executed = s.getRow(2).createCell(4);
        executed.setCellFormula("INDIRECT(\"无此表!A1\")");
        if (executed instanceof XSSFCell x && x.getCTCell().isSetV()) {
            x.getCTCell().unsetV();
        } else {
            executed.setCellErrorValue(FormulaError.REF.getCode()); // .xls always keeps a cached result: #REF!
        }
        FormResult r = check(wb, "坏公式");
        assertTrue(codes(r).contains("FORMULA_ERROR@E3"), codes(r).toString());
        assertEquals(null, r.funds().rate(), "no 执行率 from an unreadable 执行数");
    }
}
