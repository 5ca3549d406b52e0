package org.selfeval.template;

/**
 * How a form is drawn onto a sheet: the national template and the variations real submissions show
 * (RULES.md §1). Immutable; presets combine with {@link #plus(Layout)} or the {@code with…} methods.
 *
 * @param name          a short description, e.g. {@code SPACED_LABELS+ONCE_CATEGORIES}
 * @param originRow     0-based sheet row of the first table row (the title when there is one)
 * @param originCol     0-based sheet column of the table's first column
 * @param clutter       write unrelated text in the rows and columns before the table (an 附件 line, a margin note)
 * @param title         draw the title line and the （年度） line
 * @param spacedLabels  labels with spaces (绩 效 指 标), full-width spaces (项　目　名　称) and a trailing colon (年度资金总额:)
 * @param lineBreaks    labels broken over lines (年度\n指标值, 项目资金\n（万元） in one cell)
 * @param traditional   labels in traditional characters
 * @param categories    how 一级/二级指标 labels cover their rows
 * @param numbersAsText numbers and percentages stored as text ("64", "100%")
 * @param splitTarget   年度指标值 split into 指标性质 | 指标值 | 度量单位
 * @param otherProvince another province's wording (调整后预算数, 权重, 完成值, 合计 …) and 分值 before 年度指标值
 * @param formulas      执行率 as executed/annual, the 总分 row as SUM formulas (cached values evaluated)
 */
public record Layout(String name, int originRow, int originCol, boolean clutter, boolean title,
                     boolean spacedLabels, boolean lineBreaks, boolean traditional, Categories categories,
                     boolean numbersAsText, boolean splitTarget, boolean otherProvince, boolean formulas) {

    /** How a category label (一级/二级指标) covers the indicator rows under it. */
    public enum Categories {
        /** one cell merged down over its rows */
        MERGED,
        /** repeated on every row */
        REPEATED,
        /** written on the first row, blank below, not merged */
        ONCE
    }

    public static final Layout OFFICIAL = new Layout("OFFICIAL", 0, 0, false, true, false, false, false,
            Categories.MERGED, false, false, false, false);
    public static final Layout MOVED = OFFICIAL.withOrigin(4, 2).withClutter(true).named("MOVED");
    public static final Layout NO_TITLE = OFFICIAL.withTitle(false).named("NO_TITLE");
    public static final Layout SPACED_LABELS = OFFICIAL.withSpacedLabels(true).named("SPACED_LABELS");
    public static final Layout LINE_BREAKS = OFFICIAL.withLineBreaks(true).named("LINE_BREAKS");
    public static final Layout REPEATED_CATEGORIES = OFFICIAL.withCategories(Categories.REPEATED)
            .named("REPEATED_CATEGORIES");
    public static final Layout ONCE_CATEGORIES = OFFICIAL.withCategories(Categories.ONCE).named("ONCE_CATEGORIES");
    public static final Layout NUMBERS_AS_TEXT = OFFICIAL.withNumbersAsText(true).named("NUMBERS_AS_TEXT");
    public static final Layout SPLIT_TARGET = OFFICIAL.withSplitTarget(true).named("SPLIT_TARGET");
    public static final Layout OTHER_PROVINCE = OFFICIAL.withOtherProvince(true).named("OTHER_PROVINCE");
    public static final Layout FORMULAS = OFFICIAL.withFormulas(true).named("FORMULAS");
    public static final Layout TRADITIONAL = OFFICIAL.withTraditional(true).named("TRADITIONAL");

    /** Every named preset, OFFICIAL first. */
    public static final java.util.List<Layout> PRESETS = java.util.List.of(OFFICIAL, MOVED, NO_TITLE,
            SPACED_LABELS, LINE_BREAKS, REPEATED_CATEGORIES, ONCE_CATEGORIES, NUMBERS_AS_TEXT, SPLIT_TARGET,
            OTHER_PROVINCE, FORMULAS, TRADITIONAL);

    public Layout {
        java.util.Objects.requireNonNull(name);
        java.util.Objects.requireNonNull(categories);
        if (originRow < 0 || originCol < 0) {
            throw new IllegalArgumentException("origin must not be negative: " + originRow + "," + originCol);
        }
    }

    /** This layout with every option in which {@code other} departs from OFFICIAL taken from {@code other}. */
    public Layout plus(Layout other) {
        Layout o = OFFICIAL;
        boolean moved = other.originRow != o.originRow || other.originCol != o.originCol;
        return new Layout(name + "+" + other.name,
                moved ? other.originRow : originRow,
                moved ? other.originCol : originCol,
                clutter || other.clutter,
                title && other.title,
                spacedLabels || other.spacedLabels,
                lineBreaks || other.lineBreaks,
                traditional || other.traditional,
                other.categories != o.categories ? other.categories : categories,
                numbersAsText || other.numbersAsText,
                splitTarget || other.splitTarget,
                otherProvince || other.otherProvince,
                formulas || other.formulas);
    }

    public Layout named(String newName) {
        return new Layout(newName, originRow, originCol, clutter, title, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withOrigin(int row, int col) {
        return new Layout(name, row, col, clutter, title, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withClutter(boolean on) {
        return new Layout(name, originRow, originCol, on, title, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withTitle(boolean on) {
        return new Layout(name, originRow, originCol, clutter, on, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withSpacedLabels(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, on, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withLineBreaks(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, on, traditional,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withTraditional(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, lineBreaks, on,
                categories, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withCategories(Categories style) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, lineBreaks, traditional,
                style, numbersAsText, splitTarget, otherProvince, formulas);
    }

    public Layout withNumbersAsText(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, lineBreaks, traditional,
                categories, on, splitTarget, otherProvince, formulas);
    }

    public Layout withSplitTarget(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, on, otherProvince, formulas);
    }

    public Layout withOtherProvince(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, on, formulas);
    }

    public Layout withFormulas(boolean on) {
        return new Layout(name, originRow, originCol, clutter, title, spacedLabels, lineBreaks, traditional,
                categories, numbersAsText, splitTarget, otherProvince, on);
    }
}
