package org.rnnworkbench.model.conf;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Settings of a gradient updater (the rule that turns a gradient into a parameter change). The update rules
 * follow DL4J's definitions so that the same gradient gives the same step; the state each rule keeps lives in
 * {@code org.rnnworkbench.model.train}, not here.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Sgd.class, name = "Sgd"),
    @JsonSubTypes.Type(value = Nesterovs.class, name = "Nesterovs"),
    @JsonSubTypes.Type(value = Adam.class, name = "Adam"),
    @JsonSubTypes.Type(value = RmsProp.class, name = "RmsProp"),
    @JsonSubTypes.Type(value = AdaGrad.class, name = "AdaGrad")
})
public sealed interface UpdaterConfig permits Sgd, Nesterovs, Adam, RmsProp, AdaGrad {
    /** The learning rate. */
    double learningRate();

    /** The same updater with another learning rate. */
    UpdaterConfig withLearningRate(double learningRate);

    /** Short display name, e.g. {@code Adam(lr=0.005)}. */
    String describe();

    static void requirePositive(String updater, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ConfigurationException(-1, name, updater + ": " + name + " must be a positive number, got "
                    + value);
        }
    }

    static void requireFraction(String updater, String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new ConfigurationException(-1, name, updater + ": " + name + " must be in [0, 1), got " + value);
        }
    }
}
