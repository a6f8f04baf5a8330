package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.rnnworkbench.model.conf.Activation;

/**
 * The array activations against the scalar ones the fused kernels were first verified with: the plain loops and
 * the Vector API ones alike must give the same float, bit for bit, over a sweep that includes the rounding ties
 * of {@code exp}'s range reduction, its cut-offs, the infinities and NaN.
 */
class FloatActivationsTest {
    private static final FloatActivations SCALAR = new FloatActivations();
    private static final FloatActivations VECTOR = new VectorActivations();

    /** A sweep over [-100, 100], the cut-offs and their neighbours, and the special values; a length with a remainder. */
    private static float[] inputs() {
        float[] specials = {0f, -0f, 1e-30f, -1e-30f, Float.MIN_VALUE, 88f, Math.nextUp(88f), Math.nextDown(88f),
            -87f, Math.nextUp(-87f), Math.nextDown(-87f), 44f, -43.5f, 43.6f, Float.MAX_VALUE, -Float.MAX_VALUE,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 0.34657359f, -0.34657359f, 1000f, -1000f};
        int sweep = 200_001;
        float[] x = Arrays.copyOf(specials, specials.length + sweep);
        for (int i = 0; i < sweep; i++) {
            x[specials.length + i] = -100f + i * 0.001f;
        }
        return x;
    }

    @Test
    void theVectorImplementationIsChosenWhenTheModuleIsPresent() {
        // The build starts test JVMs with --add-modules jdk.incubator.vector, as the launch scripts start the engine.
        assertTrue(ModuleLayer.boot().findModule(FloatActivations.VECTOR_MODULE).isPresent(),
                "the test JVM should have the Vector API module");
        assertInstanceOf(WarmingActivations.class, FloatActivations.best());
        assertTrue(FloatActivations.best().describe().startsWith("vector"));
    }

    @Test
    void theWarmUpEndsWithTheVectorLoopsInUse() throws InterruptedException {
        WarmingActivations warming = new WarmingActivations(new VectorActivations());
        float[] x = inputs();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!warming.isWarm() && System.nanoTime() < deadline) {
            // Used while it warms up: the plain loops, the same floats.
            float[] y = Arrays.copyOf(x, 1000);
            warming.apply(Activation.TANH, y, 0, y.length);
            assertSame("tanh while warming up", Arrays.copyOf(x, 1000), y,
                    v -> ScalarActivations.apply(Activation.TANH, v));
            Thread.sleep(10);
        }
        assertTrue(warming.isWarm(), "warm within two minutes");
        float[] y = x.clone();
        warming.apply(Activation.SIGMOID, y, 0, y.length);
        assertSame("sigmoid when warm", x, y, v -> ScalarActivations.apply(Activation.SIGMOID, v));
    }

    @Test
    void plainLoopsAreExactlyTheScalarFunctions() {
        float[] x = inputs();
        for (Activation a : new Activation[] {Activation.TANH, Activation.SIGMOID, Activation.HARDSIGMOID,
            Activation.RELU, Activation.SOFTSIGN, Activation.IDENTITY}) {
            float[] y = x.clone();
            SCALAR.apply(a, y, 0, y.length);
            for (int i = 0; i < x.length; i++) {
                assertEquals(ScalarActivations.apply(a, x[i]), y[i], 0f, a + " at " + x[i]);
            }
            float[] d = new float[y.length];
            FloatActivations.derivativeFromOutput(a, y, d, y.length);
            for (int i = 0; i < y.length; i++) {
                assertEquals(ScalarActivations.derivativeFromOutput(a, y[i]), d[i], 0f, a + "' at " + y[i]);
            }
        }
    }

    @Test
    void vectorExpIsTheScalarExp() {
        float[] x = inputs();
        float[] y = x.clone();
        VECTOR.exp(y, 0, y.length);
        assertSame("exp", x, y, ScalarActivations::exp);
        float[] offset = Arrays.copyOf(x, 37);
        VECTOR.exp(offset, 3, 30);
        assertSame("exp from an offset", Arrays.copyOfRange(x, 3, 33), Arrays.copyOfRange(offset, 3, 33),
                ScalarActivations::exp);
        assertEquals(x[0], offset[0], "left alone before the range");
        assertEquals(x[36], offset[36], "left alone after the range");
    }

    @Test
    void vectorTanhAndSigmoidAreTheScalarOnes() {
        float[] x = inputs();
        float[] tanh = x.clone();
        VECTOR.apply(Activation.TANH, tanh, 0, tanh.length);
        assertSame("tanh", x, tanh, v -> ScalarActivations.apply(Activation.TANH, v));
        float[] sigmoid = x.clone();
        VECTOR.apply(Activation.SIGMOID, sigmoid, 0, sigmoid.length);
        assertSame("sigmoid", x, sigmoid, v -> ScalarActivations.apply(Activation.SIGMOID, v));
    }

    @Test
    void extremesAndNaN() {
        float[] x = {Float.NaN, 100f, -100f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1f, 1f, 1f, 1f, 1f,
            1f, 1f, 1f, 1f, 1f, 1f, 1f, Float.NaN};
        float[] e = x.clone();
        VECTOR.exp(e, 0, e.length);
        assertTrue(Float.isNaN(e[0]) && Float.isNaN(e[17]), "NaN stays NaN");
        assertEquals(Float.POSITIVE_INFINITY, e[1]);
        assertEquals(0f, e[2]);
        assertEquals(Float.POSITIVE_INFINITY, e[3]);
        assertEquals(0f, e[4]);
        float[] t = x.clone();
        VECTOR.apply(Activation.TANH, t, 0, t.length);
        assertTrue(Float.isNaN(t[0]) && Float.isNaN(t[17]), "tanh NaN stays NaN");
        assertEquals(1f, t[1]);
        assertEquals(-1f, t[2]);
        float[] s = x.clone();
        VECTOR.apply(Activation.SIGMOID, s, 0, s.length);
        assertTrue(Float.isNaN(s[0]) && Float.isNaN(s[17]), "sigmoid NaN stays NaN");
        assertEquals(1f, s[1]);
        assertEquals(0f, s[2]);
    }

    /** Equal as floats (NaN equals NaN; 0 and -0 are told apart). */
    private static void assertSame(String what, float[] x, float[] actual, UnaryOperator<Float> scalar) {
        for (int i = 0; i < x.length; i++) {
            assertEquals(scalar.apply(x[i]), actual[i], what + " at " + x[i]);
        }
    }
}
