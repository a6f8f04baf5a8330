package org.rnnworkbench.app.shell;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * An area that is not built yet: its title, what it will hold, and whether the model is ready for it (so that
 * the Train area can already say why training cannot start).
 */
public final class PlaceholderViewModel {
    private final Area area;
    private final BooleanBinding ready;
    private final StringBinding readiness;

    /**
     * @param area the area
     * @param ready whether the model is ready for this area
     * @param blockedReason why it is not, empty when it is
     */
    public PlaceholderViewModel(Area area, BooleanBinding ready, StringBinding blockedReason) {
        this.area = Objects.requireNonNull(area, "area");
        this.ready = Objects.requireNonNull(ready, "ready");
        this.readiness = Bindings.createStringBinding(() -> ready.get()
                ? "The model is valid and ready." : blockedReason.get(), ready, blockedReason);
    }

    public String title() {
        return area.title();
    }

    public String purpose() {
        return area.purpose();
    }

    public String comingNote() {
        return "This area arrives in a coming release.";
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    /** "The model is valid and ready." or the reason it is not. */
    public StringBinding readinessProperty() {
        return readiness;
    }
}
