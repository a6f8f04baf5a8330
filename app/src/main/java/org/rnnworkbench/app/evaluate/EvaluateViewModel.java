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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.app.train.ProgressCoalescer;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.app.train.TrainingLoop;
import org.rnnworkbench.app.ui.PlotLine;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.nn.Network;
import org.rnnworkbench.model.train.CancellationToken;

/**
 * The Evaluate area's view-model: which data to evaluate on, Evaluate and Cancel, progress, and the report.
 * The work runs on the training executor (a network runs on one thread at a time), so it is possible only
 * while no training run is using the network. It also reads each example on that thread: for many-to-one
 * classification the prediction at each example's last real step, the mistakes most confident first, and one
 * example's sequence opened from them; for a regressor one chosen sequence's prediction against the actual
 * values.
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

    /** Which rows the many-to-one predictions table shows. */
    public enum PredictionFilter {
        MISTAKES("mistakes, most confident first"), ALL("all examples");

        private final String label;

        PredictionFilter(String label) {
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
    /** The last report's per-example results, and its number of classes (0 for a regressor). */
    private ExampleResults examples = ExampleResults.NONE;
    private int classCount;

    private final ReadOnlyBooleanWrapper manyToOne = new ReadOnlyBooleanWrapper(this, "manyToOne");
    private final ReadOnlyStringWrapper manyToOneSummary = new ReadOnlyStringWrapper(this, "manyToOneSummary", "");
    private final ObjectProperty<PredictionFilter> predictionFilter = new SimpleObjectProperty<>(this,
            "predictionFilter", PredictionFilter.MISTAKES);
    private final ObservableList<ExamplePrediction> predictionRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OpenedSequence> openedSequence = new ReadOnlyObjectWrapper<>(this,
            "openedSequence");
    private final ReadOnlyStringWrapper sequenceMessage = new ReadOnlyStringWrapper(this, "sequenceMessage", "");
    private final ObservableList<SequenceTrace> regressionSequences = FXCollections.observableArrayList();
    private final ObjectProperty<SequenceTrace> chosenSequence = new SimpleObjectProperty<>(this, "chosenSequence");
    private final ObservableList<Integer> outputColumns = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> outputColumn = new SimpleObjectProperty<>(this, "outputColumn", 0);
    private final ReadOnlyObjectWrapper<List<PlotLine>> regressionLines = new ReadOnlyObjectWrapper<>(this,
            "regressionLines", List.of());
    private final ReadOnlyStringWrapper sequencesNote = new ReadOnlyStringWrapper(this, "sequencesNote", "");

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
        predictionFilter.addListener((obs, was, is) -> fillPredictionRows());
        chosenSequence.addListener((obs, was, is) -> drawRegression());
        outputColumn.addListener((obs, was, is) -> drawRegression());
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
        ExampleCollector examples = new ExampleCollector(classes, sources(it));
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
            examples.add(batch, predicted);
            done.offer(++batches);
        }
        return new EvaluationReport(which.toString(), eval, reg, examples.result());
    }

    /** The examples' file names in the order of this pass, when the data comes from files. */
    private static List<String> sources(SequenceDataSetIterator it) {
        if (it instanceof CsvSequenceDataSetIterator csv) {
            return csv.passOrder().stream().map(f -> f.features().getFileName().toString()).toList();
        }
        return List.of();
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
            // the per-example parts first: the view redraws when the report changes
            showExamples(result);
            report.set(result);
            message.set(String.format(Locale.ROOT, "Evaluated on the %s: %,d steps counted (label present), %,d"
                    + " steps masked out.", result.dataName(), result.countedSteps(), result.maskedOutSteps()));
            progress.set(1);
        }
    }

    // ---- per example -----------------------------------------------------------------------------------

    private void showExamples(EvaluationReport r) {
        ExampleResults ex = r.examples();
        examples = ex;
        classCount = r.isClassification() ? r.classification().numClasses() : 0;
        boolean m2o = r.isClassification() && ex.isManyToOne();
        openedSequence.set(null);
        sequenceMessage.set(m2o ? "Click a row to open its sequence: the inputs and the class probabilities over"
                + " time." : "");
        manyToOne.set(m2o);
        if (m2o) {
            int wrong = ex.mistakes().size();
            manyToOneSummary.set(String.format(Locale.ROOT, "%,d examples · %,d predicted right · %,d wrong. Each"
                    + " prediction is read at the example's last real step, the one step its label is present at.",
                    ex.examples(), ex.examples() - wrong, wrong));
        } else {
            manyToOneSummary.set("");
        }
        fillPredictionRows();

        List<SequenceTrace> sequences = r.isClassification() ? List.of() : ex.traces();
        regressionSequences.setAll(sequences);
        int columns = r.isClassification() ? 0 : r.regression().columns();
        outputColumns.setAll(java.util.stream.IntStream.range(0, columns).boxed().toList());
        sequencesNote.set(sequences.isEmpty() || sequences.size() == ex.examples() ? ""
                : String.format(Locale.ROOT, "the first %,d of %,d sequences", sequences.size(), ex.examples()));
        outputColumn.set(0);
        chosenSequence.set(sequences.isEmpty() ? null : sequences.get(0));
        drawRegression();
    }

    private void fillPredictionRows() {
        if (!manyToOne.get()) {
            predictionRows.clear();
            return;
        }
        predictionRows.setAll(predictionFilter.get() == PredictionFilter.MISTAKES ? examples.mistakes()
                : examples.predictions());
    }

    /**
     * Opens a row of the predictions table: the example's inputs and class probabilities over its steps. Null
     * closes the panel.
     */
    public void openSequence(ExamplePrediction row) {
        if (row == null || !manyToOne.get()) {
            openedSequence.set(null);
            return;
        }
        java.util.Optional<SequenceTrace> trace = examples.trace(row.index());
        if (trace.isEmpty()) {
            openedSequence.set(null);
            sequenceMessage.set("The steps of " + describe(row.index(), row.source()) + " were not kept: an"
                    + " evaluation keeps the first examples and the most confident mistakes within a memory budget.");
            return;
        }
        List<String> names = classNames(trace.get().outputColumns());
        String title = String.format(Locale.ROOT, "%s: true %s, predicted %s (%.1f%%) at step %d",
                capitalised(describe(row.index(), row.source())), names.get(row.actual()),
                names.get(row.predicted()), 100 * row.confidence(), row.step());
        openedSequence.set(new OpenedSequence(row, title, SequencePlots.inputs(trace.get()),
                SequencePlots.probabilities(trace.get(), names, row)));
        sequenceMessage.set(trace.get().inputColumns() > SequencePlots.MAX_INPUTS
                ? "The first " + SequencePlots.MAX_INPUTS + " of " + trace.get().inputColumns() + " input columns."
                : "");
    }

    private void drawRegression() {
        SequenceTrace t = chosenSequence.get();
        Integer column = outputColumn.get();
        if (t == null || column == null || column < 0 || column >= t.outputColumns()) {
            regressionLines.set(List.of());
            return;
        }
        regressionLines.set(SequencePlots.predictionVsActual(t, column));
    }

    /** How an example is named: {@code example 17 · 17.csv}, or {@code example 17} without a file. */
    public static String describe(int index, String source) {
        return "example " + index + (source.isEmpty() ? "" : " · " + source);
    }

    /** {@link #describe(int, String)} of a kept sequence. */
    public static String describe(SequenceTrace t) {
        return describe(t.index(), t.source());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    /** The name of class {@code c} of the last report, as the table and the heat map name it. */
    public String className(int c) {
        return c >= 0 && c < classCount ? classNames(classCount).get(c) : "class " + c;
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

    /** True when the last report is a classification of many-to-one data. */
    public ReadOnlyBooleanProperty manyToOneProperty() {
        return manyToOne.getReadOnlyProperty();
    }

    /** E.g. "120 examples · 118 predicted right · 2 wrong. ..."; empty unless many-to-one. */
    public ReadOnlyStringProperty manyToOneSummaryProperty() {
        return manyToOneSummary.getReadOnlyProperty();
    }

    public ObjectProperty<PredictionFilter> predictionFilterProperty() {
        return predictionFilter;
    }

    /** The predictions table's rows: the mistakes most confident first, or every example in order. */
    public ObservableList<ExamplePrediction> predictionRows() {
        return FXCollections.unmodifiableObservableList(predictionRows);
    }

    /** The example opened from the predictions table, null when none is. */
    public ReadOnlyObjectProperty<OpenedSequence> openedSequenceProperty() {
        return openedSequence.getReadOnlyProperty();
    }

    /** What the sequence panel says: how to open one, or why it cannot. */
    public ReadOnlyStringProperty sequenceMessageProperty() {
        return sequenceMessage.getReadOnlyProperty();
    }

    /** A regressor's sequences to choose from (those whose steps were kept), in example order. */
    public ObservableList<SequenceTrace> regressionSequences() {
        return FXCollections.unmodifiableObservableList(regressionSequences);
    }

    public ObjectProperty<SequenceTrace> chosenSequenceProperty() {
        return chosenSequence;
    }

    /** The output columns to choose from, 0 to nOut - 1. */
    public ObservableList<Integer> outputColumns() {
        return FXCollections.unmodifiableObservableList(outputColumns);
    }

    public ObjectProperty<Integer> outputColumnProperty() {
        return outputColumn;
    }

    /** Actual and predicted values of the chosen sequence and column, gaps where the label is absent. */
    public ReadOnlyObjectProperty<List<PlotLine>> regressionLinesProperty() {
        return regressionLines.getReadOnlyProperty();
    }

    /** E.g. "the first 500 of 2,000 sequences" when not every sequence's steps were kept; else empty. */
    public ReadOnlyStringProperty sequencesNoteProperty() {
        return sequencesNote.getReadOnlyProperty();
    }
}
