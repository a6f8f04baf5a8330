package org.rnnworkbench.model.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;

/**
 * An update rule with its state, over the whole flat parameter vector {@code [numParams]}: turns a gradient
 * into the step to subtract from the parameters, with the same formulas as DL4J.
 *
 * <p>In single precision the rules run as Java loops ({@link FloatUpdateRules}); in double precision, which the
 * gradient checks and differential tests use, as ND4J ops. Both keep the same state vectors.
 */
public final class Updater {
    private final UpdaterConfig config;
    /** First state vector (momentum, Adam's m, squared-gradient history); null for SGD. */
    private final INDArray state1;
    /** Second state vector (Adam's v); null otherwise. */
    private final INDArray state2;
    /**
     * Adam's temporary {@code [numParams]}, kept rather than allocated per update: fresh native memory costs page
     * faults, which at half a million parameters took longer than the arithmetic. Made on the first Adam update
     * with ops, so that the float loops, which need none, do not hold it.
     */
    private INDArray scratch;
    /** The loops for single precision; null in double precision. */
    private final FloatUpdateRules floatRules;

    /**
     * @param numParams length of the parameter vector
     * @param dataType the network's data type: {@code FLOAT} runs the rules as Java loops
     */
    public Updater(UpdaterConfig config, long numParams, DataType dataType) {
        this.config = config;
        boolean hasState = !(config instanceof Sgd);
        state1 = hasState ? Nd4j.zeros(dataType, numParams) : null;
        state2 = config instanceof Adam ? Nd4j.zeros(dataType, numParams) : null;
        floatRules = dataType == DataType.FLOAT ? new FloatUpdateRules(config) : null;
        // DL4J starts the squared-gradient history of RmsProp and AdaGrad at epsilon, not zero; so do we.
        if (config instanceof RmsProp r) {
            state1.assign(r.epsilon());
        } else if (config instanceof AdaGrad g) {
            state1.assign(g.epsilon());
        }
    }

    public UpdaterConfig config() {
        return config;
    }

    /**
     * Turns {@code gradient} into the update in place.
     *
     * @param gradient 1-d {@code [numParams]}; on return, the step to subtract from the parameters
     * @param iteration number of updates applied before this one (Adam's bias correction counts from 1)
     */
    public void apply(INDArray gradient, long iteration) {
        if (floatRules != null && FloatUpdateRules.supports(gradient, state1, state2)) {
            floatRules.apply(gradient, state1, state2, iteration);
        } else {
            applyWithOps(gradient, iteration);
        }
    }

    /** {@link #apply} with ND4J ops, whatever the data type: the reference the float loops are tested against. */
    void applyWithOps(INDArray gradient, long iteration) {
        double lr = config.learningRate();
        if (config instanceof Sgd) {
            gradient.muli(lr);
        } else if (config instanceof Nesterovs n) {
            double mu = n.momentum();
            INDArray previous = state1.dup();
            state1.muli(mu).subi(gradient.mul(lr));
            // update = mu * vPrev - (1 + mu) * v, subtracted from the parameters
            gradient.assign(previous.muli(mu).subi(state1.mul(1 + mu)));
        } else if (config instanceof Adam a) {
            if (scratch == null) {
                scratch = Nd4j.zeros(state1.dataType(), state1.length());
            }
            // The same operations in the same order as with temporaries, so the same values.
            state1.muli(a.beta1()).addi(scratch.assign(gradient).muli(1 - a.beta1()));
            state2.muli(a.beta2()).addi(scratch.assign(gradient).muli(gradient).muli(1 - a.beta2()));
            long t = iteration + 1;
            double alpha = lr * Math.sqrt(1 - Math.pow(a.beta2(), t)) / (1 - Math.pow(a.beta1(), t));
            INDArray denominator = Transforms.sqrt(scratch.assign(state2), false).addi(a.epsilon());
            gradient.assign(state1).divi(denominator).muli(alpha);
        } else if (config instanceof RmsProp r) {
            state1.muli(r.rmsDecay()).addi(gradient.mul(gradient).muli(1 - r.rmsDecay()));
            gradient.divi(Transforms.sqrt(state1, true).addi(r.epsilon())).muli(lr);
        } else if (config instanceof AdaGrad g) {
            state1.addi(gradient.mul(gradient));
            gradient.divi(Transforms.sqrt(state1, true).addi(g.epsilon())).muli(lr);
        }
    }

    /** The updater's state vectors, concatenated ({@code [0]} for SGD), e.g. for saving with a model. */
    public INDArray stateView() {
        if (state1 == null) {
            return Nd4j.empty();
        }
        return state2 == null ? state1 : Nd4j.concat(0, state1, state2);
    }

    /** Restores state written by {@link #stateView()}. */
    public void setState(INDArray saved) {
        if (state1 == null) {
            return;
        }
        long n = state1.length();
        if (saved.length() != (state2 == null ? n : 2 * n)) {
            throw new IllegalArgumentException("updater state has " + saved.length() + " values, expected "
                    + (state2 == null ? n : 2 * n));
        }
        INDArray flat = saved.reshape(saved.length());
        state1.assign(flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n)));
        if (state2 != null) {
            state2.assign(flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(n, 2 * n)));
        }
    }
}
