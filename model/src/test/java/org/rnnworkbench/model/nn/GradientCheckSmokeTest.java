package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.SequenceDataSet;

class GradientCheckSmokeTest {
    @Test
    void gravesLstmGradientMatchesFiniteDifferences() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().dataType(DataType.DOUBLE).seed(42)
                .layer(new GravesLSTM.Builder().nIn(3).nOut(4).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(3).build())
                .build();
        Network net = new Network(conf).init();
        Random rng = new Random(1);
        SequenceDataSet ds = new SequenceDataSet(TestNetworks.uniform(rng, 2, 3, 4),
                TestNetworks.labels(rng, LossFunction.MCXENT, 2, 3, 4));
        GradientChecker.Result r = GradientChecker.check(net, ds);
        assertEquals(0, r.failures(), () -> "worst " + r);
    }
}
