package org.rnnworkbench.model.data;

import java.nio.file.Path;

/**
 * The numbers of one sequence CSV file, {@code values[step][column]}, with what is needed to point back at
 * the text: step {@code s} is on line {@code firstLine + s} (1-based).
 */
record ParsedCsv(Path file, int firstLine, double[][] values) {

    int length() {
        return values.length;
    }

    int columns() {
        return values[0].length;
    }

    int lineOf(int step) {
        return firstLine + step;
    }
}
