package org.rnnworkbench.app.evaluate;

/**
 * One example as an evaluation saw it, for drawing: its real steps only (padding cut off at both ends), the
 * inputs, the network's outputs and the labels there, and which of those steps have input and a label. Arrays
 * are {@code [column][step]}, step 0 being the example's first real step.
 *
 * @param index the example's position in the evaluated data, from 0
 * @param source the example's features file name, or empty
 * @param inputs {@code [nIn][steps]}
 * @param outputs {@code [nOut][steps]}
 * @param labels {@code [nOut][steps]}, meaningful where {@code labelPresent}
 * @param inputPresent per step: the features mask
 * @param labelPresent per step: the labels mask
 */
public record SequenceTrace(int index, String source, float[][] inputs, float[][] outputs, float[][] labels,
        boolean[] inputPresent, boolean[] labelPresent) {

    public int steps() {
        return inputPresent.length;
    }

    public int inputColumns() {
        return inputs.length;
    }

    public int outputColumns() {
        return outputs.length;
    }

    /** Floats held, to keep the traces of an evaluation within a memory budget. */
    long size() {
        return (long) steps() * (inputs.length + 2L * outputs.length + 1);
    }
}
