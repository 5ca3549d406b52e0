package org.selfeval.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.model.Family;
import org.selfeval.model.Form;
import org.selfeval.value.Amounts;

/**
 * LAYOUTS.md E, 宁夏 自治区专项 as forms/23 prints it: the header (项目总得分 first, 项目实施单位/项目负责人 in one cell,
 * 自治区主管部门 above 市县主管部门, 专项实施期 and 市县财政部门 left blank), the funds block with `其中` in a cell of its
 * own merged over the three source rows and amounts carrying 万元, 分值 before the target; .xls and .xlsx.
 */
class NingxiaFormTest {

    @ParameterizedTest
    @MethodSource("org.selfeval.read.Formats#both")
    void header_funds_andTable_asTheTemplatePrintsThem(Supplier<Workbook> format) throws IOException {
        Form form = Formats.firstForm(format, s -> {
            s.row(0, 0, "马铃薯种薯繁育示范推广项目绩效目标自评表(2022年度)");
            s.row(1, 0, "项目总得分", "99分");
            s.row(2, 0, "项目名称", "马铃薯种薯繁育示范推广项目");
            s.row(3, 0, "项目实施单位/项目负责人", "原州区农技中心/杨勃兴", null, null, "专项实施期");
            s.row(4, 0, "自治区主管部门", "农业农村厅", null, null, "市县主管部门", "原州区农业农村局");
            s.row(5, 0, "市县财政部门", null, null, null, "填报人", "王某");
            s.row(6, 0, "资金情况(万元)", null, null, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)");
            s.row(7, 1, "年度资金总额", null, "300", "259.45", "86.5%");
            s.merge(7, 7, 1, 2);
            s.row(8, 1, "其中", "中央补助");
            s.row(9, 2, "自治区补助", "300万元", "259.45万元", "86.5%");
            s.row(10, 2, "市县资金");
            s.merge(8, 10, 1, 1);
            s.row(11, 0, "年度总体目标", "预期目标", null, null, "实际完成情况");
            s.row(12, 1, "繁育种薯", null, null, "已繁育");
            s.row(13, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
                    "未完成原因及改进措施");
            s.row(14, 1, "产出指标(40分)", "数量指标", "指标1免费发放原原种", 40, "550万粒", "550万粒", 40);
            s.row(15, 1, "效益指标(40分)", "社会效益指标", "推广面积比例", 40, "80%", "80%", 40);
            s.row(16, 1, "满意度指标(20分)", "服务对象满意度", "种植农户满意度", 20, "≥90%", "95%", 19);
        });
        assertEquals(Family.NINGXIA, form.family());
        Form.Header h = form.header();
        assertEquals("原州区农业农村局", h.department().text(), "主管部门 is the 市县主管部门");
        assertEquals("农业农村厅", h.upperDepartment().text());
        assertEquals("原州区农技中心", h.unit().text(), "the part before the slash");
        assertEquals("B4", h.unit().address());
        assertEquals(99.0, Amounts.orNull(h.total()), "99分 reads 99");
        assertEquals(2022, h.year());

        Form.Funds funds = form.funds();
        assertEquals("万元", funds.amountUnit());
        assertEquals("年度资金总额", funds.total().label());
        assertEquals(300.0, Amounts.orNull(funds.total().annual()));
        assertEquals(List.of("中央补助", "自治区补助", "市县资金"), funds.sources().stream().map(Form.FundsRow::label)
                .toList(), "其中 in its own cell is no row");
        assertEquals(259.45, Amounts.orNull(funds.sources().get(1).executed()), "259.45万元 reads 259.45");
        assertEquals(null, funds.total().weight());
        assertEquals(null, funds.total().score());

        List<Form.IndicatorRow> rows = form.indicators();
        assertEquals(List.of(40.0, 40.0, 20.0), rows.stream().map(r -> r.weight().number()).toList(),
                "分值 before the target");
        assertEquals(List.of("550万粒", "80%", "≥90%"), rows.stream().map(r -> r.target().text()).toList());
        assertTrue(form.readFindings().isEmpty(), form.readFindings().toString());
    }
}
