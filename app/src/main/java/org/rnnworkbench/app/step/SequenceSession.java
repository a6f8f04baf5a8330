package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.nn.Network;

/**
 * A numeric sequence model stepped through one sequence with {@code rnnTimeStep}, minibatch 1. Not
 * thread-safe; used from one background thread, publishing {@link SequenceFrame}s.
 */
public final class SequenceSession {
    private final Network network;
    private final boolean classifier;
    private SequenceData data;
    private final List<float[]> outputs = new ArrayList<>();

    public SequenceSession(Network network, boolean classifier) {
        this.network = Objects.requireNonNull(network, "network");
        this.classifier = classifier;
    }

    /** Starts over on {@code sequence}: clears the stored state. */
    public SequenceFrame load(SequenceData sequence) {
        if (sequence.features()[0].length != network.getConfiguration().inputSize()) {
            throw new IllegalArgumentException(sequence.source() + " has " + sequence.features()[0].length
                    + " inputs per step; the model reads " + network.getConfiguration().inputSize());
        }
        this.data = sequence;
        return reset();
    }

    public boolean hasSequence() {
        return data != null;
    }

    /** Back to the first step: {@code rnnClearPreviousState}. */
    public SequenceFrame reset() {
        network.rnnClearPreviousState();
        outputs.clear();
        return frame();
    }

    /** One time step; does nothing at the end. */
    public SequenceFrame step() {
        requireSequence();
        if (outputs.size() < data.length()) {
            int t = outputs.size();
            INDArray input = Nd4j.create(new float[][] {data.features()[t]})
                    .castTo(network.getConfiguration().dataType());
            // a padded step passes the state over unchanged, as in training (the features mask)
            INDArray mask = data.isPresent(t) ? null
                    : Nd4j.zeros(network.getConfiguration().dataType(), 1, 1);
            outputs.add(network.rnnTimeStep(input, mask).castTo(DataType.FLOAT).toFloatVector());
        }
        return frame();
    }

    /** Steps to the end of the sequence. */
    public SequenceFrame runToEnd() {
        requireSequence();
        while (outputs.size() < data.length()) {
            step();
        }
        return frame();
    }

    /** The largest difference between the stepped outputs and {@code output()} on the steps done as one sequence. */
    public double verify() {
        requireSequence();
        int t = outputs.size();
        if (t == 0) {
            throw new IllegalStateException("no step done yet: step first, then verify");
        }
        int nIn = network.getConfiguration().inputSize();
        INDArray features = Nd4j.create(DataType.FLOAT, 1, nIn, t);
        for (int s = 0; s < t; s++) {
            for (int i = 0; i < nIn; i++) {
                features.putScalar(new int[] {0, i, s}, data.features()[s][i]);
            }
        }
        INDArray mask = null;
        if (data.present() != null) {
            mask = Nd4j.ones(DataType.FLOAT, 1, t);
            for (int s = 0; s < t; s++) {
                mask.putScalar(0, s, data.isPresent(s) ? 1 : 0);
            }
            mask = mask.castTo(network.getConfiguration().dataType());
        }
        INDArray whole = network.output(features.castTo(network.getConfiguration().dataType()), mask)
                .castTo(DataType.FLOAT);
        int nOut = network.getConfiguration().outputSize();
        float[][] matrix = whole.reshape(nOut, t).toFloatMatrix();
        double max = 0;
        for (int s = 0; s < t; s++) {
            for (int o = 0; o < nOut; o++) {
                max = Math.max(max, Math.abs(matrix[o][s] - outputs.get(s)[o]));
            }
        }
        return max;
    }

    public SequenceFrame frame() {
        return data == null ? null : new SequenceFrame(data, outputs, classifier,
                network.getConfiguration().outputSize());
    }

    private void requireSequence() {
        if (data == null) {
            throw new IllegalStateException("no sequence yet: pick a validation sequence or open a CSV file");
        }
    }
}
