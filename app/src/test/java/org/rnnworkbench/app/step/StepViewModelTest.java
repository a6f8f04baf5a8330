package org.rnnworkbench.app.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.AtomicFileWriter;

/** The Step area's view-model on a small trained character model, everything on the test's thread. */
class StepViewModelTest {
    @TempDir
    Path dir;

    private final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>();

    private StepViewModel loaded() {
        Path project = dir.resolve("project");
        TinyCharacterModel.writeInto(project);
        folder.set(project);
        StepViewModel vm = newViewModel();
        vm.refresh();
        assertEquals(StepViewModel.Mode.CHARACTER, vm.modeProperty().get(), vm.unavailableTextProperty().get());
        return vm;
    }

    private StepViewModel newViewModel() {
        return new StepViewModel(folder, BackgroundRunner.sameThread(), new StepModelLoader(),
                new SnapshotStore(new AtomicFileWriter()));
    }

    private static StreamFrame stream(StepViewModel vm, int s) {
        return vm.frameProperty().get().streams().get(s);
    }

    /** Play writes on the area's own worker until Pause; then the area is idle and Step goes on from there. */
    @Test
    void playWritesUntilPausedAndSteppingContinues() throws Exception {
        Path project = dir.resolve("play");
        TinyCharacterModel.writeInto(project);
        folder.set(project);
        StepViewModel vm = StepViewModel.withOwnWorker(folder, Runnable::run);
        vm.refresh();
        long loading = System.nanoTime() + 60_000_000_000L;
        while (vm.modeProperty().get() != StepViewModel.Mode.CHARACTER && System.nanoTime() < loading) {
            Thread.sleep(10);
        }
        assertEquals(StepViewModel.Mode.CHARACTER, vm.modeProperty().get(), vm.unavailableTextProperty().get());
        vm.speedProperty().set(200);
        vm.togglePlay();
        assertTrue(vm.playingProperty().get(), "playing");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (steps(vm) < 5 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        vm.togglePlay();
        awaitIdle(vm);
        assertFalse(vm.playingProperty().get(), "paused");
        long written = steps(vm);
        assertTrue(written >= 5, "wrote " + written + " characters while playing");
        Thread.sleep(100);
        assertEquals(written, steps(vm), "nothing is written after Pause");
        vm.step();
        awaitIdle(vm);
        assertEquals(written + 1, steps(vm), "Step continues from where Play stopped");
    }

    private static long steps(StepViewModel vm) {
        StepFrame frame = vm.frameProperty().get();
        return frame == null ? 0 : frame.steps();
    }

    private static void awaitIdle(StepViewModel vm) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (vm.busyProperty().get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(vm.busyProperty().get(), "the area became idle");
    }

    @Test
    void aProjectWithoutAFolderSaysToSaveIt() {
        StepViewModel vm = newViewModel();
        vm.refresh();
        assertEquals(StepViewModel.Mode.UNAVAILABLE, vm.modeProperty().get());
        assertEquals(StepRemedy.SAVE_PROJECT, vm.remedyProperty().get());
        assertTrue(vm.unavailableTextProperty().get().contains("not saved in a folder"));
    }

    @Test
    void aProjectWithoutATrainedModelSaysToTrainFirst() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        folder.set(dir.resolve("empty"));
        StepViewModel vm = newViewModel();
        vm.refresh();
        assertEquals(StepViewModel.Mode.UNAVAILABLE, vm.modeProperty().get());
        assertEquals(StepRemedy.TRAIN, vm.remedyProperty().get());
        assertTrue(vm.unavailableTextProperty().get().contains("Train the model first"),
                vm.unavailableTextProperty().get());
    }

    @Test
    void aModelTrainedLaterIsPickedUpOnRefresh() {
        Path project = dir.resolve("later");
        folder.set(project);
        StepViewModel vm = newViewModel();
        vm.refresh();
        assertEquals(StepViewModel.Mode.UNAVAILABLE, vm.modeProperty().get());
        TinyCharacterModel.writeInto(project);
        vm.refresh();
        assertEquals(StepViewModel.Mode.CHARACTER, vm.modeProperty().get());
        assertTrue(vm.modelTextProperty().get().contains("GravesLSTM(32)"), vm.modelTextProperty().get());
    }

