package org.rnnworkbench.app.evaluate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an evaluation found out per example: whether the data is many-to-one and then each example's prediction
 * at its last real step, the mistakes most confident first; and the steps of some examples for drawing (within a
 * memory budget, the first examples in order and the most confident mistakes). Immutable; made by
 * {@link ExampleCollector}.
 */
public final class ExampleResults {
    /** No examples: an evaluation without per-example results. */
    public static final ExampleResults NONE = new ExampleResults(false, 0, List.of(), Map.of());

    private final boolean manyToOne;
    private final int examples;
    private final List<ExamplePrediction> predictions;
    private final List<ExamplePrediction> mistakes;
    private final Map<Integer, SequenceTrace> traces;

    ExampleResults(boolean manyToOne, int examples, List<ExamplePrediction> predictions,
            Map<Integer, SequenceTrace> traces) {
        this.manyToOne = manyToOne;
        this.examples = examples;
        this.predictions = List.copyOf(predictions);
        this.mistakes = predictions.stream().filter(p -> !p.correct())
                .sorted(Comparator.comparingDouble(ExamplePrediction::confidence).reversed()
                        .thenComparingInt(ExamplePrediction::index))
                .toList();
        this.traces = new TreeMap<>(traces);
    }

    /** True when every example's label is present at exactly one step, its last real step. */
    public boolean isManyToOne() {
        return manyToOne;
    }

    /** Examples evaluated. */
    public int examples() {
        return examples;
    }

    /** For many-to-one classification: each example's prediction, in example order; else empty. */
    public List<ExamplePrediction> predictions() {
        return predictions;
    }

    /** The wrong predictions, the most confident first. */
    public List<ExamplePrediction> mistakes() {
        return mistakes;
    }

    /** The steps of example {@code index}, when they were kept. */
    public Optional<SequenceTrace> trace(int index) {
        return Optional.ofNullable(traces.get(index));
    }

    /** The examples whose steps were kept, in example order. */
    public List<SequenceTrace> traces() {
        return List.copyOf(traces.values());
    }
}
