package org.selfeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellAddressTest {
    @Test
    void formatsA1() {
        assertEquals("A1", CellAddress.of(0, 0));
        assertEquals("H18", CellAddress.of(17, 7));
        assertEquals("Z3", CellAddress.of(2, 25));
        assertEquals("AA10", CellAddress.of(9, 26));
        assertEquals("AZ1", CellAddress.of(0, 51));
    }
}
