package org.rnnworkbench.interop.dl4j;

import java.util.List;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;
import org.rnnworkbench.model.conf.AdaGrad;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.Nesterovs;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;

/**
 * Our updater settings against DL4J's. Our five updaters follow DL4J's formulas, so each maps to DL4J's updater of
 * the same name with the same settings. DL4J's learning-rate and momentum schedules have no counterpart here (our
 * rates are constant), nor do its other updaters.
 */
final class Updaters {
    private Updaters() {
    }

    /** DL4J's configuration of our updater. */
    static IUpdater toDl4j(UpdaterConfig ours) {
        if (ours instanceof Sgd s) {
            return new org.nd4j.linalg.learning.config.Sgd(s.learningRate());
        }
        if (ours instanceof Nesterovs n) {
            return new org.nd4j.linalg.learning.config.Nesterovs(n.learningRate(), n.momentum());
        }
        if (ours instanceof Adam a) {
            return new org.nd4j.linalg.learning.config.Adam(a.learningRate(), a.beta1(), a.beta2(), a.epsilon());
        }
        if (ours instanceof RmsProp r) {
            return new org.nd4j.linalg.learning.config.RmsProp(r.learningRate(), r.rmsDecay(), r.epsilon());
        }
        if (ours instanceof AdaGrad g) {
            return new org.nd4j.linalg.learning.config.AdaGrad(g.learningRate(), g.epsilon());
        }
        throw new IllegalArgumentException("no DL4J counterpart for " + ours.describe());
    }

    /**
     * Our configuration of DL4J's updater, or null after adding to {@code problems} why there is none.
     *
     * @param where names the layer in messages, e.g. {@code "layer 0 (LSTM)"}
     */
    static UpdaterConfig fromDl4j(IUpdater theirs, String where, List<String> problems) {
        if (theirs instanceof org.nd4j.linalg.learning.config.Sgd s) {
            return noSchedule(s.getLearningRateSchedule(), where, problems) ? new Sgd(s.getLearningRate()) : null;
        }
        if (theirs instanceof org.nd4j.linalg.learning.config.Nesterovs n) {
            boolean ok = noSchedule(n.getLearningRateSchedule(), where, problems);
            if (n.getMomentumISchedule() != null
                    || (n.getMomentumSchedule() != null && !n.getMomentumSchedule().isEmpty())) {
                problems.add(where + ": Nesterovs momentum schedule (momentum here is constant)");
                ok = false;
            }
            return ok ? new Nesterovs(n.getLearningRate(), n.getMomentum()) : null;
        }
        if (theirs instanceof org.nd4j.linalg.learning.config.Adam a) {
            return noSchedule(a.getLearningRateSchedule(), where, problems)
                    ? new Adam(a.getLearningRate(), a.getBeta1(), a.getBeta2(), a.getEpsilon()) : null;
        }
        if (theirs instanceof org.nd4j.linalg.learning.config.RmsProp r) {
            return noSchedule(r.getLearningRateSchedule(), where, problems)
                    ? new RmsProp(r.getLearningRate(), r.getRmsDecay(), r.getEpsilon()) : null;
        }
        if (theirs instanceof org.nd4j.linalg.learning.config.AdaGrad g) {
            return noSchedule(g.getLearningRateSchedule(), where, problems)
                    ? new AdaGrad(g.getLearningRate(), g.getEpsilon()) : null;
        }
        problems.add(where + ": updater " + (theirs == null ? "none" : theirs.getClass().getSimpleName())
                + " (supported: Sgd, Nesterovs, Adam, RmsProp, AdaGrad)");
        return null;
    }

    private static boolean noSchedule(ISchedule schedule, String where, List<String> problems) {
        if (schedule != null) {
            problems.add(where + ": learning-rate schedule " + schedule.getClass().getSimpleName()
                    + " (learning rates here are constant)");
            return false;
        }
        return true;
    }
}
