package org.rnnworkbench.app.shell;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import org.rnnworkbench.app.evaluate.EvaluateViewModel;
import java.util.function.Function;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.train.PracticeData;
import org.rnnworkbench.app.train.ProjectData;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.app.train.TrainServices;
import org.rnnworkbench.app.train.TrainViewModel;
import org.rnnworkbench.model.conf.NetworkConfiguration;

/**
 * Wires the Train and Evaluate areas to the workbench: the model from the builder, the project folder, the
 * engine state in the status bar, and a daemon thread of their own for training and evaluation (so that an
 * autosave never waits behind a long run).
 */
final class TrainingAreas {
    private final TrainViewModel train;
    private final EvaluateViewModel evaluate;

    private TrainingAreas(TrainViewModel train, EvaluateViewModel evaluate) {
        this.train = train;
        this.evaluate = evaluate;
    }

    static TrainingAreas create(WorkbenchViewModel vm) {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "workbench-training");
            t.setDaemon(true);
            return t;
        });
        TrainServices services = TrainServices.of(thread, Platform::runLater);
        ObjectBinding<Optional<NetworkConfiguration>> conf = Bindings.createObjectBinding(
                () -> vm.builder().report().configuration(), vm.builder().reportProperty());
        // a project without a data source of its own trains on generated practice data shaped to the model
        Function<NetworkConfiguration, TrainingData> dataFor = c -> {
            DataSourceSpec spec = vm.dataSource().get();
            return spec == null ? PracticeData.forConfiguration(c) : ProjectData.of(spec, vm.data().baseFolder());
        };
        TrainViewModel train = new TrainViewModel(conf, dataFor, vm.projectFolderProperty(), services);
        train.stateProperty().addListener((obs, was, is) -> vm.setEngineState(is.isActive()
                ? EngineState.TRAINING : EngineState.IDLE));
        // closing the window or replacing the project asks first while a run is going, and waits for its end
        vm.attachTraining(Bindings.createBooleanBinding(() -> train.stateProperty().get().isActive(),
                train.stateProperty()), train::stop);
        EvaluateViewModel evaluate = new EvaluateViewModel(train.networkProperty(),
                Bindings.createBooleanBinding(() -> train.stateProperty().get().isActive(), train.stateProperty()),
                dataFor, services);
        evaluate.runningProperty().addListener((obs, was, is) -> vm.setEngineState(is
                ? EngineState.EVALUATING : EngineState.IDLE));
        return new TrainingAreas(train, evaluate);
    }

    TrainViewModel train() {
        return train;
    }

    EvaluateViewModel evaluate() {
        return evaluate;
    }
}
