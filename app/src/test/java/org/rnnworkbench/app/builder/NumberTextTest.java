package org.rnnworkbench.app.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void readsWhatPeopleType() {
        assertEquals(200, NumberText.parseInt(" 200 ").getAsInt());
        assertTrue(NumberText.parseInt("2e2").isEmpty());
        assertEquals(0.005, NumberText.parseDouble("5e-3").getAsDouble());
        assertEquals(0.5, NumberText.parseDouble("0,5").getAsDouble());
        assertTrue(NumberText.parseDouble("abc").isEmpty());
        assertTrue(NumberText.parseDouble("NaN").isEmpty());
        assertEquals(7L, NumberText.parseLong("7").getAsLong());
    }

    @Test
    void formatsWithoutNoise() {
        assertEquals("1", NumberText.format(1.0));
        assertEquals("0.005", NumberText.format(0.005));
        assertEquals("0.95", NumberText.format(0.95));
        assertEquals("1.0E-8", NumberText.format(1e-8));
    }
}
