package org.rnnworkbench.app.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.nn.Network;

/**
 * The Train area's view-model: Start, Pause, Resume, Stop and Revert to best; the number of epochs (or until
 * stopped); the progress figures; the chart histories and a revision that ticks once per batch of progress;
 * the truncated BPTT strip of the minibatch in training; the divergence message; the saved runs and which of
 * them the comparison chart shows. The run itself happens on the training executor; its progress arrives here
 * through a {@link ProgressCoalescer}, a few times a second.
 */
public final class TrainViewModel {
    private static final long THROUGHPUT_WINDOW_NANOS = 5_000_000_000L;

    private final ObservableValue<Optional<NetworkConfiguration>> configuration;
    private final Function<NetworkConfiguration, TrainingData> dataFor;
    private final ObservableValue<Path> projectFolder;
    private final TrainServices services;

    private final ReadOnlyObjectWrapper<TrainState> state = new ReadOnlyObjectWrapper<>(this, "state",
            TrainState.IDLE);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 10);
    private final BooleanProperty untilStopped = new SimpleBooleanProperty(this, "untilStopped");
    private final DoubleProperty targetLoss = new SimpleDoubleProperty(this, "targetLoss", Double.NEGATIVE_INFINITY);
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration");
    private final ReadOnlyIntegerWrapper epoch = new ReadOnlyIntegerWrapper(this, "epoch");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper throughputText = new ReadOnlyStringWrapper(this, "throughputText", "");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper divergence = new ReadOnlyStringWrapper(this, "divergence", "");
    private final ReadOnlyStringWrapper dataDescription = new ReadOnlyStringWrapper(this, "dataDescription", "");
    private final ReadOnlyObjectWrapper<TbpttStrip> strip = new ReadOnlyObjectWrapper<>(this, "strip");
    private final ReadOnlyIntegerWrapper segment = new ReadOnlyIntegerWrapper(this, "segment");
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyBooleanWrapper hasBest = new ReadOnlyBooleanWrapper(this, "hasBest");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList(
            e -> new javafx.beans.Observable[] {e.comparedProperty()});
    private final TrainingCharts charts = new TrainingCharts();
    private final BooleanBinding canStart;

    private TrainingControl control;
    private NetworkConfiguration runConfiguration;
    private Checkpoint best;
    private int requestedEpochs;
    private OptionalInt batchesPerEpoch = OptionalInt.empty();
    private TrainingData.ThroughputUnit unit = TrainingData.ThroughputUnit.EXAMPLES;
    private long batchesDone;
    private long batchesAtRunStart;
    private long examplesDone;
    private long unitsDone;
    private int batchInEpoch;
    private long runStart;
    private long pausedSince;
    private long pausedTotal;
    private final ThroughputMeter throughput = new ThroughputMeter(THROUGHPUT_WINDOW_NANOS);

    /**
     * @param configuration the model to train, present when the engine accepts it
     * @param dataFor the data for a configuration (the project's data source, or practice data)
     * @param projectFolder where the project lives; null while it is untitled
     * @param services threads, clocks and files
     */
    public TrainViewModel(ObservableValue<Optional<NetworkConfiguration>> configuration,
            Function<NetworkConfiguration, TrainingData> dataFor, ObservableValue<Path> projectFolder,
            TrainServices services) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.dataFor = Objects.requireNonNull(dataFor, "dataFor");
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.services = Objects.requireNonNull(services, "services");
        this.canStart = Bindings.createBooleanBinding(
                () -> state.get() == TrainState.IDLE && configuration.getValue().isPresent(), state, configuration);
        projectFolder.addListener((obs, was, is) -> projectChanged(is));
        projectChanged(projectFolder.getValue());
    }

    // ---- commands --------------------------------------------------------------------------------------

    /**
     * Starts a run: continues the trained network when the model is unchanged, otherwise starts a fresh one
     * from the configuration's seed.
     */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        NetworkConfiguration conf = configuration.getValue().orElseThrow();
        Network existing = network.get();
        if (existing != null && !existing.getConfiguration().equals(conf)) {
            existing = null;
            best = null;
            hasBest.set(false);
        }
        TrainingData data;
        try {
            data = dataFor.apply(conf);
        } catch (RuntimeException e) {
            message.set("No data to train on: " + e.getMessage());
            return;
        }
        runConfiguration = conf;
        requestedEpochs = untilStopped.get() ? 0 : Math.max(1, epochs.get());
        batchesPerEpoch = data.batchesPerEpoch();
        unit = data.unit();
        dataDescription.set(data.description());
        charts.reset(conf, TrainingLoop.isClassification(conf));
        batchesDone = 0;
        batchesAtRunStart = 0;
        examplesDone = 0;
        unitsDone = 0;
        batchInEpoch = 0;
        throughput.clear();
        divergence.set("");
        message.set(existing == null ? "Training a fresh network" : "Continuing from iteration "
                + existing.getIterationCount());
        runStart = services.nanoClock().getAsLong();
        pausedTotal = 0;
        control = new TrainingControl();
        TrainingControl runControl = control;
        ProgressCoalescer<TrainingUpdate> out = new ProgressCoalescer<>(services.ui(), this::apply,
                services.uiIntervalNanos(), services.nanoClock());
        TrainingJob job = new TrainingJob(services, new TrainingJob.Request(conf, existing, data, requestedEpochs,
                targetLoss.get(),
                best == null ? Double.POSITIVE_INFINITY : best.loss(), projectFolder.getValue(),
                Instant.now(services.clock())), runControl, out);
        state.set(TrainState.RUNNING);
        refreshFigures();
        services.training().execute(() -> {
            TrainingJob.Result result = job.run();
            services.ui().execute(() -> finished(runControl, result));
        });
    }

    /** Pauses after the update in progress. */
    public void pause() {
        if (state.get() == TrainState.RUNNING) {
            control.pause();
            pausedSince = services.nanoClock().getAsLong();
            state.set(TrainState.PAUSED);
            message.set("Pausing after the update in progress");
        }
    }

    /** Goes on from where the pause stopped, exactly as if there had been none. */
    public void resume() {
        if (state.get() == TrainState.PAUSED) {
            pausedTotal += services.nanoClock().getAsLong() - pausedSince;
            throughput.clear();
            state.set(TrainState.RUNNING);
            message.set("Training");
            control.resume();
        }
    }

    /** Stops after the update in progress; the trained network so far is kept and saved. */
    public void stop() {
        if (state.get() == TrainState.RUNNING || state.get() == TrainState.PAUSED) {
            if (state.get() == TrainState.PAUSED) {
                pausedTotal += services.nanoClock().getAsLong() - pausedSince;
            }
            state.set(TrainState.STOPPING);
            message.set("Stopping after the update in progress");
            control.stop();
        }
    }

    /** Puts the best model so far back (parameters, updater state, counters) and saves it as the model. */
    public void revertToBest() {
        Network net = network.get();
        Checkpoint checkpoint = best;
        if (state.get() != TrainState.IDLE || net == null || checkpoint == null) {
            return;
        }
        Path folder = projectFolder.getValue();
        state.set(TrainState.STOPPING);
        services.training().execute(() -> {
            checkpoint.restoreInto(net);
            String problem = "";
            if (folder != null) {
                try {
                    services.models().save(net, folder.resolve(TrainingJob.MODEL_FILE));
                } catch (java.io.IOException | RuntimeException e) {
                    problem = "; " + TrainingJob.MODEL_FILE + " could not be saved: " + e.getMessage();
                }
            }
            String note = problem;
            services.ui().execute(() -> {
                state.set(TrainState.IDLE);
                iteration.set(net.getIterationCount());
                epoch.set(net.getEpochCount());
                divergence.set("");
                message.set("Reverted to the best model: epoch " + checkpoint.epochs() + ", iteration "
                        + checkpoint.iterations() + ", loss " + format(checkpoint.loss()) + note);
            });
        });
    }

    /** Forgets the trained network, so that the next Start begins from freshly initialised parameters. */
    public void reset() {
        if (state.get() == TrainState.IDLE) {
            network.set(null);
            best = null;
            hasBest.set(false);
            iteration.set(0);
            epoch.set(0);
            message.set("The next run starts from freshly initialised parameters");
        }
    }

    /** Re-reads the elapsed time; the view calls it every second so that the clock moves between updates. */
    public void refreshClock() {
        if (state.get().isActive()) {
            refreshFigures();
        }
    }

    // ---- progress from the training thread ---------------------------------------------------------------

    private void apply(List<TrainingUpdate> updates) {
        for (TrainingUpdate u : updates) {
            if (u instanceof TrainingUpdate.Iteration) {
                TrainingUpdate.Iteration it = (TrainingUpdate.Iteration) u;
                charts.addIteration(it);
                iteration.set(it.iteration());
                epoch.set(it.epoch());
                segment.set(segment.get() + 1);
            } else if (u instanceof TrainingUpdate.MinibatchStarted) {
                MinibatchInfo info = ((TrainingUpdate.MinibatchStarted) u).info();
                TbpttStrip current = strip.get();
                if (current == null || current.length() != info.timeSteps()) {
                    strip.set(TbpttStrip.of(runConfiguration, info.timeSteps()));
                }
                segment.set(0);
                if (batchesPerEpoch.isEmpty()) {
                    // a source opened on the training thread tells its epoch's length with the first minibatch
                    batchesPerEpoch = info.batchesInEpoch();
                }
                batchInEpoch = info.index();
                epoch.set(info.epoch());
            } else if (u instanceof TrainingUpdate.MinibatchDone) {
                TrainingUpdate.MinibatchDone done = (TrainingUpdate.MinibatchDone) u;
                batchesDone++;
                batchInEpoch = done.info().index() + 1;
                examplesDone += done.info().examples();
                unitsDone += done.info().presentSteps();
                throughput.add(done.nanos(), unit == TrainingData.ThroughputUnit.CHARACTERS ? unitsDone
                        : examplesDone);
            } else if (u instanceof TrainingUpdate.Epoch) {
                EpochResult r = ((TrainingUpdate.Epoch) u).result();
                charts.addEpoch(r);
                if (batchesPerEpoch.isEmpty()) {
                    batchesPerEpoch = OptionalInt.of((int) (batchesDone - batchesAtRunStart));
                }
            } else if (u instanceof TrainingUpdate.Norms) {
                charts.addNorms((TrainingUpdate.Norms) u);
            } else if (u instanceof TrainingUpdate.Best) {
                best = ((TrainingUpdate.Best) u).checkpoint();
                hasBest.set(true);
            } else if (u instanceof TrainingUpdate.Parked && state.get() == TrainState.PAUSED) {
                message.set("Paused at iteration " + iteration.get() + "; Resume goes on exactly from here");
            }
        }
        refreshFigures();
        revision.set(revision.get() + 1);
    }

    private void finished(TrainingControl runControl, TrainingJob.Result result) {
        if (runControl != control) {
            return;
        }
        network.set(result.network());
        if (result.network() != null) {
            iteration.set(result.network().getIterationCount());
        }
        RunOutcome outcome = result.outcome();
        StringBuilder text = new StringBuilder(outcome.message());
        if (outcome.kind() == RunOutcome.Kind.DIVERGED) {
            divergence.set(outcome.message() + (best != null ? " Revert to best restores the model of epoch "
                    + best.epochs() + "." : ""));
        }
        if (projectFolder.getValue() == null) {
            text.append(". The project is not saved yet, so the model and this run are kept in memory only");
        }
        for (String p : result.fileProblems()) {
            text.append(". ").append(p);
        }
        message.set(text.toString());
        runs.add(new RunEntry(result.record(), true));
        state.set(TrainState.IDLE);
        refreshFigures();
        revision.set(revision.get() + 1);
    }

    private void refreshFigures() {
        long now = services.nanoClock().getAsLong();
        long paused = pausedTotal + (state.get() == TrainState.PAUSED ? now - pausedSince : 0);
        double elapsed = Math.max(0, (now - runStart - paused) / 1e9);
        int perEpoch = batchesPerEpoch.orElse(0);
        String epochPart = requestedEpochs == 0 ? "Epoch " + (epoch.get() + 1)
                : "Epoch " + Math.min(requestedEpochs, epochsIntoRun() + 1) + " of " + requestedEpochs;
        progressText.set("Iteration " + String.format(Locale.ROOT, "%,d", iteration.get()) + " · " + epochPart
                + (perEpoch > 0 ? " · minibatch " + Math.min(batchInEpoch, perEpoch) + " of " + perEpoch : ""));
        double rate = throughput.perSecond();
        throughputText.set(Double.isNaN(rate) ? "" : String.format(Locale.ROOT, "%,.0f %s", rate, unit.label()));
        String eta = "";
        if (requestedEpochs > 0 && perEpoch > 0) {
            long total = (long) requestedEpochs * perEpoch;
            progress.set(Math.min(1, (double) batchesDone / total));
            if (batchesDone > 0 && batchesDone < total) {
                eta = " · about " + duration(elapsed / batchesDone * (total - batchesDone)) + " left";
            }
        } else if (perEpoch > 0) {
            progress.set(Math.min(1, (double) batchInEpoch / perEpoch));
        } else {
            progress.set(state.get().isActive() ? -1 : 0);
        }
        timeText.set(state.get().isActive() || batchesDone > 0 ? "Elapsed " + duration(elapsed) + eta : "");
    }

    private int epochsIntoRun() {
        int perEpoch = batchesPerEpoch.orElse(0);
        return perEpoch == 0 ? 0 : (int) (batchesDone / perEpoch);
    }

    private void projectChanged(Path folder) {
        if (state.get().isActive()) {
            return;
        }
        runs.clear();
        network.set(null);
        best = null;
        hasBest.set(false);
        iteration.set(0);
        epoch.set(0);
        if (folder == null) {
            return;
        }
        services.training().execute(() -> {
            RunStore.Listing listing = services.runs().list(folder);
            Path model = folder.resolve(TrainingJob.MODEL_FILE);
            Network loaded = null;
            String note = "";
            if (Files.isRegularFile(model)) {
                try {
                    loaded = services.models().load(model);
                } catch (java.io.IOException | RuntimeException e) {
                    note = TrainingJob.MODEL_FILE + " could not be read: " + e.getMessage();
                }
            }
            Network found = loaded;
            String problem = note;
            services.ui().execute(() -> {
                if (!Objects.equals(folder, projectFolder.getValue()) || state.get().isActive()) {
                    return;
                }
                for (RunRecord r : listing.runs()) {
                    runs.add(new RunEntry(r, false));
                }
                if (!runs.isEmpty()) {
                    runs.get(runs.size() - 1).comparedProperty().set(true);
                }
                network.set(found);
                if (found != null) {
                    iteration.set(found.getIterationCount());
                    epoch.set(found.getEpochCount());
                    message.set("Loaded the trained model (" + found.getEpochCount() + " epochs, iteration "
                            + found.getIterationCount() + "); Start continues training it");
                }
                if (!problem.isEmpty() || !listing.problems().isEmpty()) {
                    message.set(String.join("; ", problem.isEmpty() ? listing.problems()
                            : java.util.stream.Stream.concat(java.util.stream.Stream.of(problem),
                                    listing.problems().stream()).toList()));
                }
            });
        });
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    // ---- properties ------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TrainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Epochs a run trains for, unless {@link #untilStoppedProperty()} is set. */
    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public BooleanProperty untilStoppedProperty() {
        return untilStopped;
    }

    /**
     * A run finishes after the first epoch whose loss (validation loss, or training loss without a validation
     * split) is at or below this; negative infinity (the default) for no target.
     */
    public DoubleProperty targetLossProperty() {
        return targetLoss;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    /** Zero-based epoch in training. */
    public ReadOnlyIntegerProperty epochProperty() {
        return epoch.getReadOnlyProperty();
    }

    /** E.g. "Iteration 1,234 · Epoch 2 of 10 · minibatch 3 of 8". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** E.g. "1,520 examples/s", empty until measured. */
    public ReadOnlyStringProperty throughputTextProperty() {
        return throughputText.getReadOnlyProperty();
    }

    /** E.g. "Elapsed 0:42 · about 1:10 left". */
    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 when the end is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last (started, paused, stopped, finished, saved). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last run diverged and what was kept; empty when it did not. */
    public ReadOnlyStringProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataDescriptionProperty() {
        return dataDescription.getReadOnlyProperty();
    }

    /** The segments of the minibatch in training; null before the first. */
    public ReadOnlyObjectProperty<TbpttStrip> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    /** Updates done on the current minibatch: the segment being trained under truncated BPTT. */
    public ReadOnlyIntegerProperty segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    /** The trained network when no run is using it; null before the first run. */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasBestProperty() {
        return hasBest.getReadOnlyProperty();
    }

    /** Ticks once for each batch of progress applied to the charts. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public TrainingCharts charts() {
        return charts;
    }

    /** The saved runs of the project, oldest first, and this session's runs after them. */
    public ObservableList<RunEntry> runs() {
        return runs;
    }
}
