package org.rnnworkbench.model.conf;

/**
 * Adam (Kingma and Ba): {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2},
 * {@code w -= lr * sqrt(1-b2^t) / (1-b1^t) * m / (sqrt(v) + epsilon)} with {@code t} counting from 1.
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements UpdaterConfig {
    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        UpdaterConfig.requirePositive("Adam", "learningRate", learningRate);
        UpdaterConfig.requireFraction("Adam", "beta1", beta1);
        UpdaterConfig.requireFraction("Adam", "beta2", beta2);
        UpdaterConfig.requirePositive("Adam", "epsilon", epsilon);
    }

    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public Adam() {
        this(DEFAULT_LEARNING_RATE);
    }

    @Override
    public Adam withLearningRate(double lr) {
        return new Adam(lr, beta1, beta2, epsilon);
    }

    @Override
    public String describe() {
        return "Adam(lr=" + learningRate + ")";
    }
}
