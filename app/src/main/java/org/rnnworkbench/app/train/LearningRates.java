package org.rnnworkbench.app.train;

import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.UpdaterConfig;

/** The step size an updater applies at a given update, for the learning rate chart. */
public final class LearningRates {
    private LearningRates() {
    }

    /**
     * The configured learning rate, except for Adam, whose first steps are scaled by its bias correction
     * {@code sqrt(1 - beta2^t) / (1 - beta1^t)} (the formula in {@link Adam}): that is the rate a teacher wants
     * to show settling.
     *
     * @param iteration updates applied including this one (t, from 1)
     */
    public static double effective(UpdaterConfig updater, long iteration) {
        double lr = updater.learningRate();
        if (updater instanceof Adam) {
            Adam a = (Adam) updater;
            long t = Math.max(1, iteration);
            return lr * Math.sqrt(1 - Math.pow(a.beta2(), t)) / (1 - Math.pow(a.beta1(), t));
        }
        return lr;
    }
}
