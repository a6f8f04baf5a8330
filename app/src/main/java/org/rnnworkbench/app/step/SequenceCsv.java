package org.rnnworkbench.app.step;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sequence from a CSV file the user picks: one row per time step, the first {@code nIn} columns are
 * the inputs, and the columns after them, when present, the actual values ({@code nOut} of them for a
 * regression model, one class index for a classifier). A first row that is not numeric is a header. Commas,
 * semicolons or tabs separate values. Until the Data area hands over its validation sequences, this is how a
 * numeric model gets a sequence to step through.
 */
public final class SequenceCsv {
    private SequenceCsv() {
    }

    /**
     * @throws IOException when the file cannot be read or a value is wrong; the message names line and column
     */
    public static SequenceData read(Path file, int nIn, int nOut, boolean classifier) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<float[]> features = new ArrayList<>();
        List<float[]> actual = new ArrayList<>();
        int width = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("[,;\\t]");
            if (features.isEmpty() && width < 0 && !isNumber(cells[0].strip())) {
                continue; // header
            }
            if (width < 0) {
                width = cells.length;
                int rest = width - nIn;
                if (width < nIn) {
                    throw new IOException(file + " line " + (i + 1) + ": " + width + " columns, but the model reads "
                            + nIn + " inputs per step");
                }
                if (rest != 0 && rest != (classifier ? 1 : nOut)) {
                    throw new IOException(file + " line " + (i + 1) + ": after the " + nIn + " inputs come " + rest
                            + " columns; expected none or " + (classifier ? "1 (the class index)"
                            : nOut + " (the actual values)"));
                }
            } else if (cells.length != width) {
                throw new IOException(file + " line " + (i + 1) + ": " + cells.length + " columns, expected " + width
                        + " as on the first row");
            }
            float[] row = new float[width];
            for (int c = 0; c < width; c++) {
                try {
                    row[c] = Float.parseFloat(cells[c].strip());
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + (i + 1) + " column " + (c + 1) + ": '" + cells[c].strip()
                            + "' is not a number");
                }
            }
            features.add(java.util.Arrays.copyOf(row, nIn));
            if (width > nIn) {
                float[] tail = java.util.Arrays.copyOfRange(row, nIn, width);
                if (classifier && (tail[0] < 0 || tail[0] >= nOut || tail[0] != Math.rint(tail[0]))) {
                    throw new IOException(file + " line " + (i + 1) + " column " + width + ": the class index must be "
                            + "a whole number from 0 to " + (nOut - 1) + ", got " + cells[width - 1].strip());
                }
                actual.add(tail);
            }
        }
        if (features.isEmpty()) {
            throw new IOException(file + " has no rows of numbers");
        }
        return new SequenceData(file.getFileName().toString(), features.toArray(new float[0][]),
                actual.isEmpty() ? null : actual.toArray(new float[0][]));
    }

    private static boolean isNumber(String s) {
        try {
            Float.parseFloat(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
