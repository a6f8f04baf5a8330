package org.rnnworkbench.model.data;

import java.nio.file.Path;

/**
 * The numbers of one sequence CSV file, with what is needed to point back at the text: step {@code s} is on
 * line {@code firstLine + s} (1-based).
 *
 * @param values {@code [steps][columns]}, one step per data line
 */
record ParsedCsv(Path file, int firstLine, StepValues values) {

    int length() {
        return values.steps();
    }

    int columns() {
        return values.columns();
    }

    int lineOf(int step) {
        return firstLine + step;
    }
}
