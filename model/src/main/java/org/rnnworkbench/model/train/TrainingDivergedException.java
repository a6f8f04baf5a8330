package org.rnnworkbench.model.train;

/**
 * Thrown by a fit when the score or the gradient stops being finite. The update that would have used them is
 * not applied, so the network keeps the last good parameters.
 */
public final class TrainingDivergedException extends RuntimeException {
    private final long iteration;
    private final double score;

    public TrainingDivergedException(long iteration, double score) {
        super("training diverged at iteration " + iteration + ": the score is " + score
                + "; the last good parameters are kept. Lower the learning rate or clip gradients.");
        this.iteration = iteration;
        this.score = score;
    }

    public long iteration() {
        return iteration;
    }

    public double score() {
        return score;
    }
}
