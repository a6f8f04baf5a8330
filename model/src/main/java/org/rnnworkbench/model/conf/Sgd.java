package org.rnnworkbench.model.conf;

/** Plain stochastic gradient descent: {@code w -= learningRate * g}. */
public record Sgd(double learningRate) implements UpdaterConfig {
    public Sgd {
        UpdaterConfig.requirePositive("Sgd", "learningRate", learningRate);
    }

    @Override
    public Sgd withLearningRate(double lr) {
        return new Sgd(lr);
    }

    @Override
    public String describe() {
        return "Sgd(lr=" + learningRate + ")";
    }
}
