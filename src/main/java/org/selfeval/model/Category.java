package org.selfeval.model;

/**
 * The three 一级指标 categories whose weights RULES.md §5 checks (产出 / 效益 / 满意度). Which words on a form name
 * each one is data, read by the reader (the {@code category.*} words of the layouts file).
 */
public enum Category {
    OUTPUT("产出"), BENEFIT("效益"), SATISFACTION("满意度");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The category's Chinese name in messages: 产出, 效益, 满意度. */
    public String label() {
        return label;
    }
}
