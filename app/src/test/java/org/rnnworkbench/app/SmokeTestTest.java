package org.rnnworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.rnnworkbench.app.step.StepViewModel.Mode;

/** The self-test's verdicts, driven through the Step area's mode without a window. */
class SmokeTestTest {
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final SimpleObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.UNAVAILABLE);
    private final SimpleStringProperty reason = new SimpleStringProperty("No project is open.");

    @Test
    void passesOnceTheModelHasLoaded() {
        new SmokeTest(exits::add).watch(mode, reason, Duration.ofMinutes(1));
        assertEquals(List.of(), exits, "the 'no project' state before the sample opens is not a verdict");
        mode.set(Mode.LOADING);
        mode.set(Mode.CHARACTER);
        mode.set(Mode.UNAVAILABLE);
        assertEquals(List.of(SmokeTest.PASSED), exits, "exactly one verdict");
    }

    @Test
    void failsWhenTheLoadFails() {
        new SmokeTest(exits::add).watch(mode, reason, Duration.ofMinutes(1));
        mode.set(Mode.LOADING);
        reason.set("The model file is damaged.");
        mode.set(Mode.UNAVAILABLE);
        assertEquals(List.of(SmokeTest.FAILED), exits);
    }

    @Test
    void failsWhenNothingLoadsInTime() throws InterruptedException {
        new SmokeTest(exits::add).watch(mode, reason, Duration.ofMillis(50));
        mode.set(Mode.LOADING);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (exits.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(List.of(SmokeTest.FAILED), exits);
    }
}
