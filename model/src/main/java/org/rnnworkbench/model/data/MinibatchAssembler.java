package org.rnnworkbench.model.data;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Pads and aligns examples of possibly different lengths into one {@link SequenceDataSet}, as the DL4J RNN
 * guide describes and DL4J's iterator does. Alignment is per example: an example spans
 * {@code length = max(features length, labels length)} steps from step 0; with {@link AlignmentMode#ALIGN_END}
 * its shorter part (the one-line labels of many-to-one) is moved to end at {@code length - 1}, otherwise both
 * parts start at 0. The minibatch has {@code time} = the longest example; every example is padded after its
 * end. Padding is zero and marked 0 in the mask; a mask that would be all ones is left {@code null}
 * ("present everywhere"), as DL4J's iterator does. Widths and the equal-length rule are checked before
 * this, in {@link CsvSequenceDataSetIterator}, where the file names are known.
 */
final class MinibatchAssembler {
    private final AlignmentMode alignment;
    private final DataType dataType;

    MinibatchAssembler(AlignmentMode alignment, DataType dataType) {
        this.alignment = alignment;
        this.dataType = dataType;
    }

    /**
     * @return features {@code [miniBatch, nIn, time]}, labels {@code [miniBatch, nOut, time]}, masks
     *     {@code [miniBatch, time]} or {@code null}
     */
    SequenceDataSet assemble(List<SequenceExample> examples) {
        int time = 0;
        for (SequenceExample e : examples) {
            time = Math.max(time, Math.max(e.featureLength(), e.labelLength()));
        }
        int miniBatch = examples.size();
        int nIn = examples.get(0).nIn();
        int nOut = examples.get(0).nOut();
        double[] features = new double[miniBatch * nIn * time];
        double[] labels = new double[miniBatch * nOut * time];
        double[] featuresMask = new double[miniBatch * time];
        double[] labelsMask = new double[miniBatch * time];
        boolean featuresPadded = false;
        boolean labelsPadded = false;
        for (int i = 0; i < miniBatch; i++) {
            SequenceExample e = examples.get(i);
            int length = Math.max(e.featureLength(), e.labelLength());
            featuresPadded |= place(e.features(), length, i, nIn, time, features, featuresMask);
            labelsPadded |= place(e.labels(), length, i, nOut, time, labels, labelsMask);
        }
        return new SequenceDataSet(
                array(features, miniBatch, nIn, time),
                array(labels, miniBatch, nOut, time),
                featuresPadded ? array(featuresMask, miniBatch, time) : null,
                labelsPadded ? array(labelsMask, miniBatch, time) : null);
    }

    /**
     * Copies {@code sequence[step][column]} into row {@code example} of a c-order {@code [miniBatch, width, time]}
     * block; true if any step of the row is padding.
     */
    private boolean place(StepValues sequence, int exampleLength, int example, int width, int time, double[] block,
            double[] mask) {
        int length = sequence.steps();
        int offset = alignment == AlignmentMode.ALIGN_END ? exampleLength - length : 0;
        double[] values = sequence.values();
        for (int c = 0; c < width; c++) {
            int row = (example * width + c) * time + offset;
            for (int step = 0, at = c; step < length; step++, at += width) {
                block[row + step] = values[at];
            }
        }
        Arrays.fill(mask, example * time + offset, example * time + offset + length, 1.0);
        return length < time;
    }

    /**
     * One ND4J array holding the filled block, in the settings' type. Float and double arrays are copied into
     * the array's memory in one bulk put: {@code Nd4j.create(float[], ...)} stores element by element, which
     * cost as much as reading the numbers.
     */
    private INDArray array(double[] data, long... shape) {
        if (dataType == DataType.FLOAT) {
            float[] floats = new float[data.length];
            for (int i = 0; i < data.length; i++) {
                floats[i] = (float) data[i];
            }
            INDArray a = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
            a.data().asNioFloat().put(floats);
            return a;
        }
        if (dataType == DataType.DOUBLE) {
            INDArray a = Nd4j.createUninitialized(DataType.DOUBLE, shape, 'c');
            a.data().asNioDouble().put(data);
            return a;
        }
        return Nd4j.create(data, shape, 'c').castTo(dataType);
    }
}
