package org.rnnworkbench.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DataStatisticsTest {
    /** Two sequences of lengths 3 and 1, padded to 3; padding must count in neither lengths nor statistics. */
    @Test
    void countsOnlyRealStepsAndPresentLabels() {
        INDArray features = Nd4j.create(new double[] {1, 2, 3, /* padding: */ 0, 100, 100}, new long[] {2, 1, 3},
                DataType.FLOAT);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 2, 2, 3);
        labels.putScalar(new int[] {0, 1, 2}, 1);
        labels.putScalar(new int[] {1, 0, 0}, 1);
        INDArray featuresMask = Nd4j.create(new double[] {1, 1, 1, 1, 0, 0}, new long[] {2, 3}, DataType.FLOAT);
        INDArray labelsMask = Nd4j.create(new double[] {0, 0, 1, 1, 0, 0}, new long[] {2, 3}, DataType.FLOAT);
        DataStatistics stats = new DataStatistics(true);
        stats.add(new SequenceDataSet(features, labels, featuresMask, labelsMask));

        assertEquals(2, stats.examples());
        assertEquals(Map.of(1, 1, 3, 1), stats.lengthHistogram());
        assertArrayEquals(new long[] {1, 1}, stats.classCounts(), "one present label of each class");
        ColumnStatistics column = stats.columns().get(0);
        assertEquals(4, column.count());
        assertEquals(0, column.min(), 0);
        assertEquals(3, column.max(), 0);
        assertEquals(1.5, column.mean(), 1e-12);
    }
}
