package org.rnnworkbench.app.ui;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;
import org.rnnworkbench.app.shell.ThemeChoice;

/**
 * The theme's stylesheets from {@code ui-resources}: the base theme always, the dark overrides on top of it when
 * the dark look is chosen. Both name their colours as variables, so the dark file only redefines those.
 */
public final class ThemeStylesheets {
    public static final String BASE = "/org/rnnworkbench/ui/workbench.css";
    public static final String DARK = "/org/rnnworkbench/ui/workbench-dark.css";

    private ThemeStylesheets() {
    }

    /** Puts the stylesheets of {@code theme} on {@code scene}, replacing any earlier choice. */
    public static void apply(Scene scene, ThemeChoice theme) {
        scene.getStylesheets().removeAll(url(BASE), url(DARK));
        scene.getStylesheets().add(url(BASE));
        if (theme == ThemeChoice.DARK) {
            scene.getStylesheets().add(url(DARK));
        }
    }

    static String url(String resource) {
        URL url = Objects.requireNonNull(ThemeStylesheets.class.getResource(resource),
                "theme resource missing from ui-resources: " + resource);
        return url.toExternalForm();
    }
}
