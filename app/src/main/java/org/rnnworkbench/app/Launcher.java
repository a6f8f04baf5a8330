package org.rnnworkbench.app;

import javafx.application.Application;

/**
 * The {@code main} class. It does not extend {@link Application} on purpose: started from the class path,
 * the JVM refuses a main class that is an Application unless JavaFX sits on the module path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
