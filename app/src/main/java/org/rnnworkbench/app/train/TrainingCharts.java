package org.rnnworkbench.app.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * The histories behind the Train area's charts, for the run on show: loss per iteration (raw and smoothed),
 * learning rate per iteration, the epoch figures, and per layer the parameter norm, update norm and their
 * ratio. Changed on the UI thread only, by the view-model as updates arrive.
 */
public final class TrainingCharts {
    /** Weight of the loss smoothing: each point keeps 90% of the average before it. */
    public static final double SMOOTHING = 0.9;

    private final SeriesHistory loss = new SeriesHistory("loss");
    private final SeriesHistory smoothedLoss = new SeriesHistory("smoothed");
    private final SeriesHistory learningRate = new SeriesHistory("learning rate");
    private final SeriesHistory epochTrainingLoss = new SeriesHistory("training");
    private final SeriesHistory validationLoss = new SeriesHistory("validation");
    private final SeriesHistory validationMetric = new SeriesHistory("validation");
    private final ExponentialSmoother smoother = new ExponentialSmoother(SMOOTHING);
    private List<SeriesHistory> parameterNorms = List.of();
    private List<SeriesHistory> updateNorms = List.of();
    private List<SeriesHistory> updateRatios = List.of();
    private boolean classification = true;

    /** Empties every history and names the per-layer series after the network's layers. */
    public void reset(NetworkConfiguration conf, boolean isClassification) {
        for (SeriesHistory s : List.of(loss, smoothedLoss, learningRate, epochTrainingLoss, validationLoss,
                validationMetric)) {
            s.clear();
        }
        smoother.reset();
        classification = isClassification;
        List<SeriesHistory> p = new ArrayList<>();
        List<SeriesHistory> u = new ArrayList<>();
        List<SeriesHistory> r = new ArrayList<>();
        for (int i = 0; i < conf.layers().size(); i++) {
            String name = i + " " + conf.layers().get(i).typeName();
            p.add(new SeriesHistory(name));
            u.add(new SeriesHistory(name));
            r.add(new SeriesHistory(name));
        }
        parameterNorms = Collections.unmodifiableList(p);
        updateNorms = Collections.unmodifiableList(u);
        updateRatios = Collections.unmodifiableList(r);
    }

    void addIteration(TrainingUpdate.Iteration it) {
        loss.add(it.iteration(), it.loss());
        smoothedLoss.add(it.iteration(), smoother.add(it.loss()));
        learningRate.add(it.iteration(), it.learningRate());
    }

    void addEpoch(EpochResult r) {
        double x = r.epoch() + 1;
        epochTrainingLoss.add(x, r.trainingLoss());
        validationLoss.add(x, r.validationLoss());
        validationMetric.add(x, r.validationMetric());
        classification = r.classification();
    }

    void addNorms(TrainingUpdate.Norms n) {
        for (int i = 0; i < n.parameterNorms().length && i < parameterNorms.size(); i++) {
            double p = n.parameterNorms()[i];
            double u = n.updateNorms()[i];
            parameterNorms.get(i).add(n.iteration(), p);
            updateNorms.get(i).add(n.iteration(), u);
            // a layer without parameters, or an update of exactly zero, has no ratio to draw on a log scale
            updateRatios.get(i).add(n.iteration(), p > 0 && u > 0 ? u / p : Double.NaN);
        }
    }

    /** Loss per present label step of every update. */
    public SeriesHistory loss() {
        return loss;
    }

    public SeriesHistory smoothedLoss() {
        return smoothedLoss;
    }

    public SeriesHistory learningRate() {
        return learningRate;
    }

    /** Mean training loss per epoch, x = epoch from 1. */
    public SeriesHistory epochTrainingLoss() {
        return epochTrainingLoss;
    }

    public SeriesHistory validationLoss() {
        return validationLoss;
    }

    /** Validation accuracy or MSE per epoch, see {@link #isClassification()}. */
    public SeriesHistory validationMetric() {
        return validationMetric;
    }

    /** Whether the metric is an accuracy (else the mean squared error). */
    public boolean isClassification() {
        return classification;
    }

    public List<SeriesHistory> parameterNorms() {
        return parameterNorms;
    }

    public List<SeriesHistory> updateNorms() {
        return updateNorms;
    }

    public List<SeriesHistory> updateRatios() {
        return updateRatios;
    }
}
