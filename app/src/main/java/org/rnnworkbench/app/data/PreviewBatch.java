package org.rnnworkbench.app.data;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * One minibatch as the engine's iterator produced it, copied into Java arrays for the preview grids. A mask
 * the engine left {@code null} ("present everywhere") is filled with ones here and flagged, so the grids can
 * still draw it and say that no mask was needed.
 *
 * @param index which minibatch of the pass, from 0
 * @param features {@code [miniBatch][nIn][time]}
 * @param labels {@code [miniBatch][nOut][time]}
 * @param featuresMask {@code [miniBatch][time]} of 0/1
 * @param labelsMask {@code [miniBatch][time]} of 0/1
 * @param featuresMasked false when the engine produced no features mask
 * @param labelsMasked false when the engine produced no labels mask
 * @param names one short name per example (its file)
 */
public record PreviewBatch(int index, double[][][] features, double[][][] labels, double[][] featuresMask,
        double[][] labelsMask, boolean featuresMasked, boolean labelsMasked, List<String> names) {

    /** Copies a minibatch of the engine. */
    public static PreviewBatch of(int index, SequenceDataSet batch, List<String> names) {
        int mb = batch.miniBatchSize();
        int time = batch.timeSeriesLength();
        return new PreviewBatch(index, blocks(batch.features()), blocks(batch.labels()),
                mask(batch.featuresMask(), mb, time), mask(batch.labelsMask(), mb, time),
                batch.featuresMask() != null, batch.labelsMask() != null, List.copyOf(names));
    }

    public int miniBatch() {
        return features.length;
    }

    public int time() {
        return featuresMask.length == 0 ? 0 : featuresMask[0].length;
    }

    /** The steps of example {@code i} that the mask marks, such as {@code [3]} for a many-to-one label. */
    public int[] presentSteps(double[][] mask, int i) {
        return java.util.stream.IntStream.range(0, mask[i].length).filter(t -> mask[i][t] != 0).toArray();
    }

    private static double[][][] blocks(INDArray a) {
        double[][][] out = new double[(int) a.size(0)][(int) a.size(1)][];
        INDArray d = a.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        for (int i = 0; i < out.length; i++) {
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] = d.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i),
                        org.nd4j.linalg.indexing.NDArrayIndex.point(c),
                        org.nd4j.linalg.indexing.NDArrayIndex.all()).dup().toDoubleVector();
            }
        }
        return out;
    }

    private static double[][] mask(INDArray m, int mb, int time) {
        if (m == null) {
            double[][] ones = new double[mb][time];
            for (double[] row : ones) {
                java.util.Arrays.fill(row, 1.0);
            }
            return ones;
        }
        return m.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix();
    }
}
