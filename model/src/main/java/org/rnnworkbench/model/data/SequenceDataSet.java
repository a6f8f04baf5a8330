package org.rnnworkbench.model.data;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One minibatch of sequences: features {@code [miniBatch, nIn, time]}, labels {@code [miniBatch, nOut, time]},
 * and optional masks {@code [miniBatch, time]} of 0/1. A features mask says where input is present, a labels
 * mask where a target is present; {@code null} means present everywhere. Shapes are checked here, where data
 * enters the engine.
 *
 * @param features {@code [miniBatch, nIn, time]}
 * @param labels {@code [miniBatch, nOut, time]}
 * @param featuresMask {@code [miniBatch, time]} or {@code null}
 * @param labelsMask {@code [miniBatch, time]} or {@code null}
 */
public record SequenceDataSet(INDArray features, INDArray labels, INDArray featuresMask, INDArray labelsMask) {

    public SequenceDataSet {
        requireRank("features", features, 3, "[miniBatch, nIn, time]");
        requireRank("labels", labels, 3, "[miniBatch, nOut, time]");
        long mb = features.size(0);
        long t = features.size(2);
        if (labels.size(0) != mb || labels.size(2) != t) {
            throw new IllegalArgumentException("labels must be [miniBatch=" + mb + ", nOut, time=" + t
                    + "] to match the features " + Arrays.toString(features.shape()) + ", got "
                    + Arrays.toString(labels.shape()));
        }
        requireMask("featuresMask", featuresMask, mb, t);
        requireMask("labelsMask", labelsMask, mb, t);
    }

    /** Data set without masks: every step has input and a target. */
    public SequenceDataSet(INDArray features, INDArray labels) {
        this(features, labels, null, null);
    }

    public int miniBatchSize() {
        return (int) features.size(0);
    }

    public int timeSeriesLength() {
        return (int) features.size(2);
    }

    public boolean hasMasks() {
        return featuresMask != null || labelsMask != null;
    }

    /**
     * The time steps {@code [from, to)} of every array, as views; used to cut truncated BPTT segments.
     */
    public SequenceDataSet timeSlice(int from, int to) {
        return new SequenceDataSet(slice3(features, from, to), slice3(labels, from, to),
                slice2(featuresMask, from, to), slice2(labelsMask, from, to));
    }

    private static INDArray slice3(INDArray a, int from, int to) {
        return a.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }

    private static INDArray slice2(INDArray a, int from, int to) {
        return a == null ? null : a.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }

    private static void requireRank(String name, INDArray a, int rank, String expected) {
        if (a == null) {
            throw new IllegalArgumentException(name + " must not be null; expected " + expected);
        }
        if (a.rank() != rank) {
            throw new IllegalArgumentException(name + " must be " + expected + ", got shape "
                    + Arrays.toString(a.shape()));
        }
    }

    private static void requireMask(String name, INDArray mask, long mb, long t) {
        if (mask == null) {
            return;
        }
        if (mask.rank() != 2 || mask.size(0) != mb || mask.size(1) != t) {
            throw new IllegalArgumentException(name + " must be [miniBatch=" + mb + ", time=" + t + "], got shape "
                    + Arrays.toString(mask.shape()));
        }
    }
}
