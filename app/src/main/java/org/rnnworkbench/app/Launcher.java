package org.rnnworkbench.app;

import javafx.application.Application;
import org.rnnworkbench.model.platform.NativeSettings;

/**
 * The {@code main} class. It does not extend {@link Application} on purpose: started from the class path,
 * the JVM refuses a main class that is an Application unless JavaFX sits on the module path. It first makes
 * sure OpenBLAS gets the kernels of this CPU and a sensible OpenMP thread count, which can only be set before
 * the native libraries load (see {@link NativeSettings#relaunchIfNeeded}).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        NativeSettings.relaunchIfNeeded(Launcher.class, args);
        Application.launch(WorkbenchApp.class, args);
    }
}
