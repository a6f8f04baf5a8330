package org.rnnworkbench.model.conf;

/** Time series {@code [miniBatch, size, time]} to per-step rows {@code [miniBatch * time, size]}. */
public record RnnToFeedForwardPreProcessor() implements InputPreProcessor {
    @Override
    public boolean takesTimeSeries() {
        return true;
    }
}
