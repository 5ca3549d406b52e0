package org.selfeval.read;

/**
 * A part of a form as located: its value (null when the part could not be read) and the label that announced
 * it (null when no label of the part was seen at all).
 */
record Located<T>(T value, Label anchor) {

    static <T> Located<T> absent() {
        return new Located<>(null, null);
    }

    boolean seen() {
        return anchor != null;
    }
}
