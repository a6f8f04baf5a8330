package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Encodings, line ends, delimiters, header lines and the two ways of naming files. */
class CsvFormatTest {
    @TempDir
    Path dir;

    private static final INDArray EXPECTED = Nd4j.createFromArray(new double[][][] {{{1.5, 3}, {2, 4}}})
            .castTo(DataType.FLOAT);

    private INDArray features(String pattern, CsvFormat format) {
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles(pattern, 0, 0), List.of(2),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, format);
        return CsvSequenceSource.open(spec, dir).iterator(BatchSettings.inOrder(1)).next().features();
    }

    @Test
    void utf8WithByteOrderMarkAndCrlf() {
        byte[] text = "1.5,2,9\r\n3,4,9\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CsvTestFiles.writeBytes(dir.resolve("b_0.csv"), withBom);

        assertEquals(EXPECTED, features("b_%d.csv", CsvFormat.detect()));
    }

    @Test
    void byteOrderMarkBeforeAHeaderLine() {
        CsvTestFiles.writeRaw(dir.resolve("h_0.csv"), "\uFEFFa,b,c\n1.5,2,9\n3,4,9");
        assertEquals(EXPECTED, features("h_%d.csv", CsvFormat.of(1, null)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Delimiter.class)
    void delimiterIsDetected(Delimiter expected) {
        String d = String.valueOf(expected.symbol());
        CsvTestFiles.write(dir.resolve("d_0.csv"), "1.5" + d + "2" + d + "9", "3" + d + "4" + d + "9");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("d_%d.csv", 0, 0), List.of(2),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        CsvSequenceSource source = CsvSequenceSource.open(spec, dir);

        assertEquals(expected, source.featureDelimiter());
        assertEquals(EXPECTED, source.iterator(BatchSettings.inOrder(1)).next().features());
    }

    @Test
    void semicolonWithDecimalCommasIsNotTakenForCommaSeparated() {
        CsvTestFiles.write(dir.resolve("e_0.csv"), "1,5;2,25;3", "4;5,5;6");
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles("e_%d.csv", 0, 0), List.of(1),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        // decimal commas are not numbers to Java, so no candidate parses cleanly; only ';' splits both lines into
        // the same columns, and the reader then reports "1,5" with its position rather than a column count
        assertEquals(Delimiter.SEMICOLON, CsvSequenceSource.open(spec, dir).featureDelimiter());
    }

    @Test
    void givenDelimiterIsUsedAsGiven() {
        CsvTestFiles.write(dir.resolve("g_0.csv"), "1.5;2;9", "3;4;9");
        assertEquals(EXPECTED, features("g_%d.csv", CsvFormat.of(0, Delimiter.SEMICOLON)));
    }

    @Test
    void zeroPaddedNumberedPattern() {
        for (int i = 8; i <= 10; i++) {
            CsvTestFiles.write(dir.resolve(String.format("seq_%03d.csv", i)), i + ",0");
        }
        List<Path> files = new NumberedFiles("seq_%03d.csv", 8, 10).resolve(dir);
        assertEquals(List.of("seq_008.csv", "seq_009.csv", "seq_010.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void folderFilesInNumericOrderNotNameOrder() {
        for (int i : new int[] {10, 2, 1, 33}) {
            CsvTestFiles.write(dir.resolve("walks/walk_" + i + ".csv"), i + ",0");
        }
        CsvTestFiles.write(dir.resolve("walks/readme.txt"), "not data");
        CsvTestFiles.write(dir.resolve("walks/sub/walk_0.csv"), "0,0");

        List<Path> files = new FolderFiles("walks", "csv").resolve(dir);

        assertEquals(List.of("walk_1.csv", "walk_2.csv", "walk_10.csv", "walk_33.csv"),
                files.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void absolutePatternIgnoresTheBaseFolder() {
        CsvTestFiles.write(dir.resolve("abs_0.csv"), "1.5,2,9", "3,4,9");
        String absolute = dir.resolve("abs_%d.csv").toAbsolutePath().toString();
        SequenceCsvSpec spec = SequenceCsvSpec.labelsInColumns(new NumberedFiles(absolute, 0, 0), List.of(2),
                LabelType.REGRESSION, 0, AlignmentMode.EQUAL_LENGTH, CsvFormat.detect());
        assertEquals(EXPECTED, CsvSequenceSource.open(spec, Path.of("/nonexistent"))
                .iterator(BatchSettings.inOrder(1)).next().features());
    }
}
