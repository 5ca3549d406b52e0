package org.selfeval.template;

/**
 * The fixed words of the form, with the national wording, another province's wording and how each is
 * spaced when a layout spaces its labels. {@link Labels} turns one into the text a layout writes.
 */
public enum Label {
    PROJECT("项目名称", "项目名称", Spacing.FULL_WIDTH),
    /** The 部门整体支出 variant's only header label, in place of 项目名称 / 主管部门 / 实施单位. */
    DEPARTMENT_OVERALL("部门", "部门", Spacing.FULL_WIDTH),
    DEPARTMENT("主管部门", "主管部门", Spacing.COLON),
    UNIT("实施单位", "实施单位", Spacing.COLON),
    FUNDS("项目资金", "项目资金", Spacing.ASCII),
    INITIAL("年初预算数", "年初预算数", Spacing.NONE),
    ANNUAL("全年预算数", "调整后预算数", Spacing.NONE),
    EXECUTED("全年执行数", "预算执行数", Spacing.NONE),
    FUNDS_WEIGHT("分值", "权重", Spacing.FULL_WIDTH),
    RATE("执行率", "预算执行率", Spacing.NONE),
    FUNDS_SCORE("得分", "得分", Spacing.FULL_WIDTH),
    GOALS("年度总体目标", "年度总体目标", Spacing.NONE),
    EXPECTED("预期目标", "预期目标", Spacing.NONE),
    ACHIEVED("实际完成情况", "实际完成情况", Spacing.NONE),
    INDICATORS("绩效指标", "绩效指标", Spacing.ASCII),
    LEVEL1("一级指标", "一级指标", Spacing.NONE),
    LEVEL2("二级指标", "二级指标", Spacing.NONE),
    LEVEL3("三级指标", "三级指标", Spacing.NONE),
    TARGET("年度指标值", "年度指标值", Spacing.NONE),
    NATURE("指标性质", "指标性质", Spacing.NONE),
    TARGET_VALUE("指标值", "指标值", Spacing.NONE),
    MEASURE_UNIT("度量单位", "度量单位", Spacing.NONE),
    ACTUAL("实际完成值", "完成值", Spacing.NONE),
    WEIGHT("分值", "权重", Spacing.FULL_WIDTH),
    SCORE("得分", "得分", Spacing.FULL_WIDTH),
    DEVIATION("偏差原因分析及改进措施", "未完成原因分析", Spacing.NONE),
    TOTAL("总分", "合计", Spacing.FULL_WIDTH),
    // 河北 预算项目绩效自评表 (LAYOUTS.md C), drawn by HebeiDrawing; one wording
    HEBEI_BASICS("一、基本情况", "一、基本情况", Spacing.ASCII),
    HEBEI_FUNDS("二、预算执行情况", "二、预算执行情况", Spacing.ASCII),
    HEBEI_GOALS("三、目标完成情况", "三、目标完成情况", Spacing.ASCII),
    HEBEI_INDICATORS("四、年度绩效指标完成情况", "四、年度绩效指标完成情况", Spacing.ASCII),
    HEBEI_ANNUAL("预算数(调整后)", "预算数(调整后)", Spacing.NONE),
    HEBEI_RECEIVED("到位数", "到位数", Spacing.FULL_WIDTH),
    HEBEI_EXECUTED("执行数", "执行数", Spacing.FULL_WIDTH),
    HEBEI_RATE("预算执行进度(%)", "预算执行进度(%)", Spacing.NONE),
    HEBEI_GOAL_RATE("总体完成率(%)", "总体完成率(%)", Spacing.NONE),
    HEBEI_EXPLANATION("指标解释", "指标解释", Spacing.NONE),
    HEBEI_TARGET("预期指标值", "预期指标值", Spacing.NONE),
    HEBEI_SIGN("符号", "符号", Spacing.FULL_WIDTH),
    HEBEI_NUMBER("数值", "数值", Spacing.FULL_WIDTH),
    HEBEI_UNIT("单位(文字描述)", "单位(文字描述)", Spacing.NONE),
    HEBEI_ACTUAL("单项指标实际完成值", "单项指标实际完成值", Spacing.NONE),
    HEBEI_STATUS("单项指标完成情况", "单项指标完成情况", Spacing.NONE),
    HEBEI_POINTS("单项指标得分", "单项指标得分", Spacing.NONE),
    HEBEI_SHARE("权重占比(%)", "权重占比(%)", Spacing.NONE),
    HEBEI_CONVERTED("单项指标折算得分", "单项指标折算得分", Spacing.NONE),
    HEBEI_TOTAL("合计", "合计", Spacing.FULL_WIDTH);

    /** How a label looks in a layout with spaced labels. */
    enum Spacing {
        /** unchanged */
        NONE,
        /** an ASCII space between characters: 绩 效 指 标 */
        ASCII,
        /** a full-width space between characters: 项　目　名　称 */
        FULL_WIDTH,
        /** a trailing full-width colon: 主管部门： */
        COLON
    }

    private final String national;
    private final String otherProvince;
    private final Spacing spacing;

    Label(String national, String otherProvince, Spacing spacing) {
        this.national = national;
        this.otherProvince = otherProvince;
        this.spacing = spacing;
    }

    /** The wording of the national template (财预〔2020〕10号). */
    public String national() {
        return national;
    }

    /** The wording of the other-province template. */
    public String otherProvince() {
        return otherProvince;
    }

    Spacing spacing() {
        return spacing;
    }
}
