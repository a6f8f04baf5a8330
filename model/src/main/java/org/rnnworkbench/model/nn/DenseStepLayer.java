package org.rnnworkbench.model.nn;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.LayerConf;

/** {@link DenseLayer} at run time: {@code y = act(x W + b)} on every time step's row, zero at inactive steps. */
final class DenseStepLayer implements Layer {
    private final DenseLayer conf;
    private final ParameterBlock parameters;

    DenseStepLayer(DenseLayer conf) {
        this.conf = conf;
        parameters = new ParameterBlock(List.of(
                new ParameterBlock.Spec("W", conf.nIn(), conf.nOut(), true),
                new ParameterBlock.Spec("b", 1, conf.nOut(), false)));
    }

    @Override
    public LayerConf conf() {
        return conf;
    }

    @Override
    public ParameterBlock parameters() {
        return parameters;
    }

    @Override
    public void initialize(SplittableRandom rng) {
        WeightInitializer.fill(parameters.param("W"), conf.weightInit(), conf.nIn(), conf.nOut(), rng);
        parameters.param("b").assign(0.0);
    }

    @Override
    public LayerPass forward(INDArray x, int miniBatch, INDArray active, Map<String, INDArray> initialState) {
        INDArray y = x.mmul(parameters.param("W")).addiRowVector(parameters.param("b"));
        ActivationMath.applyInPlace(conf.activation(), y);
        INDArray out = active == null ? y : y.mulColumnVector(active);
        return new LayerPass() {
            @Override
            public INDArray output() {
                return out;
            }

            @Override
            public Map<String, INDArray> finalState() {
                return Map.of();
            }

            @Override
            public INDArray backward(INDArray epsilon, int backwardLength) {
                INDArray dy = active == null ? epsilon : epsilon.mulColumnVector(active);
                INDArray dz = ActivationMath.backprop(conf.activation(), y, dy);
                parameters.gradient("W").assign(x.transpose().mmul(dz));
                parameters.gradient("b").assign(dz.sum(true, 0));
                return dz.mmul(parameters.param("W").transpose());
            }
        };
    }
}
