package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rnnworkbench.model.conf.Activation;

class ScalarActivationsTest {
    @Test
    void expIsAccurateToSinglePrecisionOverItsRange() {
        double worst = 0;
        for (float x = -87f; x <= 88f; x += 0.001f) {
            double exact = Math.exp(x);
            worst = Math.max(worst, Math.abs(ScalarActivations.exp(x) - exact) / exact);
        }
        assertTrue(worst < 5e-7, "worst relative error " + worst);
        assertEquals(Float.POSITIVE_INFINITY, ScalarActivations.exp(100f));
        assertEquals(0f, ScalarActivations.exp(-100f));
    }

    @Test
    void tanhAndSigmoidAgreeWithTheirDefinitions() {
        for (float x = -20f; x <= 20f; x += 0.01f) {
            assertEquals(Math.tanh(x), ScalarActivations.apply(Activation.TANH, x), 3e-7);
            assertEquals(1 / (1 + Math.exp(-x)), ScalarActivations.apply(Activation.SIGMOID, x), 3e-7);
        }
        assertEquals(1f, ScalarActivations.apply(Activation.TANH, 1000f));
        assertEquals(-1f, ScalarActivations.apply(Activation.TANH, -1000f));
        assertEquals(0f, ScalarActivations.apply(Activation.SIGMOID, -1000f));
    }
}
