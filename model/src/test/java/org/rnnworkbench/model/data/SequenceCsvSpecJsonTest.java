package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec -> JSON -> spec, and the refusal of files it cannot read. */
class SequenceCsvSpecJsonTest {
    private final SequenceCsvSpecJson json = new SequenceCsvSpecJson();

    @Test
    void separateFilesWithNormalizationRoundTrip() {
        SequenceCsvSpec spec = SequenceCsvSpec.separateFiles(new NumberedFiles("data/in_%03d.csv", 1, 250),
                new FolderFiles("data/labels", "txt"), LabelType.CLASSIFICATION, 5, AlignmentMode.ALIGN_END,
                CsvFormat.of(2, Delimiter.TAB))
                .withNormalization(new Normalization(NormalizationType.STANDARDIZE, new double[] {0.1, -3e-7},
                        new double[] {2.5, 1e9}));

        String text = json.toJson(spec);

        assertEquals(spec, json.fromJson(text));
        assertTrue(text.contains("\"formatVersion\" : 1"), text);
        assertTrue(text.contains("\"kind\" : \"numbered\"") && text.contains("\"kind\" : \"folder\""), text);
    }

    @Test
    void labelColumnsWithDetectedDelimiterRoundTrip() {
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new FolderFiles("/abs/walks", "csv"),
                List.of(4, 2), LabelType.REGRESSION, 0, AlignmentMode.ALIGN_START, CsvFormat.detect());

        SequenceCsvSpec read = json.fromJson(json.toJson(spec));

        assertEquals(spec, read);
        assertEquals(List.of(4, 2), read.labelColumns());
        assertEquals(null, read.format().delimiter());
    }

    @Test
    void newerFormatVersionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> json.fromJson("{\"formatVersion\": 2, \"sequenceCsv\": {}}"));
        assertTrue(e.getMessage().contains("newer than this version reads"), e.getMessage());
    }

    @Test
    void handEditedSpecBreakingARuleGetsTheRuleMessage() {
        String text = json.toJson(SequenceCsvSpec.labelsInColumns(new NumberedFiles("a_%d.csv", 0, 3), List.of(1),
                LabelType.CLASSIFICATION, 3, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect()))
                .replace("\"numClasses\" : 3", "\"numClasses\" : 1");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.fromJson(text));
        assertTrue(e.getMessage().contains("classification needs numClasses >= 2, got 1"), e.getMessage());
    }

    @Test
    void notASpecAtAll() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.fromJson("{\"a\": 1}"));
        assertTrue(e.getMessage().startsWith("not a sequence source"), e.getMessage());
    }
}
