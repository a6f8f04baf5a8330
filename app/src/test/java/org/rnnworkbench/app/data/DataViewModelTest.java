package org.rnnworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.builder.BuilderViewModel;
import org.rnnworkbench.app.builder.LayerSpec;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.app.concurrent.BackgroundRunner;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.ProjectDataSource;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.ColumnStatistics;
import org.rnnworkbench.model.data.DataStatistics;

class DataViewModelTest {
    /** Feature lengths of the many-to-one folder; labels are one line each. */
    static final int[] LENGTHS = {5, 2, 7, 4, 3};

    @TempDir
    Path dir;

    private final ProjectDataSource project = new ProjectDataSource();
    private final CommandStack commands = new CommandStack();
    private BuilderViewModel builder;
    private DataViewModel vm;

    @BeforeEach
    void setUp() {
        builder = new BuilderViewModel(commands, Template.CHARACTER_MODEL.draft());
        vm = new DataViewModel(project, builder, commands, BackgroundRunner.sameThread(), BackgroundRunner.sameThread(),
                new javafx.beans.property.SimpleObjectProperty<>(dir));
    }

    private void openManyToOneFolder() {
        SequenceFolders.manyToOne(dir, 3, 4, LENGTHS);
        vm.featuresFolderProperty().set("features");
        vm.labelsFolderProperty().set("labels");
        vm.minibatchSizeProperty().set(5);
    }

    private static int[] lastSteps(PreviewBatch p, double[][] mask) {
        int[] steps = new int[p.miniBatch()];
        for (int i = 0; i < steps.length; i++) {
            int[] present = p.presentSteps(mask, i);
            assertEquals(1, present.length, "one label step in example " + i);
            steps[i] = present[0];
        }
        return steps;
    }

    @Test
    void aFolderShowsItsMatchCountAndTheDetectedLayout() {
        openManyToOneFolder();
        assertEquals("5 files match", vm.featuresMatchProperty().get().describe());
        assertEquals("5 files match", vm.labelsMatchProperty().get().describe());
        Detection d = vm.detectionProperty().get();
        assertEquals(LabelType.CLASSIFICATION, d.labelType());
        assertEquals(4, d.numClasses());
        assertEquals(SequenceLayout.MANY_TO_ONE, d.layout());
        assertTrue(d.variableLength());
        assertTrue(d.describe().startsWith("many-to-one: one label per sequence"), d.describe());

        vm.useDetection();
        assertEquals(AlignmentMode.ALIGN_END, vm.alignmentProperty().get());
        assertEquals(4, vm.numClassesProperty().get());
    }

    @Test
    void aNumberedPatternTellsTheFirstMissingNumber() {
        SequenceFolders.manyToOne(dir, 2, 2, 3, 3, 3, 3, 3, 3);
        vm.filesModeProperty().set(FilesMode.NUMBERED);
        vm.featuresPatternProperty().set("features/%d.csv");
        vm.lastProperty().set(8);
        assertEquals("6 of 9 files found; first missing: 6", vm.featuresMatchProperty().get().describe());
        assertFalse(vm.specProblemProperty().get().isEmpty(), "the engine refuses an incomplete range");
        vm.lastProperty().set(5);
        assertEquals("6 files match", vm.featuresMatchProperty().get().describe());
        assertEquals("", vm.specProblemProperty().get());
    }