    @Test
    void stepPrimesThenAddsOneCharacterPerStep() {
        StepViewModel vm = loaded();
        vm.primeProperty().set("The ");
        vm.step();
        assertEquals(5, stream(vm, 0).tokens().size());
        assertTrue(stream(vm, 0).text().startsWith("The "));
        for (int i = 0; i < 20; i++) {
            vm.step();
        }
        assertEquals(25, stream(vm, 0).text().length());
        assertEquals(21, stream(vm, 0).generatedCount());
        assertEquals(StepViewModel.DEFAULT_BARS, vm.nextAlternatives().size());
        double sum = vm.nextAlternatives().stream().mapToDouble(Alternative::probability).sum();
        assertTrue(sum <= 1 + 1e-6 && sum > 0, "bars sum to " + sum);
        for (int i = 1; i < vm.nextAlternatives().size(); i++) {
            assertTrue(vm.nextAlternatives().get(i - 1).probability() >= vm.nextAlternatives().get(i).probability());
        }
    }

    @Test
    void primeCharactersCarryTheProbabilityTheModelGaveThem() {
        StepViewModel vm = loaded();
        vm.primeProperty().set("The cat");
        vm.step();
        List<Token> tokens = stream(vm, 0).tokens();
        assertTrue(Double.isNaN(tokens.get(0).probability()), "nothing came before the first character");
        for (int i = 1; i < 7; i++) {
            Token t = tokens.get(i);
            assertEquals(TokenKind.PRIME, t.kind());
            assertEquals(t.distribution()[t.index()], t.probability(), 0.0);
        }
        // the grammar always writes "cat" after "The c": a trained model is sure of the "a"
        assertTrue(tokens.get(5).probability() > 0.5, "p('a' | 'The c') = " + tokens.get(5).probability());
    }

