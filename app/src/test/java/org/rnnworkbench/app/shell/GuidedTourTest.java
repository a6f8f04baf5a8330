package org.rnnworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-start tour: once, in the order of the areas, dismissible, and again on request. */
class GuidedTourTest {
    @TempDir
    Path home;

    private final List<Area> shown = new ArrayList<>();
    private final SimpleObjectProperty<Area> area = new SimpleObjectProperty<>(Area.STEP);

    GuidedTourTest() {
        area.addListener((obs, was, is) -> shown.add(is));
    }

    @Test
    void theFirstStartWalksThroughTheAreasInOrderAndTheNextStartDoesNot() {
        GuidedTour tour = new GuidedTour(home, area);
        assertTrue(tour.startIfFirstTime());
        assertEquals(0, tour.indexProperty().get());
        for (int i = 1; i < GuidedTour.STOPS.size(); i++) {
            tour.next();
        }
        tour.back();
        tour.next();
        assertEquals(List.of(Area.MODEL, Area.DATA, Area.TRAIN, Area.EVALUATE, Area.STEP, Area.EVALUATE, Area.STEP),
                shown, "build -> data -> train -> evaluate -> step, each card showing its area");
        assertEquals("5 · Step", tour.stopProperty().get().title());
        tour.next();
        assertFalse(tour.showingProperty().get(), "next on the last card ends the tour");
        assertEquals(Area.STEP, area.get(), "done: on the last card's area");
        assertNull(tour.stopProperty().get());

        GuidedTour nextStart = new GuidedTour(home, area);
        assertFalse(nextStart.startIfFirstTime(), "seen once is enough");
        nextStart.start();
        assertTrue(nextStart.showingProperty().get(), "Help > Guided Tour still shows it");
    }

    @Test
    void dismissingEarlyAlsoCounts() {
        GuidedTour tour = new GuidedTour(home, area);
        tour.startIfFirstTime();
        tour.next();
        tour.dismiss();
        assertFalse(tour.showingProperty().get());
        assertEquals(Area.STEP, area.get(), "skipped: back where the user was before the tour");
        assertTrue(Files.exists(home.resolve(GuidedTour.SEEN_FILE)));
        assertFalse(new GuidedTour(home, area).startIfFirstTime());
        tour.back();
        assertFalse(tour.showingProperty().get(), "back does nothing once the tour is closed");
    }
}
