package org.rnnworkbench.model.data;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fitted per-column feature scaling: {@code x' = (x - shift[c]) / scale[c]} for feature column {@code c}.
 * Saved with the {@link SequenceCsvSpec} so the same scaling is applied at inference (the step panel feeds
 * raw values). Labels are not scaled. Made by {@link NormalizationFitter}.
 *
 * @param type how the numbers were fitted
 * @param shift per feature column, length {@code nIn}
 * @param scale per feature column, length {@code nIn}, all positive
 */
public record Normalization(NormalizationType type, double[] shift, double[] scale) {

    public Normalization {
        if (type == null || shift == null || scale == null) {
            throw new IllegalArgumentException("a normalization needs a type, shift and scale");
        }
        if (shift.length != scale.length || shift.length == 0) {
            throw new IllegalArgumentException("shift and scale must have one entry per feature column, got "
                    + shift.length + " and " + scale.length);
        }
        for (int c = 0; c < scale.length; c++) {
            if (!(scale[c] > 0) || !Double.isFinite(scale[c]) || !Double.isFinite(shift[c])) {
                throw new IllegalArgumentException("column " + c + " has shift " + shift[c] + " and scale "
                        + scale[c] + "; expected finite numbers and a positive scale");
            }
        }
        shift = shift.clone();
        scale = scale.clone();
    }

    /** Number of feature columns this normalization was fitted on. */
    public int columns() {
        return shift.length;
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** Scales raw features in place: whole time steps, one after another ({@code [steps][nIn]} kept flat). */
    void applyInPlace(double[] steps) {
        int columns = shift.length;
        for (int i = 0; i < steps.length; i++) {
            int c = i % columns;
            steps[i] = (steps[i] - shift[c]) / scale[c];
        }
    }

    /**
     * Scaled copy of raw features.
     *
     * @param features {@code [miniBatch, nIn, time]} or one step {@code [miniBatch, nIn]}; padded steps are
     *     scaled too, which is harmless because their mask excludes them
     * @return an array of the same shape and type
     */
    public INDArray apply(INDArray features) {
        if ((features.rank() != 2 && features.rank() != 3) || features.size(1) != shift.length) {
            throw new IllegalArgumentException("features must be [miniBatch, nIn=" + shift.length
                    + ", time] or [miniBatch, nIn=" + shift.length + "], got " + Arrays.toString(features.shape()));
        }
        long[] columnShape = features.rank() == 3 ? new long[] {1, shift.length, 1} : new long[] {1, shift.length};
        INDArray s = Nd4j.createFromArray(shift).castTo(features.dataType()).reshape(columnShape);
        INDArray k = Nd4j.createFromArray(scale).castTo(features.dataType()).reshape(columnShape);
        return features.sub(s).divi(k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && type == n.type && Arrays.equals(shift, n.shift)
                && Arrays.equals(scale, n.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * type.hashCode() + Arrays.hashCode(shift)) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Normalization[" + type + ", shift=" + Arrays.toString(shift) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
