package org.rnnworkbench.model.conf;

/** AdaGrad as DL4J defines it: {@code s += g^2}, {@code w -= lr * g / (sqrt(s) + epsilon)}, {@code s} starting at {@code epsilon}. */
public record AdaGrad(double learningRate, double epsilon) implements UpdaterConfig {
    public static final double DEFAULT_EPSILON = 1e-6;

    public AdaGrad {
        UpdaterConfig.requirePositive("AdaGrad", "learningRate", learningRate);
        UpdaterConfig.requirePositive("AdaGrad", "epsilon", epsilon);
    }

    public AdaGrad(double learningRate) {
        this(learningRate, DEFAULT_EPSILON);
    }

    @Override
    public AdaGrad withLearningRate(double lr) {
        return new AdaGrad(lr, epsilon);
    }

    @Override
    public String describe() {
        return "AdaGrad(lr=" + learningRate + ")";
    }
}
