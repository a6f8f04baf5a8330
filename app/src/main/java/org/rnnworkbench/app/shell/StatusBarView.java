package org.rnnworkbench.app.shell;

import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.rnnworkbench.app.concurrent.UiTicker;
import org.rnnworkbench.app.ui.Styles;

/** The status bar: the last project message on the left; the engine's state and the memory figure on the right. */
final class StatusBarView extends StatusBar {
    private static final Duration MEMORY_REFRESH = Duration.ofSeconds(2);
    private final UiTicker memoryTimer;

    StatusBarView(WorkbenchViewModel vm) {
        setId("status-bar");
        textProperty().bind(vm.messageProperty());
        Label engine = new Label();
        engine.getStyleClass().add(Styles.STATUS_ENGINE);
        engine.setId("engine-state");
        engine.setTooltip(new Tooltip("What the engine is doing"));
        showEngine(engine, vm.engineStateProperty().get());
        vm.engineStateProperty().addListener((obs, was, is) -> showEngine(engine, is));
        Label memory = new Label();
        memory.getStyleClass().add(Styles.STATUS_MEMORY);
        memory.setId("memory");
        memory.setTooltip(new Tooltip("Java heap in use / the most it may grow to"));
        memory.textProperty().bind(vm.memoryTextProperty());
        getRightItems().addAll(engine, memory);
        memoryTimer = new UiTicker("memory-figure", MEMORY_REFRESH, Platform::runLater, vm::refreshMemory);
    }

    private static void showEngine(Label engine, EngineState state) {
        engine.setText("● Engine " + state.label().toLowerCase(java.util.Locale.ROOT));
        engine.pseudoClassStateChanged(Styles.BUSY, state != EngineState.IDLE);
    }

    void stop() {
        memoryTimer.close();
    }
}