    @Test
    void theDelimiterIsDetectedAndSkippedLinesAreMarkedInTheRawPreview() {
        SequenceFolders.write(dir.resolve("f/0.csv"), "time;a;b\n0.1;0.2;0.3\n0.4;0.5;0.6\n");
        SequenceFolders.write(dir.resolve("l/0.csv"), "class\n1\n0\n");
        vm.featuresFolderProperty().set("f");
        vm.labelsFolderProperty().set("l");
        vm.linesToSkipProperty().set(1);
        assertEquals(Delimiter.SEMICOLON, vm.detectedDelimiterProperty().get());
        List<RawLine> lines = vm.rawLines();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).skipped());
        assertEquals(List.of(), lines.get(0).cells());
        assertFalse(lines.get(1).skipped());
        assertEquals(List.of("0.1", "0.2", "0.3"), lines.get(1).cells());

        vm.delimiterProperty().set(Delimiter.COMMA);
        assertEquals(List.of("0.1;0.2;0.3"), vm.rawLines().get(1).cells(), "an overridden delimiter splits anew");
    }

    @Test
    void alignEndPutsEachLabelOnTheLastRealStepExactlyAsTheEngineDoes() {
        openManyToOneFolder();
        vm.useDetection();
        PreviewBatch p = vm.previewProperty().get();
        assertNotNull(p, vm.previewProblemProperty().get());
        assertEquals(7, p.time());
        assertArrayEquals(new int[] {4, 1, 6, 3, 2}, lastSteps(p, p.labelsMask()));
        for (int i = 0; i < LENGTHS.length; i++) {
            assertEquals(LENGTHS[i], p.presentSteps(p.featuresMask(), i).length);
        }
        SequenceDataSet engine = CsvSequenceSource.open(vm.sequenceSpec(), dir).iterator(BatchSettings.inOrder(5))
                .next();
        assertArrayEquals(engine.labelsMask().toDoubleMatrix(), p.labelsMask());
        assertArrayEquals(engine.featuresMask().toDoubleMatrix(), p.featuresMask());
        assertEquals(SequenceFolders.value(2, 6, 1), p.features()[2][1][6], 1e-6);
        assertEquals(1.0, p.labels()[2][2][6], "example 2 has class 2, one-hot at its last step");
    }

    @Test
    void switchingToAlignStartMovesTheLabelsToTheFirstStepAtOnce() {
        openManyToOneFolder();
        vm.useDetection();
        vm.alignmentProperty().set(AlignmentMode.ALIGN_START);
        PreviewBatch p = vm.previewProperty().get();
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, lastSteps(p, p.labelsMask()));
        assertEquals(1.0, p.labels()[2][2][0]);
    }

    @Test
    void equalLengthOnVaryingLengthsShowsTheEnginesMessage() {
        openManyToOneFolder();
        vm.alignmentProperty().set(AlignmentMode.EQUAL_LENGTH);
        assertNull(vm.previewProperty().get());
        assertTrue(vm.previewProblemProperty().get().contains("EQUAL_LENGTH needs both the same length"),
                vm.previewProblemProperty().get());
    }

    @Test
    void theChosenMinibatchIsPreviewed() {
        openManyToOneFolder();
        vm.useDetection();
        vm.minibatchSizeProperty().set(2);
        assertEquals(3, vm.batchCountProperty().get());
        vm.previewIndexProperty().set(2);
        PreviewBatch p = vm.previewProperty().get();
        assertEquals(1, p.miniBatch());
        assertEquals(List.of("4.csv"), p.names());
        assertEquals(3, p.time());
    }

    @Test
    void anImportPutsTheSourceIntoTheProjectAndFitsTheModelInOneUndoableEdit() {
        openManyToOneFolder();
        vm.useDetection();
        vm.validationFractionProperty().set(0.2);
        vm.importData();
        assertEquals("", vm.errorTextProperty().get());
        DataSourceSpec.CsvSequences applied = (DataSourceSpec.CsvSequences) project.get();
        assertEquals(AlignmentMode.ALIGN_END, applied.alignment());
        assertEquals(3, builder.draft().settings().inputSize());
        List<LayerSpec> layers = builder.draft().layers();
        assertEquals(4, layers.get(layers.size() - 1).nOut());
        assertTrue(vm.resultTextProperty().get().startsWith("Imported 5 sequences (4 for training, 1 held out"),
                vm.resultTextProperty().get());

        DataStatistics stats = vm.resultProperty().get().statistics();
        assertEquals(Map.of(2, 1, 3, 1, 4, 1, 5, 1, 7, 1), stats.lengthHistogram());
        assertArrayEquals(new long[] {2, 1, 1, 1}, stats.classCounts());
        ColumnStatistics c1 = stats.columns().get(1);
        assertEquals(21, c1.count());
        assertEquals(SequenceFolders.value(0, 0, 1), c1.min(), 1e-6);
        assertEquals(SequenceFolders.value(4, 2, 1), c1.max(), 1e-6);

        commands.undo();
        assertNull(project.get());
        assertEquals(Template.CHARACTER_MODEL.draft(), builder.draft());
    }

    @Test
    void aNormalizationIsFittedDuringTheImport() {
        openManyToOneFolder();
        vm.useDetection();
        vm.normalizationProperty().set(NormalizationType.MIN_MAX);
        vm.importData();
        DataSourceSpec.CsvSequences applied = (DataSourceSpec.CsvSequences) project.get();
        assertNotNull(applied.sequences().normalization());
        assertEquals(NormalizationType.MIN_MAX, applied.normalizationType());
    }

    @Test
    void aBrokenFileShowsFileAndLineAndNothingIsImported() {
        openManyToOneFolder();
        vm.useDetection();
        SequenceFolders.write(dir.resolve("features/3.csv"), "1,2,3\n4,5,6\n7,oops,9\n");
        vm.importData();
        assertNull(project.get());
        assertFalse(commands.canUndoProperty().get());
        assertTrue(vm.errorTextProperty().get().endsWith("3.csv, line 3, column 2: expected a number, found \"oops\""),
                vm.errorTextProperty().get());

        vm.showErrorFile();
        assertEquals(WizardStep.FILES, vm.stepProperty().get());
        assertEquals(dir.resolve("features/3.csv").toString(), vm.rawFileProperty().get().toString());
        assertEquals(3, vm.highlightedLineProperty().get());
        assertEquals("7,oops,9", vm.rawLines().get(2).text());
    }

    @Test
    void anErrorFarDownShowsTheFirstLinesAndTheLinesAroundIt() {
        openManyToOneFolder();
        vm.useDetection();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            text.append(i == 600 ? "1,x,3" : i + ",2,3").append('\n');
        }
        SequenceFolders.write(dir.resolve("features/3.csv"), text.toString());
        vm.importData();
        assertTrue(vm.errorTextProperty().get().contains("line 600, column 2"), vm.errorTextProperty().get());

        vm.showErrorFile();
        assertEquals(600, vm.highlightedLineProperty().get());
        List<Integer> numbers = vm.rawLines().stream().map(RawLine::number).toList();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= DataViewModel.RAW_LINES; i++) {
            expected.add(i);
        }
        for (int i = 595; i <= 604; i++) {
            expected.add(i);
        }
        assertEquals(expected, numbers, "the first lines, then five before and four after the error's");
        assertEquals("1,x,3", vm.rawLines().get(DataViewModel.RAW_LINES + 5).text());
        assertEquals(List.of("1", "x", "3"), vm.rawLines().get(DataViewModel.RAW_LINES + 5).cells());
    }

    @Test
    void labelColumnsWithFractionsAreDetectedAsRegression() {
        SequenceFolders.write(dir.resolve("s/1.csv"), "0.1,0.2,1.5\n0.3,0.4,2.25\n");
        SequenceFolders.write(dir.resolve("s/2.csv"), "0.5,0.6,0.75\n0.7,0.8,1.0\n");
        vm.sourceKindProperty().set(SourceKind.LABEL_COLUMNS);
        vm.featuresFolderProperty().set("s");
        vm.labelColumnsProperty().set("2");
        assertEquals(LabelType.REGRESSION, vm.detectionProperty().get().labelType());
        assertEquals(SequenceLayout.MANY_TO_MANY, vm.detectionProperty().get().layout());
        vm.useDetection();
        vm.importData();
        assertEquals(new DataShape(2, 1, LabelType.REGRESSION), vm.resultProperty().get().shape());
        assertTrue(vm.resultTextProperty().get().contains("The model no longer fits: the data is regression"),
                vm.resultTextProperty().get());
    }

    @Test
    void aTextSourceShowsItsVocabularyAndOneExampleAsOneHot() {
        SequenceFolders.write(dir.resolve("t.txt"), "hello world, hello there");
        vm.sourceKindProperty().set(SourceKind.CHARACTER_TEXT);
        vm.textFileProperty().set("t.txt");
        vm.exampleLengthProperty().set(5);
        VocabularyEntry l = vm.vocabulary().stream().filter(e -> e.codePoint() == 'l').findFirst().orElseThrow();
        assertEquals(5, l.count());
        assertEquals("␣ space", vm.vocabulary().get(0).shown());
        assertEquals("hello", vm.exampleTextProperty().get());
        PreviewBatch p = vm.previewProperty().get();
        assertEquals(vm.vocabulary().size(), p.features()[0].length);
        assertEquals(1.0, p.features()[0][l.index()][2], "the third character is an l");
        assertEquals(1.0, p.labels()[0][l.index()][1], "its label one step earlier");

        vm.importData();
        assertEquals(new DataSourceSpec.CharacterText("t.txt", 5, 8, false, 1, 0.2, true, 123), project.get());
    }

    @Test
    void openingAProjectFillsTheWizardFromItsDataSource() {
        openManyToOneFolder();
        vm.useDetection();
        DataSourceSpec spec = vm.spec();
        DataViewModel fresh = new DataViewModel(project, builder, commands, BackgroundRunner.sameThread(), BackgroundRunner.sameThread(),
                new javafx.beans.property.SimpleObjectProperty<>(dir));
        project.set(spec);
        assertEquals(AlignmentMode.ALIGN_END, fresh.alignmentProperty().get());
        assertEquals("features", fresh.featuresFolderProperty().get());
        assertEquals(4, fresh.numClassesProperty().get());
        assertEquals(spec, fresh.spec());
        assertNotNull(fresh.previewProperty().get());
    }

    @Test
    void leavingTheFilesStepTakesTheDetection() {
        openManyToOneFolder();
        vm.next();
        assertEquals(WizardStep.FILES, vm.stepProperty().get());
        vm.next();
        assertEquals(WizardStep.TASK, vm.stepProperty().get());
        assertEquals(AlignmentMode.ALIGN_END, vm.alignmentProperty().get());
        vm.back();
        assertEquals(WizardStep.FILES, vm.stepProperty().get());
    }
}
