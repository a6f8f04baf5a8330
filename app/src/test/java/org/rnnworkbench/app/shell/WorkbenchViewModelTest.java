package org.rnnworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.builder.LayerKind;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.data.ApplyDataSourceCommand;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.app.project.RecentProjects;

class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ProjectStore store;
    private WorkbenchViewModel vm;

    @BeforeEach
    void setUp() {
        vm = newViewModel();
    }

    private WorkbenchViewModel newViewModel() {
        store = new ProjectStore(new ProjectFormat(), new AtomicFileWriter(), dir.resolve("home/untitled.json"));
        RecentProjects recent = new RecentProjects(dir.resolve("home/recent.txt"), new AtomicFileWriter());
        MemoryProbe memory = new MemoryProbe() {
            @Override
            public long usedBytes() {
                return 300L * 1024 * 1024;
            }

            @Override
            public long maxBytes() {
                return 4096L * 1024 * 1024;
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:15:00Z"), ZoneOffset.UTC);
        return new WorkbenchViewModel(store, recent, dialogs, BackgroundRunner.sameThread(), BackgroundRunner.sameThread(),
                memory, clock,
                dir.resolve("sample-copies"));
    }

    @Test
    void titleShowsProjectNameAndDirtyMarker() {
        assertEquals("Untitled — RNN Workbench", vm.titleProperty().get());
        vm.builder().addLayer(LayerKind.LSTM);
        assertEquals("*Untitled — RNN Workbench", vm.titleProperty().get());
        vm.undo();
        assertEquals("Untitled — RNN Workbench", vm.titleProperty().get());
    }

    @Test
    void saveAsksForAFolderOnceAndThenSavesInPlace() throws Exception {
        vm.builder().applyTemplate(Template.CHARACTER_MODEL);
        Path folder = dir.resolve("my-chars");
        dialogs.saveAnswers.add(folder);
        assertTrue(vm.save());
        assertEquals("my-chars — RNN Workbench", vm.titleProperty().get());
        assertTrue(Files.isRegularFile(folder.resolve(ProjectStore.PROJECT_FILE)));
        assertEquals(List.of(folder), vm.recentProjects());

        vm.builder().select(0);
        vm.builder().setNOut(100);
        assertTrue(vm.save());
        assertEquals(List.of("save as Untitled"), dialogs.questions, "the second save does not ask");
        assertEquals(100, store.load(folder).model().layers().get(0).nOut());
        assertFalse(vm.commands().isDirty());
    }

    @Test
    void cancellingSaveAsKeepsTheProjectDirty() {
        vm.builder().addLayer(LayerKind.LSTM);
        assertFalse(vm.saveAs());
        assertTrue(vm.commands().isDirty());
        assertNull(vm.projectFolderProperty().get());
    }

    @Test
    void saveCloseReopenGivesAnEqualProject() {
        vm.builder().applyTemplate(Template.SEQUENCE_REGRESSOR);
        dialogs.saveAnswers.add(dir.resolve("reg"));
        vm.save();
        var saved = vm.document();
        assertTrue(vm.close());
        assertTrue(vm.builder().draft().layers().isEmpty());
        assertTrue(vm.open(dir.resolve("reg")));
        assertEquals(saved, vm.document());
        assertFalse(vm.commands().isDirty());
        assertFalse(vm.commands().canUndoProperty().get(), "history starts afresh");
    }

    @Test
    void replacingADirtyProjectAsksAndCancelKeepsEverything() {
        vm.builder().addLayer(LayerKind.GRAVES_LSTM);
        dialogs.closeAnswers.add(CloseDecision.CANCEL);
        assertFalse(vm.newProject(Optional.empty()));
        assertEquals(1, vm.builder().draft().layers().size());
        assertTrue(vm.commands().isDirty());

        dialogs.closeAnswers.add(CloseDecision.DISCARD);
        assertTrue(vm.newProject(Optional.of(Template.ONE_TO_MANY)));
        assertEquals(3, vm.builder().draft().layers().size());
        assertFalse(vm.commands().isDirty());
        assertEquals(List.of("save Untitled", "save Untitled"), dialogs.questions);
    }

    /** Asks the view-model to close the window; true when it let the window close (at once). */
    private boolean exit() {
        AtomicInteger exits = new AtomicInteger();
        vm.requestExit(exits::incrementAndGet);
        return exits.get() == 1;
    }

    @Test
    void exitAsksWhenDirtyAndSavesWhenTold() {
        assertTrue(exit(), "nothing to save, no question");
        vm.builder().addLayer(LayerKind.RNN_OUTPUT);
        dialogs.closeAnswers.add(CloseDecision.CANCEL);
        assertFalse(exit());
        dialogs.closeAnswers.add(CloseDecision.SAVE);
        dialogs.saveAnswers.add(dir.resolve("out"));
        assertTrue(exit());
        assertTrue(Files.exists(dir.resolve("out").resolve(ProjectStore.PROJECT_FILE)));
    }

    @Test
    void exitIsRefusedWhenTheSaveIsCancelled() {
        vm.builder().addLayer(LayerKind.RNN_OUTPUT);
        dialogs.closeAnswers.add(CloseDecision.SAVE);
        assertFalse(exit(), "no folder chosen, so nothing saved and the window stays");
    }

    /** A training run as the shell sees it: running until the test ends it, counting the stops asked for. */
    private static final class FakeRun {
        final SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        final AtomicInteger stops = new AtomicInteger();

        void attachTo(WorkbenchViewModel vm) {
            vm.attachTraining(running, stops::incrementAndGet);
        }
    }

    @Test
    void closingWhileTrainingAsksAndCancelKeepsTheRunGoing() {
        FakeRun run = new FakeRun();
        run.attachTo(vm);
        dialogs.confirmAnswers.add(false);
        assertFalse(exit());
        assertEquals(List.of("Stop training and close?"), dialogs.questions);
        assertEquals(0, run.stops.get(), "Cancel stops nothing");
        assertTrue(run.running.get());
        assertFalse(vm.waitingForTrainingProperty().get());
    }

    @Test
    void stopAndCloseStopsTheRunAndClosesOnceItHasEnded() {
        FakeRun run = new FakeRun();
        run.attachTo(vm);
        vm.builder().addLayer(LayerKind.RNN_OUTPUT);
        dialogs.confirmAnswers.add(true);
        dialogs.closeAnswers.add(CloseDecision.DISCARD);
        AtomicInteger exits = new AtomicInteger();
        vm.requestExit(exits::incrementAndGet);
        assertEquals(List.of("Stop training and close?", "save Untitled"), dialogs.questions,
                "every question is asked before anything is stopped");
        assertEquals(1, run.stops.get());
        assertEquals(0, exits.get(), "the window waits for the run to end");
        assertTrue(vm.waitingForTrainingProperty().get());

        // a second close request while the run is stopping asks nothing and closes nothing twice
        vm.requestExit(exits::incrementAndGet);
        assertEquals(2, dialogs.questions.size());

        run.running.set(false);
        assertEquals(1, exits.get(), "closed once the run ended");
        assertFalse(vm.waitingForTrainingProperty().get());
    }

    @Test
    void cancellingTheUnsavedChangesQuestionStopsNothing() {
        FakeRun run = new FakeRun();
        run.attachTo(vm);
        vm.builder().addLayer(LayerKind.RNN_OUTPUT);
        dialogs.confirmAnswers.add(true);
        dialogs.closeAnswers.add(CloseDecision.CANCEL);
        assertFalse(exit());
        assertEquals(0, run.stops.get());
        assertTrue(run.running.get());
    }

    @Test
    void openingAnotherProjectWhileTrainingWaitsForTheRunToEnd() {
        vm.builder().applyTemplate(Template.SEQUENCE_REGRESSOR);
        dialogs.saveAnswers.add(dir.resolve("other"));
        assertTrue(vm.save());
        assertTrue(vm.newProject(Optional.empty()));
        FakeRun run = new FakeRun();
        run.attachTo(vm);

        dialogs.confirmAnswers.add(false);
        assertFalse(vm.open(dir.resolve("other")));
        assertEquals("Untitled", vm.projectNameProperty().get(), "Cancel: nothing opened");
        assertEquals(0, run.stops.get());

        dialogs.confirmAnswers.add(true);
        assertFalse(vm.open(dir.resolve("other")), "not opened yet: the run is still stopping");
        assertEquals(1, run.stops.get());
        assertEquals("Untitled", vm.projectNameProperty().get());
        run.running.set(false);
        assertEquals("other", vm.projectNameProperty().get(), "opened once the run ended");
        assertEquals(List.of("Stop training and open another project?", "Stop training and open another project?"),
                dialogs.questions.subList(dialogs.questions.size() - 2, dialogs.questions.size()));
    }

    @Test
    void withoutARunNothingIsAskedAboutTraining() {
        new FakeRun().attachTo(vm);
        FakeRun idle = new FakeRun();
        idle.running.set(false);
        idle.attachTo(vm);
        assertTrue(vm.newProject(Optional.of(Template.ONE_TO_MANY)));
        assertTrue(exit());
        assertTrue(dialogs.questions.isEmpty(), dialogs.questions.toString());
        assertEquals(0, idle.stops.get());
    }

    @Test
    void aCorruptFileShowsWhatIsWrongAndOpensNothing() throws Exception {
        vm.builder().applyTemplate(Template.CHARACTER_MODEL);
        dialogs.saveAnswers.add(dir.resolve("good"));
        vm.save();
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve(ProjectStore.PROJECT_FILE), "{ \"formatVersion\": 1, \"kind\": \"rnn-wo");
        assertFalse(vm.open(bad));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("not valid JSON"), dialogs.errors.get(0));
        assertEquals("good", vm.projectNameProperty().get());
        assertEquals(3, vm.builder().draft().layers().size());
    }

    @Test
    void openAsksForAFileAndAcceptsTheProjectFileItself() throws Exception {
        vm.builder().applyTemplate(Template.CHARACTER_MODEL);
        dialogs.saveAnswers.add(dir.resolve("p"));
        vm.save();
        vm.close();
        dialogs.openAnswers.add(dir.resolve("p").resolve(ProjectStore.PROJECT_FILE));
        assertTrue(vm.open());
        assertEquals("p", vm.projectNameProperty().get());
        assertEquals(dir.resolve("p"), vm.projectFolderProperty().get());
    }

    @Test
    void autosaveWritesASideFileThatIsOfferedBackOnOpen() throws Exception {
        vm.builder().applyTemplate(Template.CHARACTER_MODEL);
        Path folder = dir.resolve("auto");
        dialogs.saveAnswers.add(folder);
        vm.save();
        vm.autosave();
        assertFalse(Files.exists(folder.resolve(ProjectStore.AUTOSAVE_FILE)), "nothing unsaved, nothing written");

        vm.builder().select(2);
        vm.builder().setNOut(50);
        vm.autosave();
        assertTrue(Files.exists(folder.resolve(ProjectStore.AUTOSAVE_FILE)));
        assertEquals("Autosaved at 10:15", vm.messageProperty().get());
        Files.setLastModifiedTime(folder.resolve(ProjectStore.PROJECT_FILE), FileTime.fromMillis(0));

        WorkbenchViewModel afterCrash = newViewModel();
        dialogs.confirmAnswers.add(true);
        assertTrue(afterCrash.open(folder));
        assertEquals(50, afterCrash.builder().draft().layers().get(2).nOut());
        assertTrue(afterCrash.commands().isDirty(), "restored changes are not saved yet");
        assertEquals("auto", afterCrash.projectNameProperty().get());
    }

    @Test
    void declinedAutosaveIsRemoved() throws Exception {
        vm.builder().applyTemplate(Template.CHARACTER_MODEL);
        Path folder = dir.resolve("d");
        dialogs.saveAnswers.add(folder);
        vm.save();
        vm.builder().select(0);
        vm.builder().setNOut(10);
        vm.autosave();
        Files.setLastModifiedTime(folder.resolve(ProjectStore.PROJECT_FILE), FileTime.fromMillis(0));
        WorkbenchViewModel other = newViewModel();
        dialogs.confirmAnswers.add(false);
        other.open(folder);
        assertEquals(200, other.builder().draft().layers().get(0).nOut());
        assertFalse(Files.exists(folder.resolve(ProjectStore.AUTOSAVE_FILE)));
    }

    @Test
    void theDataSourceIsAutosavedWithTheProjectAndRestoredWithIt() throws Exception {
        DataSourceSpec chars = new DataSourceSpec.CharacterText("t.txt", 4, 2, false, 1, 0, false, 0);
        vm.commands().execute(new ApplyDataSourceCommand(vm.dataSource(), vm.builder(), chars, vm.builder().draft()));
        vm.autosave();
        WorkbenchViewModel next = newViewModel();
        dialogs.confirmAnswers.add(true);
        next.startup(Optional.empty());
        assertEquals(chars, next.dataSource().get(), "an untitled project's data source comes back");

        Path folder = dir.resolve("with-data");
        dialogs.saveAnswers.add(folder);
        assertTrue(next.save());
        assertFalse(Files.exists(store.dataAutosaveFile(null)), "a save supersedes the untitled autosave");
        DataSourceSpec changed = new DataSourceSpec.CharacterText("t.txt", 8, 2, false, 1, 0, false, 0);
        next.commands().execute(new ApplyDataSourceCommand(next.dataSource(), next.builder(), changed,
                next.builder().draft()));
        next.autosave();
        Files.setLastModifiedTime(folder.resolve(ProjectStore.PROJECT_FILE), FileTime.fromMillis(0));
        WorkbenchViewModel third = newViewModel();
        dialogs.confirmAnswers.add(true);
        third.open(folder);
        assertEquals(changed, third.dataSource().get(), "the autosaved data source, not data.json's");
        assertTrue(third.commands().isDirty());

        WorkbenchViewModel declined = newViewModel();
        dialogs.confirmAnswers.add(false);
        declined.open(folder);
        assertEquals(chars, declined.dataSource().get(), "declined: the saved data source");
        assertFalse(Files.exists(store.dataAutosaveFile(folder)), "and its autosave is gone");
    }

    @Test
    void anUntitledProjectIsRestoredAtStartup() {
        vm.builder().applyTemplate(Template.SEQUENCE_CLASSIFIER);
        vm.autosave();
        WorkbenchViewModel next = newViewModel();
        dialogs.confirmAnswers.add(true);
        next.startup(Optional.empty());
        assertEquals(Template.SEQUENCE_CLASSIFIER.draft(), next.builder().draft());
        assertTrue(next.commands().isDirty());
    }

    @Test
    void sampleOpensAsTheUsersOwnCopyAndTheShippedOneStaysAsItIs() throws Exception {
        Path sample = dir.resolve("samples/demo");
        store.save(sample, new org.rnnworkbench.app.project.ProjectDocument("demo", Template.ONE_TO_MANY.draft(), ""));
        new org.rnnworkbench.app.project.DataSourceStore(new org.rnnworkbench.app.project.AtomicFileWriter()).save(sample,
                new org.rnnworkbench.app.project.DataSourceSpec.CharacterText("data/text.txt", 50, 8, false, 1, 0.1,
                        true, 1));
        byte[] shipped = java.nio.file.Files.readAllBytes(sample.resolve("project.json"));
        assertTrue(vm.openSample(sample));
        Path copy = dir.resolve("sample-copies/demo").toAbsolutePath().normalize();
        assertEquals(copy, vm.projectFolderProperty().get());
        assertEquals(Area.MODEL, vm.selectedAreaProperty().get(), "no trained model: the Model area");
        assertEquals("data/text.txt",
                ((org.rnnworkbench.app.project.DataSourceSpec.CharacterText) vm.dataSource().get()).textFile());

        vm.builder().addLayer(LayerKind.LSTM);
        assertTrue(vm.save());
        assertTrue(java.util.Arrays.equals(shipped, java.nio.file.Files.readAllBytes(sample.resolve("project.json"))),
                "saving writes the copy, never the sample");

        assertTrue(vm.openSample(sample));
        assertFalse(dialogs.questions.contains("A newer version of the sample"), "the sample has not changed");
        assertEquals(vm.builder().draft().layers().size(), Template.ONE_TO_MANY.draft().layers().size() + 1,
                "opening the sample again opens the user's copy with its work");
    }

    @Test
    void aNewerSampleIsOfferedAndTheOldCopyIsKeptBesideIt() throws Exception {
        Path sample = dir.resolve("samples/demo");
        store.save(sample, new org.rnnworkbench.app.project.ProjectDocument("demo", Template.ONE_TO_MANY.draft(), ""));
        assertTrue(vm.openSample(sample));
        vm.builder().addLayer(LayerKind.LSTM);
        assertTrue(vm.save());
        int edited = vm.builder().draft().layers().size();

        // a newer workbench ships the sample with a trained model
        Files.writeString(sample.resolve("model.rnnwb"), "trained");
        assertTrue(vm.openSample(sample), "declined: the user's copy opens, with its work");
        assertTrue(dialogs.questions.contains("A newer version of the sample"));
        assertEquals(edited, vm.builder().draft().layers().size());
        dialogs.questions.clear();
        assertTrue(vm.openSample(sample));
        assertFalse(dialogs.questions.contains("A newer version of the sample"), "asked once per version");

        Files.writeString(sample.resolve("model.rnnwb"), "trained again");
        dialogs.confirmAnswers.add(true);
        assertTrue(vm.openSample(sample));
        Path copies = dir.resolve("sample-copies");
        assertEquals("trained again", Files.readString(copies.resolve("demo/model.rnnwb")));
        assertEquals(Template.ONE_TO_MANY.draft().layers().size(), vm.builder().draft().layers().size());
        try (var listing = Files.list(copies)) {
            Path aside = listing.filter(p -> p.getFileName().toString().startsWith("demo-")).findFirst().orElseThrow();
            assertEquals("demo-20260101-101500", aside.getFileName().toString());
            assertEquals(edited, store.load(aside).model().layers().size(), "the old copy is kept, with the user's work");
            assertTrue(vm.messageProperty().get().contains(aside.toString()), vm.messageProperty().get());
        }
    }

    @Test
    void undoTextNamesTheEdit() {
        assertEquals("Undo", vm.undoTextProperty().get());
        vm.builder().addLayer(LayerKind.LSTM);
        assertEquals("Undo Add LSTM", vm.undoTextProperty().get());
        vm.undo();
        assertEquals("Redo Add LSTM", vm.redoTextProperty().get());
    }

    @Test
    void trainingIsBlockedWhileInvalidOrBusy() {
        assertFalse(vm.canTrainProperty().get());
        assertTrue(vm.trainBlockedReasonProperty().get().startsWith("The model is not valid yet"));
        vm.builder().applyTemplate(Template.CHARACTER_MODEL);
        assertTrue(vm.canTrainProperty().get());
        assertEquals("", vm.trainBlockedReasonProperty().get());
        vm.setEngineState(EngineState.IMPORTING);
        assertFalse(vm.canTrainProperty().get());
        assertEquals("The engine is busy: Importing", vm.trainBlockedReasonProperty().get());
    }

    @Test
    void deleteActsOnTheModelAreaOnly() {
        vm.builder().addLayer(LayerKind.LSTM);
        vm.selectedAreaProperty().set(Area.DATA);
        vm.delete();
        assertEquals(1, vm.builder().draft().layers().size());
        vm.selectedAreaProperty().set(Area.MODEL);
        vm.delete();
        assertEquals(0, vm.builder().draft().layers().size());
    }

    @Test
    void memoryFigureComesFromTheProbe() {
        assertEquals("Heap 300 / 4096 MB", vm.memoryTextProperty().get());
    }

    @Test
    void aSaveFailureIsReportedAndNothingIsMarkedSaved() throws Exception {
        vm.builder().addLayer(LayerKind.LSTM);
        Path blocker = Files.writeString(dir.resolve("file-not-folder"), "x");
        dialogs.saveAnswers.add(blocker);
        assertFalse(vm.save());
        assertTrue(vm.commands().isDirty());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("previous file is unchanged"));
    }

    @Test
    void theDataSourceIsSavedBesideTheProjectAndComesBackOnOpen() throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/t.txt"), "hello hello");
        DataSourceSpec chars = new DataSourceSpec.CharacterText(dir.resolve("text/t.txt").toString(), 4, 2, false,
                1, 0, false, 0);
        vm.commands().execute(new ApplyDataSourceCommand(vm.dataSource(), vm.builder(), chars, vm.builder().draft()));
        assertEquals("Undo Set Data Source", vm.undoTextProperty().get());
        Path folder = dir.resolve("p");
        dialogs.saveAnswers.add(folder);
        assertTrue(vm.save());
        assertTrue(Files.isRegularFile(folder.resolve(DataSourceStore.DATA_FILE)));
        assertTrue(Files.readString(folder.resolve(DataSourceStore.VOCABULARY_FILE)).contains("\"characters\" : \" ehlo\""));

        vm.close();
        assertNull(vm.dataSource().get());
        vm.open(folder);
        assertEquals(chars, vm.dataSource().get());
    }

    @Test
    void undoTakesTheDataSourceBack() {
        DataSourceSpec chars = new DataSourceSpec.CharacterText("t.txt", 4, 2, false, 1, 0, false, 0);
        vm.commands().execute(new ApplyDataSourceCommand(vm.dataSource(), vm.builder(), chars, vm.builder().draft()));
        vm.undo();
        assertNull(vm.dataSource().get());
        vm.redo();
        assertEquals(chars, vm.dataSource().get());
    }

    @Test
    void aTrainedModelKeepsTheVocabularyItWasTrainedWith() throws Exception {
        Path text = Files.writeString(Files.createDirectories(dir.resolve("text")).resolve("t.txt"), "hello hello");
        DataSourceSpec chars = new DataSourceSpec.CharacterText(text.toString(), 4, 2, false, 1, 0, false, 0);
        vm.commands().execute(new ApplyDataSourceCommand(vm.dataSource(), vm.builder(), chars, vm.builder().draft()));
        Path folder = dir.resolve("p");
        dialogs.saveAnswers.add(folder);
        assertTrue(vm.save());
        Path vocabulary = folder.resolve(DataSourceStore.VOCABULARY_FILE);
        String trainedWith = Files.readString(vocabulary);

        // the text gains a character; without a trained model the vocabulary follows the text
        Files.writeString(text, "hello world");
        vm.builder().addLayer(LayerKind.LSTM);
        assertTrue(vm.save());
        assertTrue(Files.readString(vocabulary).contains("\"characters\" : \" dehlorw\""), Files.readString(vocabulary));

        // with a trained model it does not: the network reads characters by the saved indices
        Files.writeString(vocabulary, trainedWith);
        Files.writeString(folder.resolve(WorkbenchViewModel.TRAINED_MODEL_FILE), "a model");
        vm.builder().addLayer(LayerKind.LSTM);
        assertTrue(vm.save());
        assertEquals(trainedWith, Files.readString(vocabulary));
        assertTrue(vm.messageProperty().get().contains("Kept the vocabulary"), vm.messageProperty().get());
    }
}
