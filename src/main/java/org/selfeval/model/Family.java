package org.selfeval.model;

/**
 * The template family a form follows (LAYOUTS.md, rule 1), told apart by the labels only that family uses;
 * report.json names it ({@code layout}) and 汇总.xlsx shows it.
 */
public enum Family {
    /** A: the national / Anhui 项目支出绩效自评表, and every form no other family claims. */
    NATIONAL("national", "全国通用"),
    /** B: 四川 部门预算项目支出绩效自评表 (报表编号 510000_0013zp). */
    SICHUAN_0013ZP("sichuan-0013zp", "四川0013zp"),
    /** C: 河北 预算项目绩效自评表, four sections, 权重占比 and 折算得分. */
    HEBEI("hebei", "河北"),
    /** D: 重庆 部门整体绩效自评表, the total in the header, a flat indicator list. */
    CHONGQING_DEPT("chongqing-dept", "重庆部门整体"),
    /** E: 宁夏 自治区专项 绩效目标自评表, the funds not scored. */
    NINGXIA("ningxia", "宁夏"),
    /** F: the 20/80 family (云南, 湖北省直 / 市直 / 区直). */
    TWENTY_EIGHTY("20-80", "20/80"),
    /** G: forms with no scores at all: checked, not scored. */
    UNSCORED("unscored", "不评分");

    private final String id;
    private final String chinese;

    Family(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    /** The stable name in report.json: {@code national}, {@code sichuan-0013zp} … */
    public String id() {
        return id;
    }

    /** The short Chinese name shown to people (汇总.xlsx). */
    public String chinese() {
        return chinese;
    }
}