    @Test
    void greedyAndTemperatureZeroTakeTheArgmax() {
        for (boolean greedyFlag : new boolean[] {true, false}) {
            StepViewModel vm = loaded();
            vm.greedyProperty().set(greedyFlag);
            vm.temperatureProperty().set(greedyFlag ? 1.0 : 0.0);
            vm.runCountProperty().set(30);
            vm.run();
            for (Token t : stream(vm, 0).tokens()) {
                if (t.kind() == TokenKind.GENERATED) {
                    assertEquals(Sampler.argmax(t.distribution()), t.index());
                }
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameTextAndAnotherSeedAnother() {
        String[] texts = new String[3];
        long[] seeds = {5, 5, 6};
        for (int i = 0; i < 3; i++) {
            StepViewModel vm = loaded();
            vm.temperatureProperty().set(1.5);
            vm.seedProperty().set(seeds[i]);
            vm.runCountProperty().set(80);
            vm.run();
            texts[i] = stream(vm, 0).text();
        }
        assertEquals(texts[0], texts[1]);
        assertNotEquals(texts[0], texts[2]);
    }

    @Test
    void topKOneSamplesOnlyTheMostProbable() {
        StepViewModel vm = loaded();
        vm.temperatureProperty().set(3.0);
        vm.topKProperty().set(1);
        vm.runCountProperty().set(30);
        vm.run();
        assertEquals(1, vm.nextAlternatives().size());
        for (Token t : stream(vm, 0).tokens()) {
            if (t.kind() == TokenKind.GENERATED) {
                assertEquals(Sampler.argmax(t.distribution()), t.index());
            }
        }
    }

    @Test
    void forkRestoresTheStateAtTheForkPoint() {
        StepViewModel vm = loaded();
        vm.temperatureProperty().set(1.2);
        vm.runCountProperty().set(25);
        vm.run();
        List<Token> original = stream(vm, 0).tokens();
        int position = 12;
        Token there = original.get(position);
        assertTrue(there.forkable());

        // forking with the very character that was chosen gives back the recorded next distribution exactly
        vm.fork(0, position, there.index());
        StreamFrame same = stream(vm, 0);
        assertEquals(position + 1, same.tokens().size());
        assertArrayEquals(original.get(position + 1).distribution(), same.next(), 0f);
        assertEquals(original.get(position).after(), same.tokens().get(position).after());

        // with another character: a new branch, the old text stays as branch 1
        int other = Sampler.topIndices(there.distribution(), 2)[there.index() == Sampler.argmax(there.distribution())
                ? 1 : 0];
        vm.switchBranch(0, 1);
        vm.fork(0, position, other);
        StreamFrame forked = stream(vm, 0);
        assertEquals(3, forked.activeBranch());
        assertEquals(3, forked.branches().size());
        assertEquals(other, forked.tokens().get(position).index());
        assertEquals(there.distribution()[other], forked.tokens().get(position).probability(), 0.0);
        assertEquals(original.subList(0, position), forked.tokens().subList(0, position));
        assertTrue(forked.forkPoints().contains(position));

        vm.switchBranch(0, 1);
        assertEquals(stream(vm, 0).text(), textOf(original));
        // the first branch continues from its own end, as if nothing had happened
        assertArrayEquals(stream(vm, 0).next(), vm.frameProperty().get().streams().get(0).next(), 0f);
    }

    @Test
    void forkingOneStreamLeavesTheOthersWhereTheyWere() {
        StepViewModel vm = loaded();
        vm.streamsProperty().set(3);
        vm.greedyProperty().set(true);
        vm.runCountProperty().set(10);
        vm.run();
        StreamFrame before = stream(vm, 2);
        vm.fork(0, 8, stream(vm, 0).tokens().get(8).index());
        assertArrayEquals(before.next(), stream(vm, 2).next(), 0f);
        vm.step();
        // greedy streams from the same prime write the same text, fork or not
        assertEquals(stream(vm, 1).text().substring(0, 15), stream(vm, 2).text().substring(0, 15));
    }

    @Test
    void severalStreamsStartFromTheSamePrimeAndSampleApart() {
        StepViewModel vm = loaded();
        vm.streamsProperty().set(4);
        vm.temperatureProperty().set(1.5);
        vm.runCountProperty().set(60);
        vm.run();
        assertEquals(4, vm.frameProperty().get().streams().size());
        for (StreamFrame s : vm.frameProperty().get().streams()) {
            assertTrue(s.text().startsWith("The "));
            assertEquals(64, s.text().length());
        }
        assertNotEquals(stream(vm, 0).text(), stream(vm, 1).text());
        vm.focusedStreamProperty().set(3);
        assertEquals(stream(vm, 3).next()[vm.nextAlternatives().get(0).index()],
                vm.nextAlternatives().get(0).probability(), 0.0);
    }

    @Test
    void snapshotsRoundTripThroughTheProjectFolder() {
        StepViewModel vm = loaded();
        vm.streamsProperty().set(2);
        vm.runCountProperty().set(15);
        vm.run();
        StepFrame saved = vm.frameProperty().get();
        vm.snapshotNameProperty().set("after 15");
        vm.saveSnapshot();
        assertTrue(Files.isRegularFile(folder.get().resolve("snapshots").resolve("after_15.json")));
        assertEquals(List.of("after 15"), vm.snapshotNames());

        // continue greedily from here, remember the text, then come back and do it again
        vm.greedyProperty().set(true);
        vm.runCountProperty().set(10);
        vm.run();
        String continued = stream(vm, 1).text();
        vm.clearState();

        StepViewModel reopened = newViewModel();
        reopened.refresh();
        assertEquals(List.of("after 15"), reopened.snapshotNames());
        reopened.restoreSnapshot("after 15");
        for (int s = 0; s < 2; s++) {
            assertEquals(saved.streams().get(s).text(), stream(reopened, s).text());
            assertArrayEquals(saved.streams().get(s).next(), stream(reopened, s).next(), 0f);
        }
        reopened.greedyProperty().set(true);
        reopened.runCountProperty().set(10);
        reopened.run();
        assertEquals(continued, stream(reopened, 1).text());
    }

    @Test
    void verifyFindsSteppedOutputsEqualToOutputOnTheWholeSequence() throws Exception {
        StepViewModel vm = loaded();
        vm.streamsProperty().set(2);
        vm.runCountProperty().set(40);
        vm.run();
        vm.fork(1, 20, 0);
        vm.step();
        for (int s = 0; s < 2; s++) {
            vm.focusedStreamProperty().set(s);
            vm.verify();
            assertTrue(vm.verifyTextProperty().get().startsWith("Max difference"), vm.verifyTextProperty().get());
        }
        CharacterSession session = new CharacterSession(new org.rnnworkbench.model.io.ModelFile()
                .load(folder.get().resolve(StepModelLoader.MODEL_FILE)), TinyCharacterModel.vocabulary());
        session.prime("A bird ", 2, 1);
        for (int i = 0; i < 40; i++) {
            session.step(new SamplingSettings(1, 0, false, 1));
        }
        session.fork(0, 30, 3);
        session.step(SamplingSettings.defaults());
        double max = Math.max(session.verify(0), session.verify(1));
        assertTrue(max < 1e-5, "max difference " + max);
    }

    @Test
    void aLongStreamKeepsStatesForItsLastCharactersOnly() throws Exception {
        loaded();
        CharacterSession session = new CharacterSession(new org.rnnworkbench.model.io.ModelFile()
                .load(folder.get().resolve(StepModelLoader.MODEL_FILE)), TinyCharacterModel.vocabulary(), 10);
        session.prime("A bird ", 1, 1);
        for (int i = 0; i < 30; i++) {
            session.step(SamplingSettings.defaults());
        }
        List<Token> tokens = session.frame().streams().get(0).tokens();
        assertEquals(37, tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean recent = i >= tokens.size() - 10;
            assertEquals(recent, tokens.get(i).after() != null, "state kept at " + i);
            assertFalse(Double.isNaN(tokens.get(i).probability()) && i > 0, "the tint survives at " + i);
        }
        IllegalArgumentException tooOld = assertThrows(IllegalArgumentException.class,
                () -> session.fork(0, 20, 2));
        assertTrue(tooOld.getMessage().contains("last 10 characters"), tooOld.getMessage());
        session.fork(0, 30, 2);
        assertTrue(session.verify(0) < 1e-5, "verify compares the characters that kept their distributions");
    }

    @Test
    void clearStateForgetsEverythingAndTheNextStepPrimesAgain() {
        StepViewModel vm = loaded();
        vm.runCountProperty().set(5);
        vm.run();
        vm.clearState();
        assertTrue(vm.frameProperty().get().streams().isEmpty());
        assertTrue(vm.nextAlternatives().isEmpty());
        vm.primeProperty().set("A bird");
        vm.step();
        assertEquals(7, stream(vm, 0).text().length());
        assertTrue(stream(vm, 0).text().startsWith("A bird"));
    }

    @Test
    void aPrimeOutsideTheVocabularyIsToldNotThrown() {
        StepViewModel vm = loaded();
        vm.primeProperty().set("Zebra");
        vm.step();
        assertTrue(vm.frameProperty().get().streams().isEmpty());
        assertTrue(vm.messageProperty().get().contains("not in the vocabulary"), vm.messageProperty().get());
        assertTrue(!vm.busyProperty().get());
    }

    @Test
    void theMemoryViewShowsTheLastStepsOfTheChosenArray() {
        StepViewModel vm = loaded();
        assertEquals(4, vm.memorySources().size(), "two GravesLSTM layers, activations and memory each");
        vm.memoryStepsProperty().set(12);
        vm.runCountProperty().set(20);
        vm.run();
        HeatMap map = vm.heatMapProperty().get();
        assertEquals(32, map.units());
        assertEquals(12, map.steps());
        Token last = stream(vm, 0).tokens().get(stream(vm, 0).tokens().size() - 1);
        MemorySource cells = vm.memorySources().get(3);
        vm.memorySourceProperty().set(cells);
        HeatMap memory = vm.heatMapProperty().get();
        assertEquals(last.after().value(cells.layer(), cells.key(), 5), memory.values()[5][11], 0f);
        assertEquals(last.text(), memory.characters().get(11));
    }

    @Test
    void alternativesAtAPositionComeFromItsDistribution() {
        StepViewModel vm = loaded();
        vm.runCountProperty().set(10);
        vm.run();
        List<Alternative> alternatives = vm.alternativesAt(0, 8, 3);
        assertEquals(3, alternatives.size());
        Token t = stream(vm, 0).tokens().get(8);
        assertEquals(Sampler.argmax(t.distribution()), alternatives.get(0).index());
        assertTrue(vm.alternativesAt(0, 0, 3).isEmpty(), "the first prime character had nothing before it");
    }

    private static String textOf(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        tokens.forEach(t -> sb.append(t.text()));
        return sb.toString();
    }
}
