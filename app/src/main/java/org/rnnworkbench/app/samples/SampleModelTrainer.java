package org.rnnworkbench.app.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.train.ProjectData;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainViewModel;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * Trains a sample project with the workbench's own training, without a window: the Train area's view-model on
 * the calling thread, writing {@code model.rnnwb}, {@code best.rnnwb} and the run file into the sample folder
 * exactly as a user's run would. Arguments: the sample folder, the number of epochs and, optionally, the
 * backpropagation to use instead of the project's: {@code standard} or {@code tbptt:N} (segments of N steps).
 */
public final class SampleModelTrainer {
    private SampleModelTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        int epochs = Integer.parseInt(args[1]);
        AtomicFileWriter writer = new AtomicFileWriter();
        ProjectDocument project = new ProjectStore(new ProjectFormat(), writer,
                Files.createTempDirectory("trainer").resolve("autosave.json")).load(folder);
        DataSourceSpec data = new DataSourceStore(writer).load(folder)
                .orElseThrow(() -> new IllegalArgumentException(folder + " has no data.json"));
        NetworkConfiguration.Builder builder = project.model().toConfigurationBuilder();
        if (args.length > 2) {
            if (args[2].equals("standard")) {
                builder.backpropType(BackpropType.Standard);
            } else if (args[2].startsWith("tbptt:")) {
                builder.backpropType(BackpropType.TruncatedBPTT).tBPTTLength(Integer.parseInt(args[2].substring(6)));
            } else {
                throw new IllegalArgumentException("expected standard or tbptt:N, got " + args[2]);
            }
        }
        NetworkConfiguration conf = builder.build();
        TrainViewModel train = new TrainViewModel(new SimpleObjectProperty<>(Optional.of(conf)),
                c -> ProjectData.of(data, folder), new SimpleObjectProperty<>(folder),
                TrainServices.of(Runnable::run, Runnable::run));
        train.epochsProperty().set(epochs);
        long start = System.nanoTime();
        train.start();
        System.out.printf("%s (%s): %s; %s; %.0f s%n", folder.getFileName(), conf.backpropType()
                + (conf.backpropType() == BackpropType.TruncatedBPTT ? " " + conf.tBPTTForwardLength() : ""),
                train.messageProperty().get(), train.progressTextProperty().get(), (System.nanoTime() - start) / 1e9);
    }
}
