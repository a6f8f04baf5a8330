package org.rnnworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.model.data.AlignmentMode;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.CsvFormat;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.LabelType;
import org.rnnworkbench.model.data.Normalization;
import org.rnnworkbench.model.data.NormalizationType;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceCsvSpec;

class DataSourceStoreTest {
    @TempDir
    Path dir;

    private final DataSourceStore store = new DataSourceStore(new AtomicFileWriter());

    static DataSourceSpec.CsvSequences csv() {
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new FolderFiles("data/features", "csv"),
                new NumberedFiles("data/labels/%d.csv", 0, 9), LabelType.CLASSIFICATION, 4, AlignmentMode.ALIGN_END,
                CsvFormat.of(1, Delimiter.SEMICOLON)).withNormalization(
                new Normalization(NormalizationType.STANDARDIZE, new double[] {0.5, -1}, new double[] {2, 3}));
        return new DataSourceSpec.CsvSequences(spec, 16, true, 42, 0.2, NormalizationType.STANDARDIZE);
    }

    @Test
    void bothKindsRoundTripThroughTheFolder() throws Exception {
        store.save(dir, csv());
        assertEquals(Optional.of(csv()), store.load(dir));
        String text = Files.readString(dir.resolve(DataSourceStore.DATA_FILE));
        assertTrue(text.contains("\"formatVersion\" : 1") && text.contains("\"kind\" : \"csvSequences\""), text);

        DataSourceSpec.CharacterText chars = new DataSourceSpec.CharacterText("text/shakespeare.txt", 50, 32, true,
                2, 0.1, true, 7);
        store.save(dir, chars);
        assertEquals(Optional.of(chars), store.load(dir));
    }

    @Test
    void labelColumnsRoundTrip() throws Exception {
        DataSourceSpec.CsvSequences columns = new DataSourceSpec.CsvSequences(SequenceCsvSpec.labelsInColumns(
                new NumberedFiles("seq_%03d.csv", 1, 20), List.of(2, 3), LabelType.REGRESSION, 0,
                AlignmentMode.EQUAL_LENGTH, CsvFormat.detect()), 8, false, 0, 0, null);
        store.save(dir, columns);
        assertEquals(Optional.of(columns), store.load(dir));
    }

    @Test
    void aFolderWithoutDataHasNone() throws Exception {
        assertEquals(Optional.empty(), store.load(dir));
        assertEquals(Optional.empty(), store.loadVocabulary(dir));
    }

    @Test
    void vocabularyRoundTrips() throws Exception {
        CharacterVocabulary vocabulary = CharacterVocabulary.build("Hello, world", true, 1);
        store.saveVocabulary(dir, vocabulary);
        assertEquals(Optional.of(vocabulary), store.loadVocabulary(dir));
    }

    @Test
    void aNewerFileIsRefusedWithItsVersion() {
        String newer = store.toJson(csv()).replace("\"formatVersion\" : 1", "\"formatVersion\" : 9");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> store.fromJson(newer, Path.of("data.json")));
        assertTrue(e.getMessage().contains("format version 9"), e.getMessage());
    }

    @Test
    void aBrokenRuleIsReportedInTheRulesWords() {
        String broken = store.toJson(csv()).replace("\"minibatchSize\" : 16", "\"minibatchSize\" : 0");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> store.fromJson(broken, Path.of("data.json")));
        assertTrue(e.getMessage().contains("the minibatch size must be at least 1, got 0"), e.getMessage());
    }

    @Test
    void aForeignJsonFileIsNotTakenForData() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> store.fromJson("{\"formatVersion\": 1, \"kind\": \"other\"}", Path.of("data.json")));
        assertTrue(e.getMessage().contains("not an RNN Workbench data file"), e.getMessage());
    }

    @Test
    void theVersionOneFixtureStillLoads() throws Exception {
        String fixture = new String(getClass().getResourceAsStream("format-v1/data.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        DataSourceSpec spec = store.fromJson(fixture, Path.of("data.json"));
        assertEquals(AlignmentMode.ALIGN_END, ((DataSourceSpec.CsvSequences) spec).alignment());
        assertEquals(32, spec.minibatchSize());
    }
}
