package org.rnnworkbench.model.conf;

/**
 * RMSProp as DL4J defines it: {@code s = decay s + (1-decay) g^2}, {@code w -= lr * g / (sqrt(s) + epsilon)},
 * with {@code s} starting at {@code epsilon}.
 */
public record RmsProp(double learningRate, double rmsDecay, double epsilon) implements UpdaterConfig {
    public static final double DEFAULT_DECAY = 0.95;
    public static final double DEFAULT_EPSILON = 1e-8;

    public RmsProp {
        UpdaterConfig.requirePositive("RmsProp", "learningRate", learningRate);
        UpdaterConfig.requireFraction("RmsProp", "rmsDecay", rmsDecay);
        UpdaterConfig.requirePositive("RmsProp", "epsilon", epsilon);
    }

    public RmsProp(double learningRate) {
        this(learningRate, DEFAULT_DECAY, DEFAULT_EPSILON);
    }

    @Override
    public RmsProp withLearningRate(double lr) {
        return new RmsProp(lr, rmsDecay, epsilon);
    }

    @Override
    public String describe() {
        return "RmsProp(lr=" + learningRate + ", decay=" + rmsDecay + ")";
    }
}
