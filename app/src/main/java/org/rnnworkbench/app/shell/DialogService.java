package org.rnnworkbench.app.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages a view-model needs from the user, without knowing how they are shown. The
 * application shows real dialogs; tests answer from a script.
 */
public interface DialogService {

    /** Shows an error that the user must acknowledge. */
    void showError(String title, String message);

    /** Asks whether to save unsaved changes of {@code projectName} first. */
    CloseDecision askSaveChanges(String projectName);

    /** Asks a yes/no question; true means yes. */
    boolean confirm(String title, String message);

    /**
     * Asks whether to go ahead with something that cannot be undone; true when the user confirms.
     *
     * @param title the question, e.g. {@code Stop training and close?}
     * @param message what going ahead means
     * @param action the confirming button's text, e.g. {@code Stop and Close}; the other button cancels
     */
    default boolean confirmAction(String title, String message, String action) {
        return confirm(title, message);
    }

    /** Lets the user pick a project folder or project file to open. */
    Optional<Path> chooseProjectToOpen();

    /** Lets the user pick where a project is saved; the result is the project's folder. */
    Optional<Path> chooseSaveLocation(String suggestedName);
}
