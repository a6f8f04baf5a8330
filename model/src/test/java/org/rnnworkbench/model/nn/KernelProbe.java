package org.rnnworkbench.model.nn;

import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * A main for {@link VectorModuleTest}: runs the single-precision kernels (output with a mask, gradients, batch-1
 * steps) on a fixed network and prints which activation loops ran and the bits of every result.
 */
public final class KernelProbe {
    private KernelProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (FloatActivations.best() instanceof WarmingActivations w) {
            // Until then the plain loops run: wait, so that the vector ones are the ones compared.
            while (!w.isWarm()) {
                Thread.sleep(10);
            }
        }
        Network net = new Network(new NetworkConfiguration.Builder().dataType(DataType.FLOAT).seed(3).inputSize(5)
                .layer(new GravesLSTM.Builder().nOut(37).build())
                .layer(new LSTM.Builder().nOut(21).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(4).build())
                .build()).init();
        Random rng = new Random(11);
        INDArray features = TestNetworks.uniform(rng, 3, 5, 9).castTo(DataType.FLOAT).muli(4);
        INDArray labels = TestNetworks.labels(rng, LossFunction.MCXENT, 3, 4, 9).castTo(DataType.FLOAT);
        INDArray mask = TestNetworks.mask("111111111", "111110000", "001111111").castTo(DataType.FLOAT);
        INDArray output = net.output(features, mask);
        GradientAndScore gs = net.computeGradientAndScore(new SequenceDataSet(features, labels, mask, mask));
        INDArray steps = net.rnnTimeStep(features.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 1)));
        System.out.println("activations=" + FloatActivations.best().describe());
        System.out.println("output=" + bits(output));
        System.out.println("gradient=" + bits(gs.gradient()) + " score=" + Double.doubleToLongBits(gs.score()));
        System.out.println("steps=" + bits(steps));
    }

    /** A hash of the exact float values. */
    private static int bits(INDArray a) {
        return Arrays.hashCode(a.castTo(DataType.FLOAT).dup('c').data().asFloat());
    }
}
