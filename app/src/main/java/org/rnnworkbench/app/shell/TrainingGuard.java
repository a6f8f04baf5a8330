package org.rnnworkbench.app.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Keeps a training run from being cut off when its project goes away. Before the window closes or another
 * project replaces this one while a run is going, the workbench asks (for example "Stop training and close?");
 * on yes the run is told to stop, which it does after the minibatch in progress, keeping (and, in a saved
 * project, saving) what it trained; what was asked for happens once the run has ended. Cancel changes nothing
 * and the run goes on.
 */
final class TrainingGuard {
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ChangeListener<Boolean> ended = (obs, was, is) -> {
        if (!is) {
            runPending();
        }
    };
    private ObservableBooleanValue active = new SimpleBooleanProperty(false);
    private Runnable stop = () -> { };
    private Runnable pending;

    TrainingGuard(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * @param running true while a run exists (training, paused or stopping)
     * @param stopRun asks the run to stop after the minibatch in progress
     */
    void attach(ObservableBooleanValue running, Runnable stopRun) {
        active.removeListener(ended);
        active = Objects.requireNonNull(running, "running");
        stop = Objects.requireNonNull(stopRun, "stopRun");
        active.addListener(ended);
    }

    boolean isRunning() {
        return active.get();
    }

    /** True from a confirmed stop until the run has ended and the waiting action has run. */
    boolean isWaiting() {
        return waiting.get();
    }

    ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /**
     * Asks whether to stop the run; true when no run is going or the user agreed.
     *
     * @param question e.g. {@code Stop training and close?}
     * @param detail what stopping means for this project
     * @param action the confirming button's text, e.g. {@code Stop and Close}
     */
    boolean confirmStop(String question, String detail, String action) {
        return !active.get() || dialogs.confirmAction(question, detail, action);
    }

    /** Runs {@code then} now when no run is going; otherwise stops the run and runs {@code then} once it ended. */
    void stopThen(Runnable then) {
        if (!active.get()) {
            then.run();
            return;
        }
        pending = then;
        waiting.set(true);
        stop.run();
        if (!active.get()) {
            runPending();
        }
    }

    private void runPending() {
        Runnable action = pending;
        pending = null;
        waiting.set(false);
        if (action != null) {
            action.run();
        }
    }
}
