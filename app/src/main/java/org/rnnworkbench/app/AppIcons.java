package org.rnnworkbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The workbench's window icon in the sizes window managers ask for, from the ui-resources module. */
final class AppIcons {
    private static final int[] SIZES = {32, 64, 256};

    private AppIcons() {
    }

    /** The icons that could be read; empty (a default icon) rather than a failed start when none could. */
    static List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(
                    "/org/rnnworkbench/ui/icons/workbench-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                // a missing icon is not worth a failed start
            }
        }
        return icons;
    }
}
