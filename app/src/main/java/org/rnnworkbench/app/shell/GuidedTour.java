package org.rnnworkbench.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The short tour of a first start: build → data → train → evaluate → step, one card per area, each card showing
 * its area; skipping it returns to the area the user was in. It appears once (a marker file in the workbench's own folder remembers that it was seen or
 * dismissed) and can be taken again from Help.
 */
public final class GuidedTour {
    /** The marker file, in the workbench's own folder. */
    public static final String SEEN_FILE = "tour-seen";

    /** One card: the area it shows and what to say there. */
    public record Stop(Area area, String title, String text) {
    }

    /** The tour, in order. */
    public static final List<Stop> STOPS = List.of(
            new Stop(Area.MODEL, "1 · Build a network",
                    "Stack layers from the palette: GravesLSTM, LSTM, bidirectional layers, a plain recurrent "
                            + "layer, dense and output layers. The engine checks the network as you build it and "
                            + "says which setting to fix."),
            new Stop(Area.DATA, "2 · Bring data",
                    "Import CSV sequences (one file per sequence) or a text file for a character model. Choose an "
                            + "alignment and see the padding and the features and labels masks it makes."),
            new Stop(Area.TRAIN, "3 · Train",
                    "Training runs in the background: live loss, validation and the signals inside the network. "
                            + "Pause, stop, compare runs, and try truncated BPTT to see what it cuts."),
            new Stop(Area.EVALUATE, "4 · Evaluate",
                    "Accuracy, F1 and a confusion matrix, or MSE and R², counted only where a label is present, "
                            + "with the number of masked-out steps said plainly."),
            new Stop(Area.STEP, "5 · Step",
                    "Drive the trained network one step at a time with rnnTimeStep: this sample's character model "
                            + "writes text while you watch its probabilities and its memory cells."));

    private final Path seenMarker;
    private final Property<Area> area;
    private Area before;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ObjectBinding<Stop> stop = Bindings.createObjectBinding(
            () -> index.get() < 0 ? null : STOPS.get(index.get()), index);
    private final BooleanBinding showing = index.greaterThanOrEqualTo(0);

    /**
     * @param home the workbench's own folder, where the marker file goes
     * @param area the window's selected area, which each card switches to
     */
    public GuidedTour(Path home, Property<Area> area) {
        this.seenMarker = Objects.requireNonNull(home, "home").resolve(SEEN_FILE);
        this.area = Objects.requireNonNull(area, "area");
    }

    /** Starts the tour if it has never been seen; true when it started. */
    public boolean startIfFirstTime() {
        if (Files.exists(seenMarker)) {
            return false;
        }
        start();
        return true;
    }

    /** Starts the tour at its first card. */
    public void start() {
        if (index.get() < 0) {
            before = area.getValue();
        }
        go(0);
    }

    /** The next card, or the end of the tour (staying on the last card's area) after the last. */
    public void next() {
        if (index.get() + 1 >= STOPS.size()) {
            close();
        } else if (index.get() >= 0) {
            go(index.get() + 1);
        }
    }

    /** The card before. */
    public void back() {
        if (index.get() > 0) {
            go(index.get() - 1);
        }
    }

    /** Skips the rest of the tour: back to the area the user was in, and remembered as seen. */
    public void dismiss() {
        boolean showing = index.get() >= 0;
        close();
        if (showing && before != null) {
            area.setValue(before);
        }
    }

    private void close() {
        index.set(-1);
        try {
            Files.createDirectories(seenMarker.getParent());
            Files.writeString(seenMarker, "The guided tour was seen; delete this file to see it at the next start.\n");
        } catch (IOException e) {
            // not remembering only means the tour shows once more at the next start
        }
    }

    private void go(int i) {
        index.set(i);
        area.setValue(STOPS.get(i).area());
    }

    /** The card shown, or -1 when the tour is closed. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Whether a card is shown. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    /** The card shown, or {@code null}. */
    public ObjectBinding<Stop> stopProperty() {
        return stop;
    }
}
