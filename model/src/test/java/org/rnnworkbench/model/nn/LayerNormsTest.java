package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.SequenceDataSet;

/** {@code paramNorm} and {@code gradientNorm} measure a layer's arrays together, in either precision. */
class LayerNormsTest {

    private static Network trainedOnce(DataType type) {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().dataType(type).seed(5).inputSize(3)
                .updater(new Adam(0.01))
                .layer(new GravesLSTM.Builder().nOut(7).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(4).build())
                .build();
        Network net = new Network(conf).init();
        Random rng = new Random(2);
        net.fit(new SequenceDataSet(TestNetworks.uniform(rng, 2, 3, 6).castTo(type),
                TestNetworks.labels(rng, LossFunction.MCXENT, 2, 4, 6).castTo(type)));
        return net;
    }

    private static double together(Map<String, INDArray> arrays) {
        double sum = 0;
        for (INDArray a : arrays.values()) {
            double n = a.castTo(DataType.DOUBLE).norm2Number().doubleValue();
            sum += n * n;
        }
        return Math.sqrt(sum);
    }

    @Test
    void theNormsOfEachLayerMatchItsArraysMeasuredTogether() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            Network net = trainedOnce(type);
            for (int layer = 0; layer < net.getnLayers(); layer++) {
                double params = together(net.paramTable(layer));
                double update = together(net.gradientTable(layer));
                assertTrue(params > 0 && update > 0, type + " layer " + layer);
                assertEquals(params, net.paramNorm(layer), params * 1e-6, type + " layer " + layer + " parameters");
                assertEquals(update, net.gradientNorm(layer), update * 1e-6, type + " layer " + layer + " update");
            }
        }
    }
}
