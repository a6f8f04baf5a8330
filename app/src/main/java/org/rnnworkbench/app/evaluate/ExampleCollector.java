package org.rnnworkbench.app.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * Goes through an evaluation's minibatches example by example, on the evaluating thread. It finds out from the
 * labels mask whether the data is many-to-one: every example's label present at exactly one step, and that
 * step its last real step (the last one its features mask marks). For many-to-one classification it notes each
 * example's prediction there. It keeps the steps of examples for drawing, within {@link #TRACE_BUDGET} floats:
 * the first examples in order (up to {@link #MAX_TRACES}), and for many-to-one classification the
 * {@link #MISTAKE_TRACES} most confident mistakes wherever they are. Arrays are read out once per minibatch,
 * not element by element.
 */
final class ExampleCollector {
    /** Floats kept for drawing the first examples (16 MB), and as many again for the mistakes. */
    static final long TRACE_BUDGET = 4_000_000;
    /** The first examples whose steps are kept. */
    static final int MAX_TRACES = 500;
    /** The most confident mistakes whose steps are kept, beyond the first examples. */
    static final int MISTAKE_TRACES = 100;

    private final boolean classification;
    private final List<String> sources;
    private int next;
    private boolean manyToOne = true;
    private final List<ExamplePrediction> predictions = new ArrayList<>();
    private final Map<Integer, SequenceTrace> traces = new HashMap<>();
    private long traceFloats;
    private boolean keepingTraces = true;
    private final PriorityQueue<Mistake> mistakes = new PriorityQueue<>(
            Comparator.comparingDouble((Mistake m) -> m.prediction().confidence()));
    private long mistakeFloats;

    private record Mistake(ExamplePrediction prediction, SequenceTrace trace) {
    }

    /**
     * @param classification whether the outputs are class probabilities
     * @param sources the examples' file names in the order they come, or an empty list
     */
    ExampleCollector(boolean classification, List<String> sources) {
        this.classification = classification;
        this.sources = List.copyOf(sources);
    }

    /**
     * Adds one minibatch.
     *
     * @param batch features {@code [miniBatch, nIn, time]}, labels {@code [miniBatch, nOut, time]}, masks
     *     {@code [miniBatch, time]} or null
     * @param predicted the network's output for it, {@code [miniBatch, nOut, time]}
     */
    void add(SequenceDataSet batch, INDArray predicted) {
        int mb = batch.miniBatchSize();
        int time = batch.timeSeriesLength();
        float[] fm = flat(batch.featuresMask());
        float[] lm = flat(batch.labelsMask());
        int first = next;
        next += mb;
        int[] labelledStep = new int[mb];
        for (int b = 0; b < mb; b++) {
            labelledStep[b] = soleLabelAtLastRealStep(fm, lm, b, time);
            if (labelledStep[b] < 0) {
                manyToOne = false;
            }
        }
        if (classification && !manyToOne) {
            // a classifier's per-example view is for many-to-one data only: nothing more to read or keep
            predictions.clear();
            traces.clear();
            mistakes.clear();
            return;
        }
        if (!classification && !keepingTraces) {
            return;
        }
        int nIn = (int) batch.features().size(1);
        int nOut = (int) batch.labels().size(1);
        float[] x = flat(batch.features());
        float[] y = flat(batch.labels());
        float[] out = flat(predicted);
        for (int example = 0; example < mb; example++) {
            int b = example;
            int index = first + b;
            int[] span = activeSpan(fm, lm, b, time);
            if (span == null) {
                continue;
            }
            ExamplePrediction prediction = null;
            if (classification) {
                int s = labelledStep[b];
                int actual = argmax(y, b, nOut, time, s);
                int guess = argmax(out, b, nOut, time, s);
                prediction = new ExamplePrediction(index, source(index), actual, guess,
                        out[(b * nOut + guess) * time + s], s - span[0]);
                predictions.add(prediction);
            }
            long size = (long) (span[1] - span[0] + 1) * (nIn + 2L * nOut + 1);
            if (keepingTraces && traces.size() < MAX_TRACES && traceFloats + size <= TRACE_BUDGET) {
                traces.put(index, trace(index, x, y, out, fm, lm, b, nIn, nOut, time, span));
                traceFloats += size;
            } else {
                keepingTraces = false;
                if (prediction != null && !prediction.correct()) {
                    keepMistake(prediction, () -> trace(index, x, y, out, fm, lm, b, nIn, nOut, time, span), size);
                }
            }
        }
    }

    /** Keeps a mistake's steps when it is among the most confident so far. */
    private void keepMistake(ExamplePrediction p, java.util.function.Supplier<SequenceTrace> trace, long size) {
        if (size > TRACE_BUDGET) {
            return;
        }
        Mistake least = mistakes.peek();
        boolean full = mistakes.size() >= MISTAKE_TRACES || mistakeFloats + size > TRACE_BUDGET;
        if (full && (least == null || least.prediction().confidence() >= p.confidence())) {
            return;
        }
        mistakes.add(new Mistake(p, trace.get()));
        mistakeFloats += size;
        while (mistakes.size() > MISTAKE_TRACES || mistakeFloats > TRACE_BUDGET) {
            mistakeFloats -= mistakes.poll().trace().size();
        }
    }

    /** The results so far. */
    ExampleResults result() {
        Map<Integer, SequenceTrace> all = new HashMap<>(traces);
        for (Mistake m : mistakes) {
            all.put(m.prediction().index(), m.trace());
        }
        boolean m2o = manyToOne && next > 0;
        return new ExampleResults(m2o, next, classification && m2o ? predictions : List.of(), all);
    }

    private String source(int index) {
        return index < sources.size() ? sources.get(index) : "";
    }

    /**
     * The step example {@code b}'s only label is at, when that is its last real step; -1 when the example has
     * labels at more steps, at none, or elsewhere.
     */
    static int soleLabelAtLastRealStep(float[] fm, float[] lm, int b, int time) {
        int lastReal = -1;
        int labelled = -1;
        int labels = 0;
        for (int t = 0; t < time; t++) {
            if (fm == null || fm[b * time + t] != 0) {
                lastReal = t;
            }
            if (lm == null || lm[b * time + t] != 0) {
                labels++;
                labelled = t;
            }
        }
        return labels == 1 && labelled == lastReal ? labelled : -1;
    }

    /** The first and last step example {@code b} is active at (input or label present); null when none. */
    private static int[] activeSpan(float[] fm, float[] lm, int b, int time) {
        int from = -1;
        int to = -1;
        for (int t = 0; t < time; t++) {
            boolean active = fm == null || fm[b * time + t] != 0 || lm != null && lm[b * time + t] != 0;
            if (active) {
                if (from < 0) {
                    from = t;
                }
                to = t;
            }
        }
        return from < 0 ? null : new int[] {from, to};
    }

    private SequenceTrace trace(int index, float[] x, float[] y, float[] out, float[] fm, float[] lm, int b, int nIn,
            int nOut, int time, int[] span) {
        int n = span[1] - span[0] + 1;
        boolean[] inputPresent = new boolean[n];
        boolean[] labelPresent = new boolean[n];
        for (int j = 0; j < n; j++) {
            int t = span[0] + j;
            inputPresent[j] = fm == null || fm[b * time + t] != 0;
            labelPresent[j] = lm == null || lm[b * time + t] != 0;
        }
        return new SequenceTrace(index, source(index), columns(x, b, nIn, time, span),
                columns(out, b, nOut, time, span), columns(y, b, nOut, time, span), inputPresent, labelPresent);
    }

    private static float[][] columns(float[] a, int b, int n, int time, int[] span) {
        float[][] out = new float[n][];
        for (int c = 0; c < n; c++) {
            int from = (b * n + c) * time;
            out[c] = java.util.Arrays.copyOfRange(a, from + span[0], from + span[1] + 1);
        }
        return out;
    }

    private static int argmax(float[] a, int b, int n, int time, int t) {
        int best = 0;
        for (int c = 1; c < n; c++) {
            if (a[(b * n + c) * time + t] > a[(b * n + best) * time + t]) {
                best = c;
            }
        }
        return best;
    }

    /** The array's values in row-major order, or null for a null array. */
    private static float[] flat(INDArray a) {
        return a == null ? null : a.dup('c').reshape(a.length()).toFloatVector();
    }
}
