package org.rnnworkbench.app.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.app.ui.PlotLine;
import org.rnnworkbench.model.data.SequenceDataSet;

/** Per-example results read from hand-made minibatches and outputs, without a network or a stage. */
class ExampleCollectorTest {
    private static INDArray array(float[] values, long... shape) {
        return Nd4j.create(values, shape, 'c');
    }

    /**
     * Three examples of 1 input and 2 classes over 4 steps, padded at the start (ALIGN_END), the label at the
     * last step: lengths 3, 4 and 2; classes 1, 1, 0.
     */
    private static SequenceDataSet manyToOne() {
        float[] x = {0, 1, 2, 3, 10, 11, 12, 13, 0, 0, 22, 23};
        float[] y = {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0};
        float[] fm = {0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1};
        float[] lm = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1};
        return new SequenceDataSet(array(x, 3, 1, 4), array(y, 3, 2, 4), array(fm, 3, 4), array(lm, 3, 4));
    }

    /** Outputs at the last step: example 0 says class 0 at 0.9 (wrong), 1 says class 1 (right), 2 says 1 at 0.6. */
    private static INDArray outputs() {
        float[] o = {
            0.5f, 0.6f, 0.7f, 0.9f, 0.5f, 0.4f, 0.3f, 0.1f,
            0.5f, 0.5f, 0.4f, 0.3f, 0.5f, 0.5f, 0.6f, 0.7f,
            0, 0, 0.5f, 0.4f, 0, 0, 0.5f, 0.6f};
        return array(o, 3, 2, 4);
    }

    @Test
    void manyToOneDataGivesEachExamplesPredictionAtItsLastRealStep() {
        ExampleCollector c = new ExampleCollector(true, List.of("0.csv", "1.csv", "2.csv"));
        c.add(manyToOne(), outputs());
        ExampleResults r = c.result();
        assertTrue(r.isManyToOne());
        assertEquals(3, r.examples());
        assertEquals(List.of(new ExamplePrediction(0, "0.csv", 1, 0, 0.9f, 2),
                new ExamplePrediction(1, "1.csv", 1, 1, 0.7f, 3), new ExamplePrediction(2, "2.csv", 0, 1, 0.6f, 1)),
                r.predictions());
        assertEquals(List.of(0, 2), r.mistakes().stream().map(ExamplePrediction::index).toList(),
                "the most confident mistake first");

        SequenceTrace first = r.trace(0).orElseThrow();
        assertEquals(3, first.steps(), "the padding before the example is cut off");
        assertArrayEquals(new float[] {1, 2, 3}, first.inputs()[0]);
        assertArrayEquals(new float[] {0.6f, 0.7f, 0.9f}, first.outputs()[0]);
        assertArrayEquals(new boolean[] {false, false, true}, first.labelPresent());
    }

    @Test
    void aLabelBeforeTheLastRealStepIsNotManyToOne() {
        // example 1 is aligned at the start: its input ends at step 1, the label sits at step 3
        float[] fm = {0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1};
        SequenceDataSet b = manyToOne();
        SequenceDataSet shifted = new SequenceDataSet(b.features(), b.labels(), array(fm, 3, 4), b.labelsMask());
        ExampleCollector c = new ExampleCollector(true, List.of());
        c.add(shifted, outputs());
        assertFalse(c.result().isManyToOne());
        assertTrue(c.result().predictions().isEmpty());
        assertTrue(c.result().traces().isEmpty(), "a classifier keeps no steps for data that is not many-to-one");
    }

    @Test
    void labelsAtEveryStepAreNotManyToOne() {
        SequenceDataSet b = manyToOne();
        ExampleCollector c = new ExampleCollector(true, List.of());
        c.add(new SequenceDataSet(b.features(), b.labels(), b.featuresMask(), null), outputs());
        assertFalse(c.result().isManyToOne());
    }

    @Test
    void theFirstExamplesAndTheMostConfidentMistakesKeepTheirSteps() {
        int n = ExampleCollector.MAX_TRACES + 2 * ExampleCollector.MISTAKE_TRACES;
        float[] x = new float[n];
        float[] y = new float[n * 2];
        float[] o = new float[n * 2];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i * 2] = 1;
            // every prediction is class 1, wrong, the later ones more confidently
            float confidence = 0.55f + 0.4f * i / n;
            o[i * 2] = 1 - confidence;
            o[i * 2 + 1] = confidence;
        }
        ExampleCollector c = new ExampleCollector(true, List.of());
        c.add(new SequenceDataSet(array(x, n, 1, 1), array(y, n, 2, 1)), array(o, n, 2, 1));
        ExampleResults r = c.result();
        assertTrue(r.isManyToOne(), "one step, labelled: many-to-one");
        assertEquals(n, r.mistakes().size());
        assertEquals(n - 1, r.mistakes().get(0).index());
        assertEquals(ExampleCollector.MAX_TRACES + ExampleCollector.MISTAKE_TRACES, r.traces().size());
        assertTrue(r.trace(ExampleCollector.MAX_TRACES - 1).isPresent(), "the first examples");
        assertFalse(r.trace(ExampleCollector.MAX_TRACES).isPresent(), "a less confident mistake after them");
        assertTrue(r.trace(n - 1).isPresent(), "the most confident mistake");
    }

    @Test
    void aRegressionLineLeavesOutTheStepsWithoutALabel() {
        float[] x = {1, 2, 3, 4, 5};
        float[] y = {10, 20, 30, 40, 50};
        float[] out = {11, 19, 33, 38, 0};
        float[] fm = {1, 1, 1, 1, 0};
        float[] lm = {1, 0, 1, 1, 0};
        ExampleCollector c = new ExampleCollector(false, List.of("a.csv"));
        c.add(new SequenceDataSet(array(x, 1, 1, 5), array(y, 1, 1, 5), array(fm, 1, 5), array(lm, 1, 5)),
                array(out, 1, 1, 5));
        SequenceTrace t = c.result().traces().get(0);
        assertEquals(4, t.steps(), "the padded last step is not part of the sequence");
        List<PlotLine> lines = SequencePlots.predictionVsActual(t, 0);
        assertEquals("actual", lines.get(0).name());
        assertArrayEquals(new double[] {10, Double.NaN, 30, 40}, lines.get(0).ys());
        assertArrayEquals(new double[] {11, Double.NaN, 33, 38}, lines.get(1).ys());
        assertArrayEquals(new double[] {0, 1, 2, 3}, lines.get(0).xs());
    }

    @Test
    void manyClassesShowTheTrueAndPredictedOnesAndTheLikeliestOthers() {
        int classes = 12;
        float[][] outputs = new float[classes][];
        float[][] labels = new float[classes][];
        for (int k = 0; k < classes; k++) {
            outputs[k] = new float[] {0.01f * k, 0.01f * k};
            labels[k] = new float[2];
        }
        SequenceTrace t = new SequenceTrace(0, "", new float[][] {{0, 1}}, outputs, labels,
                new boolean[] {true, true}, new boolean[] {false, true});
        List<String> names = java.util.stream.IntStream.range(0, classes).mapToObj(k -> "c" + k).toList();
        List<PlotLine> lines = SequencePlots.probabilities(t, names, new ExamplePrediction(0, "", 0, 1, 0.5, 1));
        assertEquals(SequencePlots.MAX_CLASSES, lines.size());
        assertEquals(List.of("c0 · true", "c1 · predicted", "c6", "c7", "c8", "c9", "c10", "c11"),
                lines.stream().map(PlotLine::name).toList());
    }
}
