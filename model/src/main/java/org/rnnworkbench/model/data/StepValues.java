package org.rnnworkbench.model.data;

/**
 * The numbers of one sequence, one time step after another: {@code [steps][columns]} kept flat, the value
 * of step {@code s} and column {@code c} at {@code values[s * columns + c]}. One array per sequence instead
 * of one per step, so that reading a file allocates little and a minibatch is filled from it in one sweep.
 *
 * @param values {@code steps * columns} numbers, step-major
 * @param steps number of time steps
 * @param columns values per step
 */
record StepValues(double[] values, int steps, int columns) {

    StepValues {
        if (values.length != steps * columns) {
            throw new IllegalArgumentException(steps + " steps of " + columns + " columns need " + steps * columns
                    + " values, got " + values.length);
        }
    }

    double get(int step, int column) {
        return values[step * columns + column];
    }
}
