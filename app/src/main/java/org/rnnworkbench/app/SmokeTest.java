package org.rnnworkbench.app;

import java.time.Duration;
import java.util.function.IntConsumer;
import javafx.beans.value.ObservableValue;
import org.rnnworkbench.app.step.StepViewModel.Mode;

/**
 * The {@code --smoke-test} start: proves that an installed workbench works end to end, then exits. It passes
 * (exit code 0) once the window shows and the Step area has loaded the opened sample's trained network through
 * the engine, which needs the JavaFX runtime, the project files and ND4J's native libraries all in place; it
 * fails (exit code 1) when the Step area reports that it cannot step, or when that has not happened within the
 * time limit.
 */
final class SmokeTest {
    /** Exit code when the workbench came up with a working engine. */
    static final int PASSED = 0;
    /** Exit code when it did not. */
    static final int FAILED = 1;

    private final IntConsumer exit;
    private boolean finished;
    private boolean loadStarted;

    /** @param exit ends the process with a code; the real one is {@code System::exit} */
    SmokeTest(IntConsumer exit) {
        this.exit = exit;
    }

    /**
     * Watches the Step area's mode until the test passes or fails, and starts a watchdog that fails it after
     * {@code limit}. Call on the JavaFX thread.
     *
     * @param stepMode the Step area's mode
     * @param unavailableReason why the Step area cannot step, reported on failure
     */
    void watch(ObservableValue<Mode> stepMode, ObservableValue<String> unavailableReason, Duration limit) {
        stepMode.addListener((obs, was, is) -> judge(is, unavailableReason.getValue()));
        judge(stepMode.getValue(), unavailableReason.getValue());
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            finish(FAILED, "smoke test: no model loaded within " + limit.toSeconds() + " s (Step area: "
                    + stepMode.getValue() + ")");
        }, "smoke-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void judge(Mode mode, String reason) {
        // before the sample opens the area says "no project"; only the outcome of a load counts
        loadStarted |= mode == Mode.LOADING;
        if (mode == Mode.CHARACTER || mode == Mode.SEQUENCE) {
            finish(PASSED, "smoke test passed: the window is up and the Step area loaded a " + mode.name()
                    .toLowerCase(java.util.Locale.ROOT) + " model");
        } else if (mode == Mode.UNAVAILABLE && loadStarted) {
            finish(FAILED, "smoke test failed: the Step area could not load the model: " + reason);
        }
    }

    private synchronized void finish(int code, String message) {
        if (finished) {
            return;
        }
        finished = true;
        (code == PASSED ? System.out : System.err).println(message);
        exit.accept(code);
    }
}
