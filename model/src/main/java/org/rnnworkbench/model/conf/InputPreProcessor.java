package org.rnnworkbench.model.conf;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change of data layout between two layers. Time series travel as {@code [miniBatch, size, time]};
 * feed-forward layers see every time step as one row, {@code [miniBatch * time, size]}. The network builder
 * inserts these where needed; they can also be set by hand with
 * {@link NetworkConfiguration.Builder#inputPreProcessor(int, InputPreProcessor)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RnnToFeedForwardPreProcessor.class, name = "RnnToFeedForwardPreProcessor"),
    @JsonSubTypes.Type(value = FeedForwardToRnnPreProcessor.class, name = "FeedForwardToRnnPreProcessor")
})
public sealed interface InputPreProcessor permits RnnToFeedForwardPreProcessor, FeedForwardToRnnPreProcessor {
    /** Whether the preprocessor expects a time series as its input. */
    boolean takesTimeSeries();

    /** Whether the preprocessor produces a time series. */
    default boolean producesTimeSeries() {
        return !takesTimeSeries();
    }

    default String typeName() {
        return getClass().getSimpleName();
    }
}
