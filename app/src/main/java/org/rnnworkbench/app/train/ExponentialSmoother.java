package org.rnnworkbench.app.train;

/**
 * The smoothed training loss: an exponential moving average, corrected for its start at zero so that the first
 * points are not pulled down. Non-finite values are skipped.
 */
public final class ExponentialSmoother {
    private final double weight;
    private double average;
    private int count;

    /**
     * @param weight how much of the previous average each step keeps, in [0, 1); 0.9 averages about ten points
     */
    public ExponentialSmoother(double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("weight must be in [0, 1), got " + weight);
        }
        this.weight = weight;
    }

    /** Adds a value; returns the smoothed value so far. */
    public double add(double value) {
        if (Double.isFinite(value)) {
            average = weight * average + (1 - weight) * value;
            count++;
        }
        return value();
    }

    public double value() {
        return count == 0 ? Double.NaN : average / (1 - Math.pow(weight, count));
    }

    public void reset() {
        average = 0;
        count = 0;
    }
}
