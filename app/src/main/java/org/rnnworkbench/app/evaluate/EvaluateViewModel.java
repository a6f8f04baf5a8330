package org.rnnworkbench.app.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.app.train.ProgressCoalescer;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.app.train.TrainingLoop;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.train.CancellationToken;

/**
 * The Evaluate area's view-model: which data to evaluate on, Evaluate and Cancel, progress, and the report.
 * The work runs on the training executor (a network runs on one thread at a time), so it is possible only
 * while no training run is using the network.
 */
public final class EvaluateViewModel {
    /** The data an evaluation runs over. */
    public enum Split {
        VALIDATION("validation data"), TRAINING("training data");

        private final String label;

        Split(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableValue<Network> network;
    private final Function<org.rnnworkbench.model.conf.NetworkConfiguration, TrainingData> dataFor;
    /** Names of the classes of the last evaluation's data; empty when they have none. */
    private List<String> classNames = List.of();
    private final TrainServices services;

    private final ObjectProperty<Split> split = new SimpleObjectProperty<>(this, "split", Split.VALIDATION);
    private final BooleanProperty rowNormalised = new SimpleBooleanProperty(this, "rowNormalised");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            "Train a model, then evaluate it here.");
    private final ReadOnlyObjectWrapper<EvaluationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final BooleanBinding canEvaluate;
    private CancellationToken token;

    /**
     * @param network the trained network, null when there is none or a run is using it
     * @param trainingBusy true while a training run holds the network
     * @param dataFor the project's data for a configuration
     * @param services the threads
     */
    public EvaluateViewModel(ObservableValue<Network> network, ObservableBooleanValue trainingBusy,
            Function<org.rnnworkbench.model.conf.NetworkConfiguration, TrainingData> dataFor,
            TrainServices services) {
        this.network = Objects.requireNonNull(network, "network");
        this.dataFor = Objects.requireNonNull(dataFor, "dataFor");
        this.services = Objects.requireNonNull(services, "services");
        this.canEvaluate = Bindings.createBooleanBinding(() -> network.getValue() != null && !trainingBusy.get()
                && !running.get(), network, trainingBusy, running);
    }

    /** Runs the network over the chosen data in the background. */
    public void evaluate() {
        if (!canEvaluate.get()) {
            return;
        }
        Network net = network.getValue();
        Split which = split.get();
        TrainingData data;
        try {
            data = dataFor.apply(net.getConfiguration());
        } catch (RuntimeException e) {
            message.set("No data to evaluate on: " + e.getMessage());
            return;
        }
        if (which == Split.VALIDATION && data.validation().isEmpty()) {
            message.set("The project has no validation data; evaluate on the training data instead.");
            return;
        }
        CancellationToken cancel = new CancellationToken();
        token = cancel;
        running.set(true);
        progress.set(which == Split.TRAINING && data.batchesPerEpoch().isPresent() ? 0 : -1);
        message.set("Evaluating on the " + which + "…");
        int total = data.batchesPerEpoch().orElse(0);
        ProgressCoalescer<Integer> done = new ProgressCoalescer<>(services.ui(), batch -> {
            int last = batch.get(batch.size() - 1);
            if (total > 0 && which == Split.TRAINING && running.get()) {
                progress.set(Math.min(1, (double) last / total));
            }
        }, services.uiIntervalNanos(), services.nanoClock());
        services.training().execute(() -> {
            EvaluationReport result;
            String failure = null;
            List<String> names = List.of();
            try {
                SequenceDataSetIterator it = which == Split.VALIDATION ? data.validation().get().get()
                        : data.training().get();
                result = run(net, it, which, cancel, done);
                names = data.classNames().get();
            } catch (RuntimeException e) {
                result = null;
                failure = e.getMessage();
            }
            done.flush();
            EvaluationReport r = result;
            String f = failure;
            List<String> n = names;
            services.ui().execute(() -> {
                if (r != null) {
                    classNames = n;
                }
                finished(cancel, r, f);
            });
        });
    }

    /** Asks the evaluation to stop after the minibatch in progress. */
    public void cancel() {
        if (running.get() && token != null) {
            token.cancel();
            message.set("Cancelling…");
        }
    }

    private static EvaluationReport run(Network net, SequenceDataSetIterator it, Split which,
            CancellationToken cancel, ProgressCoalescer<Integer> done) {
        int nOut = net.getConfiguration().outputSize();
        boolean classes = TrainingLoop.isClassification(net.getConfiguration());
        Evaluation eval = classes ? new Evaluation(nOut) : null;
        RegressionFigures reg = classes ? null : new RegressionFigures(nOut);
        it.reset();
        int batches = 0;
        while (it.hasNext()) {
            if (cancel.isCancelled()) {
                return null;
            }
            SequenceDataSet batch = it.next();
            INDArray predicted = net.output(batch.features(), batch.featuresMask(), batch.labelsMask());
            // only steps whose label is present count: the labels mask is the output mask
            if (classes) {
                eval.evalTimeSeries(batch.labels(), predicted, batch.labelsMask());
            } else {
                reg.add(batch.labels(), predicted, batch.labelsMask());
            }
            done.offer(++batches);
        }
        return new EvaluationReport(which.toString(), eval, reg);
    }

    private void finished(CancellationToken run, EvaluationReport result, String failure) {
        if (run != token) {
            return;
        }
        running.set(false);
        progress.set(0);
        if (failure != null) {
            message.set("Evaluation failed: " + failure);
        } else if (result == null) {
            message.set("Evaluation cancelled; the previous figures are unchanged.");
        } else {
            report.set(result);
            message.set(String.format(Locale.ROOT, "Evaluated on the %s: %,d steps counted (label present), %,d"
                    + " steps masked out.", result.dataName(), result.countedSteps(), result.maskedOutSteps()));
            progress.set(1);
        }
    }

    /** Cell values of the confusion matrix for the heat map: counts, or each row divided by its total. */
    public static double[][] heat(long[][] confusion, boolean rowNormalised) {
        double[][] out = new double[confusion.length][];
        for (int r = 0; r < confusion.length; r++) {
            long total = 0;
            for (long v : confusion[r]) {
                total += v;
            }
            out[r] = new double[confusion[r].length];
            for (int c = 0; c < confusion[r].length; c++) {
                out[r][c] = rowNormalised ? (total == 0 ? 0 : (double) confusion[r][c] / total) : confusion[r][c];
            }
        }
        return out;
    }

    /** Class names for the table and the heat map's headers: the data's own (a character model's characters). */
    public List<String> classNames(int count) {
        if (classNames.size() == count) {
            return classNames;
        }
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "class " + i).toList();
    }

    public ObjectProperty<Split> splitProperty() {
        return split;
    }

    public BooleanProperty rowNormalisedProperty() {
        return rowNormalised;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 when the amount of data is not known ahead. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EvaluationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public BooleanBinding canEvaluateProperty() {
        return canEvaluate;
    }
}
