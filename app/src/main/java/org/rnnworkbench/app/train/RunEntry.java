package org.rnnworkbench.app.train;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A saved run in the Runs list, and whether it is drawn on the comparison chart. */
public final class RunEntry {
    private final RunRecord run;
    private final BooleanProperty compared = new SimpleBooleanProperty(this, "compared");
    private SeriesHistory smoothed;

    public RunEntry(RunRecord run, boolean compared) {
        this.run = run;
        this.compared.set(compared);
    }

    public RunRecord run() {
        return run;
    }

    public BooleanProperty comparedProperty() {
        return compared;
    }

    /** The run's smoothed loss per iteration, worked out once. */
    public SeriesHistory smoothedLoss() {
        if (smoothed == null) {
            smoothed = new SeriesHistory(run.id());
            ExponentialSmoother s = new ExponentialSmoother(TrainingCharts.SMOOTHING);
            for (int i = 0; i < run.iterations().length; i++) {
                smoothed.add(run.iterations()[i], s.add(run.losses()[i]));
            }
        }
        return smoothed;
    }

    @Override
    public String toString() {
        return run.label();
    }
}
