package org.rnnworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code train}: the workbench's own training run on the calling thread, so the project gets the same
 * {@code model.rnnwb}, {@code best.rnnwb} and {@code runs/*.json} a run in the Train area writes and opens in
 * the workbench with its history. Only JavaFX's property classes are used (they need no toolkit), because the
 * run is driven through the Train area's view-model.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a project's model on its data source, continuing from model.rnnwb when the model is "
                + "unchanged, and saves model.rnnwb, best.rnnwb and the run in runs/.",
                "Ctrl+C stops after the current minibatch and saves."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "1",
            description = "passes over the training data (default: ${DEFAULT-VALUE})")
    private int epochs;

    @Override
    public Integer call() {
        if (epochs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--epochs must be at least 1");
        }
        return Failure.report(spec, this::train);
    }

    private int train() throws Failure, IOException {
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
        train.epochsProperty().set(epochs);
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
