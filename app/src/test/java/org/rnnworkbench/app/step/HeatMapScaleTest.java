package org.rnnworkbench.app.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapScaleTest {
    @Test
    void memoryCellsAreScaledUnitByUnitAndActivationsTogether() {
        float[][] values = {{0.5f, -2f}, {30f, 10f}};
        HeatMap cells = new HeatMap(values, List.of("a", "b"), 0, 30f, true);
        assertEquals(2f, cells.scale(0), "a small unit keeps its own range, not the largest unit's");
        assertEquals(30f, cells.scale(1));
        HeatMap activations = new HeatMap(values, List.of("a", "b"), 0, 30f, false);
        assertEquals(30f, activations.scale(0));
    }
}
