package org.rnnworkbench.model.conf;

/**
 * Nesterov momentum as DL4J defines it: {@code v' = momentum * v - lr * g},
 * {@code w += -momentum * v + (1 + momentum) * v'}.
 */
public record Nesterovs(double learningRate, double momentum) implements UpdaterConfig {
    public static final double DEFAULT_MOMENTUM = 0.9;

    public Nesterovs {
        UpdaterConfig.requirePositive("Nesterovs", "learningRate", learningRate);
        UpdaterConfig.requireFraction("Nesterovs", "momentum", momentum);
    }

    public Nesterovs(double learningRate) {
        this(learningRate, DEFAULT_MOMENTUM);
    }

    @Override
    public Nesterovs withLearningRate(double lr) {
        return new Nesterovs(lr, momentum);
    }

    @Override
    public String describe() {
        return "Nesterovs(lr=" + learningRate + ", momentum=" + momentum + ")";
    }
}
