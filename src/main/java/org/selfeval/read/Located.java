package org.selfeval.read;

/**
 * A part of a form as located: its value (null when the part could not be read) and the label that announced
 * it (null when no label of the part was seen at all).
 */
record Located<T>(T value, Label anchor, String missing) {

    Located(T value, Label anchor) {
        this(value, anchor, null);
    }

    static <T> Located<T> absent() {
        return new Located<>(null, null);
    }

    /** The part's label was seen, but not what the part needs: {@code missing} says what, in Chinese. */
    static <T> Located<T> incomplete(Label anchor, String missing) {
        return new Located<>(null, anchor, missing);
    }

    boolean seen() {
        return anchor != null;
    }
}
