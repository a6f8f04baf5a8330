package org.rnnworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.beans.property.SimpleObjectProperty;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.train.EpochResult;
import org.rnnworkbench.app.train.ProjectData;
import org.rnnworkbench.app.train.RunEntry;
import org.rnnworkbench.app.train.RunOutcome;
import org.rnnworkbench.app.train.RunRecord;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainViewModel;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One training run of {@code train}, driven through the Train area's view-model on the calling thread. It is a
 * class of its own so that JavaFX's property classes (which need no toolkit) are loaded only when a run starts,
 * never by the other commands.
 */
final class TrainingRun {
    private TrainingRun() {
    }

    /**
     * @param epochs passes over the data; 0 for no limit
     * @param targetLoss the run finishes after the first epoch at or below this loss; negative infinity for none
     */
    static int train(CommandSpec spec, Path project, int epochs, double targetLoss) throws Failure, IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = ProjectFiles.folder(project);
        AtomicFileWriter writer = new AtomicFileWriter();
        Path scratch = Files.createTempDirectory("rnnwb-train");
        ProjectDocument document;
        try {
            // the store wants an autosave file; the command line never autosaves, so it lives in a scratch folder
            document = new ProjectStore(new ProjectFormat(), writer, scratch.resolve("autosave.json")).load(folder);
        } catch (ProjectFileException e) {
            throw new Failure(e.getMessage(), e);
        } finally {
            // loading writes nothing there; an autosave file, had one been written, would be stale anyway
            Files.deleteIfExists(scratch.resolve("autosave.json"));
            Files.deleteIfExists(scratch);
        }
        DataSourceSpec data = ProjectFiles.data(folder);
        NetworkConfiguration conf;
        try {
            conf = document.model().toConfigurationBuilder().build();
        } catch (RuntimeException e) {
            throw new Failure("the project's model is not complete: " + e.getMessage(), e);
        }
        TrainViewModel train = new TrainViewModel(new SimpleObjectProperty<>(Optional.of(conf)),
                c -> ProjectData.of(data, folder), new SimpleObjectProperty<>(folder),
                TrainServices.of(Runnable::run, Runnable::run));
        if (epochs == 0) {
            train.untilStoppedProperty().set(true);
        } else {
            train.epochsProperty().set(epochs);
        }
        train.targetLossProperty().set(targetLoss);
        // The view-model applies the run's updates in coalesced batches (every 250 ms), so a line is printed when
        // it sees a new epoch begin; the losses of every epoch follow from the run record once the run is over.
        train.epochProperty().addListener((obs, was, is) -> {
            if (is.intValue() > was.intValue()) {
                out.println(train.progressTextProperty().get() + " · " + train.throughputTextProperty().get());
                out.flush();
            }
        });
        out.println(conf.numParams() + " parameters; " + data.summary());
        out.flush();

        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl+C: stop after the minibatch in progress and let the run save, which happens before start() returns
        Thread onInterrupt = new Thread(() -> {
            train.stop();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rnnwb-stop-training");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        long start = System.nanoTime();
        try {
            train.start();
        } finally {
            finished.countDown();
            removeHook(onInterrupt);
        }
        List<RunEntry> runs = train.runs();
        RunRecord record = runs.isEmpty() ? null : runs.get(runs.size() - 1).run();
        if (record != null) {
            for (EpochResult e : record.epochs()) {
                // the record counts epochs from 0; people count from 1, as the Train area shows them
                out.println(String.format(Locale.ROOT, "Epoch %d: training loss %.5f, validation loss %.5f%s",
                        e.epoch() + 1, e.trainingLoss(), e.validationLoss(), Double.isNaN(e.validationMetric())
                                ? "" : String.format(Locale.ROOT, ", validation %s %.4f",
                                        e.classification() ? "accuracy" : "MSE", e.validationMetric())));
            }
        }
        out.println(String.format(Locale.ROOT, "%s (%.1f s)", train.messageProperty().get(),
                (System.nanoTime() - start) / 1e9));
        if (record == null) {
            throw new Failure(train.messageProperty().get());
        }
        if (record.outcome() == RunOutcome.Kind.FAILED || record.outcome() == RunOutcome.Kind.DIVERGED) {
            throw new Failure("training " + record.outcome().name().toLowerCase(Locale.ROOT) + ": "
                    + record.message());
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl+C): the hook is running and waits for this run, as intended
        }
    }
}
