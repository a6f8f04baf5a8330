package org.rnnworkbench.model.conf;

/** Per-step rows {@code [miniBatch * time, size]} back to a time series {@code [miniBatch, size, time]}. */
public record FeedForwardToRnnPreProcessor() implements InputPreProcessor {
    @Override
    public boolean takesTimeSeries() {
        return false;
    }
}
