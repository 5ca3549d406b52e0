package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfeval.template.RenderedForm.Columns;

class FormWorkbookBuilderTest {
    private static final String SEED = FormSpecs.SEED;
    /** Index of 困难职工人数 in the seed's indicator list (after the three blank rows). */
    private static final int WORKERS = 3;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void official_seedWorkersRow_keepsComparisonAsActual(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.OFFICIAL)) {
            int row = r.where().indicatorRows().get(WORKERS);
            assertEquals(16, row, "the seed's first indicator is on sheet row 17");
            assertEquals("困难职工人数", r.text(row, 3));
            assertEquals("≥500人", r.text(row, 4));
            assertEquals("≥500人", r.text(row, 5));
            assertNumber(r, row, 6, 10);
            assertNumber(r, row, 7, 10);
            assertEquals("无", r.text(row, 8));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void official_seedFunds_rateIsPercentNumber_scoreInColumnH(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.OFFICIAL)) {
            assertEquals(6, r.where().fundsRows().get(0));
            assertEquals("年度资金总额", r.text(6, 1));
            assertNumber(r, 6, 3, 64);
            Cell rate = Sheets.cell(r.sheet(), 6, 6);
            assertEquals(1.0, rate.getNumericCellValue());
            assertEquals("0%", rate.getCellStyle().getDataFormatString());
            assertEquals("100%", r.text(6, 6));
            assertNumber(r, 6, 7, 10);
            assertEquals("H7", RenderedForm.address(6, r.where().columns().fundsScore()));
            assertEquals("（万元）", r.text(5, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void official_seedLabels_keepTheFormsOwnSpacing(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.OFFICIAL)) {
            int header = r.where().indicatorHeaderRow();
            assertEquals("绩         效         指         标", r.text(header, 0));
            assertEquals("年度         指标值", r.text(header, 4));
            assertEquals("满意度    指标", r.text(r.where().indicatorRows().get(14), 1));
            var block = Sheets.mergedAt(r.sheet(), header, 0).orElseThrow();
            assertEquals(r.where().indicatorRows().get(17).intValue(), block.getLastRow());
            int total = r.where().totalRow();
            assertEquals("总分", r.text(total, 0));
            assertNumber(r, total, 6, 100);
            assertNumber(r, total, 7, 100);
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void official_pageIsA4Landscape_fitOneWide_songTi(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.OFFICIAL)) {
            PrintSetup print = r.sheet().getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertTrue(r.sheet().getFitToPage());
            Cell header = Sheets.cell(r.sheet(), r.where().indicatorHeaderRow(), 1);
            var font = r.workbook().getFontAt(header.getCellStyle().getFontIndex());
            assertEquals("宋体", font.getFontName());
            assertEquals(11, font.getFontHeightInPoints());
            assertTrue(font.getBold());
            assertTrue(r.sheet().getColumnWidth(3) > r.sheet().getColumnWidth(6));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void numbersAsText_storesTheTranscribedStrings(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.NUMBERS_AS_TEXT)) {
            int row = r.where().indicatorRows().get(WORKERS);
            assertEquals(CellType.STRING, Sheets.type(r.sheet(), row, 6));
            assertEquals("10", r.text(row, 6));
            int funds = r.where().fundsRows().get(0);
            assertEquals(CellType.STRING, Sheets.type(r.sheet(), funds, 6));
            assertEquals("100%", r.text(funds, 6));
            assertEquals("64", r.text(funds, 3));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulas_jinzhaiRate_isExecutedOverAnnual_withCachedValue(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, "11-jinzhai-dept-overall-PARTIAL", Layout.FORMULAS)) {
            int row = r.where().fundsRows().get(0);
            Cell rate = Sheets.cell(r.sheet(), row, 6);
            assertEquals(CellType.FORMULA, rate.getCellType());
            assertEquals("E" + (row + 1) + "/D" + (row + 1), rate.getCellFormula());
            assertEquals(CellType.NUMERIC, rate.getCachedFormulaResultType());
            assertEquals(338.31 / 329.77, rate.getNumericCellValue(), 1e-12);
            assertEquals("102.59%", r.text(row, 6));
            // 上年结转资金 has no amounts: its 执行率 stays blank, no formula
            assertEquals(CellType.BLANK, Sheets.type(r.sheet(), r.where().fundsRows().get(2), 6));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void formulas_totalsAreSums_whereTheFormsFiguresAreThoseSums(WorkbookFormat format) throws Exception {
        // 永德: 分值 10 + 9 × 10 = 100 and 得分 10 + 86 = 96, as its 总分 row says: SUM formulas cached as those
        try (Reopened r = Reopened.render(dir, format, "01-yongde-nutrition", Layout.FORMULAS)) {
            int total = r.where().totalRow();
            Cell weight = Sheets.cell(r.sheet(), total, 6);
            Cell score = Sheets.cell(r.sheet(), total, 7);
            int funds = r.where().fundsRows().get(0) + 1;
            int first = r.where().indicatorRows().get(0) + 1;
            int last = r.where().indicatorRows().get(9) + 1;
            assertEquals("SUM(F" + funds + ",G" + first + ":G" + last + ")", weight.getCellFormula());
            assertEquals("SUM(H" + funds + ",H" + first + ":H" + last + ")", score.getCellFormula());
            assertEquals(100.0, weight.getNumericCellValue());
            assertEquals(96.0, score.getNumericCellValue());
        }
        // the seed writes 100 / 100 under weights adding up to 110: a formula would change the form, so none
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.FORMULAS)) {
            int total = r.where().totalRow();
            assertEquals(CellType.NUMERIC, Sheets.cell(r.sheet(), total, 6).getCellType());
            assertEquals(100.0, Sheets.cell(r.sheet(), total, 6).getNumericCellValue());
            assertEquals(100.0, Sheets.cell(r.sheet(), total, 7).getNumericCellValue());
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void splitTarget_yongde_hasNatureValueUnitColumns(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, "01-yongde-nutrition", Layout.SPLIT_TARGET)) {
            Columns cols = r.where().columns();
            int header = r.where().indicatorHeaderRow();
            assertEquals("年度指标值", r.text(header, cols.target()));
            assertEquals(cols.target() + 2, Sheets.mergedAt(r.sheet(), header, cols.target()).orElseThrow()
                    .getLastColumn());
            assertEquals("指标性质", r.text(header + 1, cols.target()));
            assertEquals("指标值", r.text(header + 1, cols.target() + 1));
            assertEquals("度量单位", r.text(header + 1, cols.target() + 2));
            assertEquals("实际完成值", r.text(header, cols.actual()));
            int row = r.where().indicatorRows().get(0);
            assertEquals("≧", r.text(row, cols.target()));
            assertNumber(r, row, cols.target() + 1, 735);
            assertEquals("人次", r.text(row, cols.target() + 2));
            int qualitative = r.where().indicatorRows().get(4);
            assertEquals("", r.text(qualitative, cols.target()));
            assertEquals("有效", r.text(qualitative, cols.target() + 1));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void splitTarget_seed_derivesPartsFromTheTarget(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.SPLIT_TARGET)) {
            Columns cols = r.where().columns();
            int row = r.where().indicatorRows().get(WORKERS);
            assertEquals("≥", r.text(row, cols.target()));
            assertNumber(r, row, cols.target() + 1, 500);
            assertEquals("人", r.text(row, cols.target() + 2));
            assertEquals("≥500人", r.text(row, cols.actual()));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void otherProvince_putuo_renamesColumns_weightBeforeTarget(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, "03-putuo-sports-settlement", Layout.OTHER_PROVINCE)) {
            int funds = r.where().fundsHeaderRow();
            assertEquals("调整后预算数", r.text(funds, 3));
            assertEquals("预算执行数", r.text(funds, 4));
            assertEquals("预算执行率", r.text(funds, 6));
            int header = r.where().indicatorHeaderRow();
            assertEquals("权重", r.text(header, 4));
            assertEquals("年度指标值", r.text(header, 5));
            assertEquals("完成值", r.text(header, 6));
            assertEquals("未完成原因分析", r.text(header, 8));
            int row = r.where().indicatorRows().get(1);
            assertNumber(r, row, 4, 20);
            assertEquals("=100%", r.text(row, 5));
            assertEquals("合计", r.text(r.where().totalRow(), 0));
            assertNumber(r, r.where().totalRow(), 7, 98.62);
            int fundsRow = r.where().fundsRows().get(0);
            assertNumber(r, fundsRow, 4, 215457.6);
            assertEquals("215,457.6", r.text(fundsRow, 4));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void spacedLabels_guichi_spacesColonsAndFullWidthSpaces(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, "07-guichi-tangxi-entrusted-PARTIAL", Layout.SPACED_LABELS)) {
            assertEquals("项　目　名　称", r.text(r.where().projectRow(), 0));
            assertEquals("主管部门：", r.text(r.where().departmentRow(), 0));
            assertEquals("绩 效 指 标", r.text(r.where().indicatorHeaderRow(), 0));
            assertEquals("年度资金总额:", r.text(r.where().fundsRows().get(0), 1));
            assertEquals("其中:本年财政拨款", r.text(r.where().fundsRows().get(1), 1));
            assertEquals("上年结转资金:", r.text(r.where().fundsRows().get(2), 1));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void lineBreaks_breakHeadersAndJoinFundsUnit(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, "03-putuo-sports-settlement", Layout.LINE_BREAKS)) {
            int header = r.where().indicatorHeaderRow();
            assertEquals("年度\n指标值", r.text(header, 4));
            assertEquals("实际\n完成值", r.text(header, 5));
            assertEquals("绩\n效\n指\n标", r.text(header, 0));
            int funds = r.where().fundsHeaderRow();
            assertEquals("项目\n资金\n（元）", r.text(funds, 0));
            assertEquals(r.where().fundsRows().get(3).intValue(),
                    Sheets.mergedAt(r.sheet(), funds, 0).orElseThrow().getLastRow());
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void traditional_labelsInTraditionalCharacters(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.TRADITIONAL)) {
            assertEquals("項目名稱", r.text(r.where().projectRow(), 0));
            assertEquals("實施單位", r.text(r.where().departmentRow(), 5));
            assertEquals("項目資金", r.text(r.where().fundsHeaderRow(), 0));
            assertEquals("（萬元）", r.text(r.where().fundsHeaderRow() + 1, 0));
            assertEquals("年度資金總額", r.text(r.where().fundsRows().get(0), 1));
            assertEquals("偏差原因分析及改進措施", r.text(r.where().indicatorHeaderRow(), 8));
            assertEquals("總分", r.text(r.where().totalRow(), 0));
            assertEquals("2023年度項目支出績效自評表", r.text(0, 0));
            assertEquals("困难职工送温暖", r.text(r.where().projectRow(), 2), "data stays as written");
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void moved_tableStartsAtC5_withClutterBefore(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, "09-suixi-temporary-relief-PARTIAL", Layout.MOVED)) {
            assertEquals("附件2", r.text(0, 0));
            assertEquals(4, r.where().titleRow());
            assertEquals(2, r.where().columns().block());
            assertEquals("项目名称", r.text(6, 2));
            assertEquals("临时救助", r.text(6, 4));
            assertEquals("", r.text(6, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void noTitle_tableStartsWithProjectRow(WorkbookFormat format) throws Exception {
        try (Reopened r = Reopened.render(dir, format, SEED, Layout.NO_TITLE)) {
            assertEquals(-1, r.where().titleRow());
            assertEquals(0, r.where().projectRow());
            assertEquals("项目名称", r.text(0, 0));
            assertEquals(5, r.where().fundsRows().get(1));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void combined_spacedOnceMovedFormulas_renderTogether(WorkbookFormat format) throws Exception {
        Layout layout = Layout.MOVED.plus(Layout.SPACED_LABELS).plus(Layout.ONCE_CATEGORIES)
                .plus(Layout.FORMULAS).plus(Layout.TRADITIONAL);
        try (Reopened r = Reopened.render(dir, format, SEED, layout)) {
            assertEquals("項　目　名　稱", r.text(r.where().projectRow(), 2));
            int total = r.where().totalRow();
            Cell score = Sheets.cell(r.sheet(), total, r.where().columns().score());
            assertEquals(CellType.NUMERIC, score.getCellType(), "the seed's 100 is not the sum 110: no formula");
            assertEquals(100.0, score.getNumericCellValue());
            Cell rate = Sheets.cell(r.sheet(), r.where().fundsRows().get(0), r.where().columns().fundsRate());
            assertEquals(CellType.FORMULA, rate.getCellType());
            int second = r.where().indicatorRows().get(WORKERS + 1);
            assertEquals("", r.text(second, r.where().columns().level1()));
        }
    }

    @ParameterizedTest
    @EnumSource(WorkbookFormat.class)
    void twoForms_onOneWorkbook_shareStylesAndKeepTheirNames(WorkbookFormat format) throws Exception {
        Path file = dir.resolve("two." + format.extension());
        try (var workbook = format.newWorkbook()) {
            var builder = new FormWorkbookBuilder(workbook);
            builder.render("甲", FormSpecs.seed(), Layout.OFFICIAL);
            builder.render("乙", FormSpecs.load("03-putuo-sports-settlement"), Layout.OFFICIAL);
            int styles = workbook.getNumCellStyles();
            builder.render("丙", FormSpecs.seed(), Layout.OFFICIAL);
            assertEquals(styles, workbook.getNumCellStyles(), "a form drawn again reuses the styles");
            WorkbookFormat.save(workbook, file);
        }
        try (var workbook = Sheets.open(file)) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("困难职工送温暖", Sheets.text(workbook.getSheet("甲"), 2, 2));
            assertEquals("普陀体育中心与委托运营方结算费用", Sheets.text(workbook.getSheet("乙"), 2, 2));
        }
    }

    private static void assertNumber(Reopened r, int row, int col, double expected) {
        Cell cell = Sheets.cell(r.sheet(), row, col);
        assertEquals(CellType.NUMERIC, cell.getCellType(), RenderedForm.address(row, col));
        assertEquals(expected, cell.getNumericCellValue(), 1e-9, RenderedForm.address(row, col));
    }
}
