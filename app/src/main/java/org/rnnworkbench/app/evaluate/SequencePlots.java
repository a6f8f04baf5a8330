package org.rnnworkbench.app.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.rnnworkbench.app.ui.PlotLine;

/**
 * The lines the Evaluate area draws for one example, over the example's own steps (0 = its first real step).
 * A step where a value means nothing is a gap (NaN): an input where the features mask is 0, an output where the
 * step is not active, a label, and the prediction it is compared with, where the labels mask is 0.
 */
public final class SequencePlots {
    /** Input columns drawn at most. */
    public static final int MAX_INPUTS = 8;
    /** Class probabilities drawn at most: with more classes, the true and predicted ones and the likeliest others. */
    public static final int MAX_CLASSES = 8;

    private SequencePlots() {
    }

    /** Step numbers 0 to steps - 1. */
    static double[] steps(SequenceTrace t) {
        return IntStream.range(0, t.steps()).asDoubleStream().toArray();
    }

    /**
     * The actual value and the prediction of one output column, drawn only at the steps whose label is present:
     * the steps the figures count.
     */
    public static List<PlotLine> predictionVsActual(SequenceTrace t, int column) {
        double[] actual = new double[t.steps()];
        double[] predicted = new double[t.steps()];
        for (int j = 0; j < t.steps(); j++) {
            boolean counted = t.labelPresent()[j];
            actual[j] = counted ? t.labels()[column][j] : Double.NaN;
            predicted[j] = counted ? t.outputs()[column][j] : Double.NaN;
        }
        return List.of(new PlotLine("actual", steps(t), actual), new PlotLine("predicted", steps(t), predicted));
    }

    /** The first {@link #MAX_INPUTS} input columns where the features mask marks input. */
    public static List<PlotLine> inputs(SequenceTrace t) {
        List<PlotLine> lines = new ArrayList<>();
        for (int c = 0; c < Math.min(MAX_INPUTS, t.inputColumns()); c++) {
            double[] ys = new double[t.steps()];
            for (int j = 0; j < t.steps(); j++) {
                ys[j] = t.inputPresent()[j] ? t.inputs()[c][j] : Double.NaN;
            }
            lines.add(new PlotLine("input " + c, steps(t), ys));
        }
        return lines;
    }

    /**
     * Each class's output over the active steps, in class order (so a class keeps its colour from one example to
     * the next); with more than {@link #MAX_CLASSES} classes, the true and the predicted class and then those
     * with the highest output anywhere. The true and predicted classes are marked in the name.
     */
    public static List<PlotLine> probabilities(SequenceTrace t, List<String> classNames, ExamplePrediction p) {
        List<Integer> shown = IntStream.range(0, t.outputColumns()).boxed().toList();
        if (shown.size() > MAX_CLASSES) {
            List<Integer> chosen = new ArrayList<>(List.of(p.actual()));
            if (p.predicted() != p.actual()) {
                chosen.add(p.predicted());
            }
            shown.stream().filter(c -> !chosen.contains(c))
                    .sorted(Comparator.comparingDouble((Integer c) -> max(t.outputs()[c])).reversed())
                    .limit(MAX_CLASSES - chosen.size()).forEach(chosen::add);
            shown = chosen.stream().sorted().toList();
        }
        List<PlotLine> lines = new ArrayList<>();
        for (int c : shown) {
            double[] ys = new double[t.steps()];
            for (int j = 0; j < t.steps(); j++) {
                ys[j] = t.inputPresent()[j] || t.labelPresent()[j] ? t.outputs()[c][j] : Double.NaN;
            }
            String mark = c == p.actual() && c == p.predicted() ? " · true, predicted"
                    : c == p.actual() ? " · true" : c == p.predicted() ? " · predicted" : "";
            lines.add(new PlotLine(classNames.get(c) + mark, steps(t), ys));
        }
        return lines;
    }

    private static double max(float[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
