package org.selfeval.model;

/**
 * The stable finding codes of RULES.md §7, each with its severity and the short Chinese name (问题类型) a clerk
 * reads beside the message. The code is for machines (report.json, the rules file); the name is for people.
 */
public enum FindingCode {
    FORM_NOT_FOUND(Severity.ERROR, "未识别出自评表"),
    HEADER_FIELD_MISSING(Severity.ERROR, "表头信息未填"),
    FUNDS_MISSING(Severity.ERROR, "缺少预算资金"),
    FUNDS_BREAKDOWN_MISMATCH(Severity.ERROR, "资金分项合计不符"),
    FUNDS_TOTAL_FROM_PARTS(Severity.WARNING, "资金总额由分项推算"),
    OVER_EXECUTION(Severity.WARNING, "执行率超过100%"),
    LOW_EXECUTION(Severity.WARNING, "执行率偏低"),
    TARGET_MISSING(Severity.ERROR, "指标值未填"),
    ACTUAL_MISSING(Severity.ERROR, "实际完成值未填"),
    WEIGHT_MISSING(Severity.ERROR, "分值未填"),
    TARGET_IN_NAME(Severity.WARNING, "指标值写在指标名称中"),
    UNIT_MISMATCH(Severity.ERROR, "计量单位不一致"),
    ACTUAL_NOT_QUANTIFIED(Severity.WARNING, "完成值未量化"),
    APPROXIMATE_FIGURE(Severity.INFO, "数值为约数"),
    QUALITATIVE_NEEDS_REVIEW(Severity.WARNING, "定性指标需人工复核"),
    SCORE_NEEDS_REVIEW(Severity.WARNING, "得分需人工复核"),
    SELF_SCORE_OUT_OF_BAND(Severity.WARNING, "自评得分超出档次"),
    SELF_SCORE_CHANGED(Severity.WARNING, "得分已更正"),
    SELF_TOTAL_CHANGED(Severity.WARNING, "总分已更正"),
    WEIGHT_TOTAL_NOT_100(Severity.ERROR, "分值合计不为100"),
    CATEGORY_WEIGHT_MISMATCH(Severity.ERROR, "一级指标分值不符"),
    CATEGORY_WEIGHTS_UNUSUAL(Severity.WARNING, "分值结构非常规"),
    CATEGORY_MISSING(Severity.WARNING, "缺少指标类别"),
    DEVIATION_ANALYSIS_MISSING(Severity.ERROR, "未说明偏差原因"),
    FUNDS_REASON_MISSING(Severity.ERROR, "未说明预算执行原因"),
    FORMULA_ERROR(Severity.ERROR, "公式错误"),
    TEMPLATE_TEXT_LEFT(Severity.WARNING, "保留了模板说明文字"),
    STATUS_CONTRADICTS_FIGURES(Severity.WARNING, "完成情况与数据矛盾"),
    REPORT_TOTAL_MISMATCH(Severity.ERROR, "报告得分与自评表不符"),
    REPORT_GRADE_MISMATCH(Severity.ERROR, "报告等级与自评表不符"),
    REPORT_AMOUNT_MISMATCH(Severity.ERROR, "报告金额与自评表不符"),
    LIST_FORM_MISMATCH(Severity.WARNING, "项目清单与自评表不符");

    private final Severity severity;
    private final String chineseName;

    FindingCode(Severity severity, String chineseName) {
        this.severity = severity;
        this.chineseName = chineseName;
    }

    public Severity severity() {
        return severity;
    }

    /** The short Chinese name of this kind of problem (问题类型), e.g. 分值合计不为100. */
    public String chineseName() {
        return chineseName;
    }
}
