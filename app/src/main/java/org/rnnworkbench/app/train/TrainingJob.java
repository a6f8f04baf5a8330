package org.rnnworkbench.app.train;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.nn.Network;

/**
 * Everything a run does on the training thread: makes the network when there is none yet, trains it through a
 * {@link TrainingLoop}, and writes the project's files: {@code best.rnnwb} whenever an epoch beats the best so
 * far, {@code model.rnnwb} and the run file at the end. A file that cannot be written is reported, never fatal:
 * the trained network stays in memory.
 */
final class TrainingJob {
    /** The trained network, in the project folder. */
    static final String MODEL_FILE = "model.rnnwb";
    /** The best network by validation loss, in the project folder. */
    static final String BEST_FILE = "best.rnnwb";

    /** What the UI gets back when the run ends. */
    record Result(Network network, RunOutcome outcome, RunRecord record, List<String> fileProblems) {
    }

    /**
     * What a run is asked to do.
     *
     * @param targetLoss the run finishes after the first epoch at or below this loss; negative infinity for none
     */
    record Request(NetworkConfiguration configuration, Network existing, TrainingData data, int epochs,
            double targetLoss, double bestSoFar, Path projectFolder, Instant started) {
    }

    private final TrainServices services;
    private final Request request;
    private final TrainingControl control;
    private final ProgressCoalescer<TrainingUpdate> out;

    TrainingJob(TrainServices services, Request request, TrainingControl control,
            ProgressCoalescer<TrainingUpdate> out) {
        this.services = Objects.requireNonNull(services, "services");
        this.request = Objects.requireNonNull(request, "request");
        this.control = Objects.requireNonNull(control, "control");
        this.out = Objects.requireNonNull(out, "out");
    }

    Result run() {
        long start = services.nanoClock().getAsLong();
        List<String> problems = new ArrayList<>();
        Network network = request.existing();
        RunLog log = new RunLog();
        RunOutcome outcome;
        try {
            if (network == null) {
                network = new Network(request.configuration()).init();
            }
            Network trained = network;
            // norms as often as the charts are redrawn: each sample reads every parameter on the training thread
            TrainingMonitor monitor = new TrainingMonitor(trained, out, services.nanoClock(),
                    services.uiIntervalNanos());
            TrainingObserver saveBest = new TrainingObserver() {
                @Override
                public void bestImproved(Checkpoint best) {
                    // at this moment the live network is the checkpoint: write it as it stands
                    save(trained, BEST_FILE, problems);
                }
            };
            control.setOnParked(() -> {
                out.offer(new TrainingUpdate.Parked(services.nanoClock().getAsLong()));
                out.flush();
            });
            outcome = new TrainingLoop(trained, request.data(), control, new ObserverChain(log, monitor, saveBest))
                    .run(request.epochs(), request.bestSoFar(), request.targetLoss());
        } catch (RuntimeException e) {
            outcome = new RunOutcome(RunOutcome.Kind.FAILED, "Training failed: " + e.getMessage());
        }
        double seconds = (services.nanoClock().getAsLong() - start) / 1e9 - control.parkedSeconds();
        RunRecord record = record(network, outcome, seconds, log);
        if (network != null) {
            save(network, MODEL_FILE, problems);
        }
        if (request.projectFolder() != null) {
            try {
                services.runs().save(request.projectFolder(), record);
            } catch (IOException e) {
                problems.add("The run history could not be saved: " + e.getMessage());
            }
        }
        out.flush();
        return new Result(network, outcome, record, problems);
    }

    private void save(Network network, String name, List<String> problems) {
        if (request.projectFolder() == null) {
            return;
        }
        try {
            services.models().save(network, request.projectFolder().resolve(name));
        } catch (IOException | RuntimeException e) {
            problems.add(name + " could not be saved: " + e.getMessage());
        }
    }

    private RunRecord record(Network network, RunOutcome outcome, double seconds, RunLog log) {
        NetworkConfiguration conf = request.configuration();
        RunRecord.Settings settings = new RunRecord.Settings(conf.updater().describe(),
                conf.updater().learningRate(), conf.backpropType().name(), conf.tBPTTForwardLength(),
                conf.tBPTTBackwardLength(), request.epochs(), conf.numParams(), request.data().description());
        String id = services.runs().newId(request.projectFolder(), request.started());
        return new RunRecord(RunRecord.FORMAT_VERSION, id, request.started().toString(), Math.max(0, seconds),
                outcome.kind(), outcome.message(), settings, log.iterations(), log.losses(), log.epochs());
    }
}
