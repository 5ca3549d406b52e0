package org.selfeval.value;

/** How a figure is meant: the comparator written before or after it. */
public enum Comparison {
    AT_LEAST("≥"), MORE_THAN(">"), AT_MOST("≤"), LESS_THAN("<"), EQUAL("="), BARE("");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** More is better (at least, more than). */
    public boolean isLowerBound() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /** Less is better (at most, less than). */
    public boolean isUpperBound() {
        return this == AT_MOST || this == LESS_THAN;
    }
}
