package org.rnnworkbench.model.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.LayerConf;

/**
 * {@link Bidirectional} at run time: two copies of a recurrent layer, one running backwards in time from the
 * last step, each with its own parameters ({@code f...} then {@code b...}). Because inactive steps carry state
 * unchanged in both directions, padding never reaches a real step from either side.
 */
final class BidirectionalLayer implements Layer {
    private final Bidirectional conf;
    private final Layer forward;
    private final Layer backward;
    private final ParameterBlock parameters;

    BidirectionalLayer(Bidirectional conf) {
        this.conf = conf;
        this.forward = Layers.recurrent(conf.layer(), false);
        this.backward = Layers.recurrent(conf.layer(), true);
        List<ParameterBlock.Spec> specs = new ArrayList<>();
        for (String prefix : List.of("f", "b")) {
            Layer side = prefix.equals("f") ? forward : backward;
            for (ParameterBlock.Spec s : side.parameters().specs()) {
                specs.add(new ParameterBlock.Spec(prefix + s.name(), s.rows(), s.columns(), s.regularized()));
            }
        }
        parameters = new ParameterBlock(specs);
    }

    @Override
    public LayerConf conf() {
        return conf;
    }

    @Override
    public ParameterBlock parameters() {
        return parameters;
    }

    /** Binds the outer names ({@code fW, fRW, ...}) and the two inner layers to the same memory. */
    @Override
    public void bind(INDArray p, INDArray g) {
        parameters.bind(p, g);
        long half = forward.parameters().length();
        forward.parameters().bind(p.get(NDArrayIndex.interval(0, half)), g.get(NDArrayIndex.interval(0, half)));
        backward.parameters().bind(p.get(NDArrayIndex.interval(half, 2 * half)),
                g.get(NDArrayIndex.interval(half, 2 * half)));
    }

    @Override
    public void initialize(SplittableRandom rng) {
        forward.initialize(rng);
        backward.initialize(rng);
    }

    @Override
    public LayerPass forward(INDArray input, int miniBatch, INDArray active, Map<String, INDArray> initialState) {
        if (initialState != null) {
            throw new IllegalStateException("a Bidirectional layer starts from zero state in both directions");
        }
        LayerPass f = forward.forward(input, miniBatch, active, null);
        LayerPass b = backward.forward(input, miniBatch, active, null);
        int n = conf.layer().nOut();
        boolean concat = conf.mode() == Bidirectional.Mode.CONCAT;
        INDArray out = concat ? Nd4j.hstack(f.output(), b.output()) : f.output().add(b.output());
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
                // Copies, not column views: the layers take rows of time steps from epsilon, and in ND4J
                // 1.0.0-M2.1 a row interval of a column view comes back empty past the view's first rows.
                INDArray ef = concat ? TimeMajor.columns(epsilon, 0, n).dup('c') : epsilon;
                INDArray eb = concat ? TimeMajor.columns(epsilon, n, 2L * n).dup('c') : epsilon;
                return f.backward(ef, backwardLength).addi(b.backward(eb, backwardLength));
            }
        };
    }
}
