package org.selfeval.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void plus_combinesTheDeparturesOfBoth() {
        Layout layout = Layout.MOVED.plus(Layout.NUMBERS_AS_TEXT).plus(Layout.ONCE_CATEGORIES);
        assertEquals("MOVED+NUMBERS_AS_TEXT+ONCE_CATEGORIES", layout.name());
        assertEquals(4, layout.originRow());
        assertEquals(2, layout.originCol());
        assertTrue(layout.clutter());
        assertTrue(layout.numbersAsText());
        assertEquals(Layout.Categories.ONCE, layout.categories());
        assertTrue(layout.title());
        assertFalse(layout.formulas());
    }

    @Test
    void plus_officialChangesNothing() {
        Layout spaced = Layout.SPACED_LABELS.plus(Layout.OFFICIAL);
        assertEquals(Layout.SPACED_LABELS.named(spaced.name()), spaced);
        assertFalse(Layout.NO_TITLE.plus(Layout.OFFICIAL).title());
    }

    @Test
    void presets_eachDifferFromOfficial() {
        assertEquals(12, Layout.PRESETS.size());
        for (Layout preset : Layout.PRESETS.subList(1, Layout.PRESETS.size())) {
            assertFalse(preset.named("OFFICIAL").equals(Layout.OFFICIAL), preset.name());
        }
    }

    @Test
    void negativeOrigin_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Layout.OFFICIAL.withOrigin(-1, 0));
    }
}
