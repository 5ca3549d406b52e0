package org.selfeval.testing;

import org.selfeval.model.Category;
import org.selfeval.read.Categories;
import org.selfeval.read.Vocabulary;

/** The category the reader gives a row with these labels (built-in words), for forms built by hand in tests. */
public final class Categorised {
    private Categorised() {
    }

    public static Category of(String level1, String level2) {
        return Categories.of(Vocabulary.builtIn(), level1, level2);
    }
}
