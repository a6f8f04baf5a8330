package org.rnnworkbench.model.conf;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The configuration of one layer. Records, so immutable; {@code nIn == 0} means "not set": the network
 * builder infers it from the previous layer or the declared input size.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LSTM.class, name = "LSTM"),
    @JsonSubTypes.Type(value = GravesLSTM.class, name = "GravesLSTM"),
    @JsonSubTypes.Type(value = SimpleRnn.class, name = "SimpleRnn"),
    @JsonSubTypes.Type(value = Bidirectional.class, name = "Bidirectional"),
    @JsonSubTypes.Type(value = DenseLayer.class, name = "DenseLayer"),
    @JsonSubTypes.Type(value = RnnOutputLayer.class, name = "RnnOutputLayer")
})
public sealed interface LayerConf permits LSTM, GravesLSTM, SimpleRnn, Bidirectional, DenseLayer, RnnOutputLayer {

    /** Input size; 0 when not set yet. */
    int nIn();

    /** Size of the layer's output at each time step. */
    int nOut();

    /** The same layer with the given input size. */
    LayerConf withNIn(int nIn);

    /** The same layer with {@code weightInit} filled in when it was left unset. */
    LayerConf withDefaultWeightInit(WeightInit networkDefault);

    /** The type's name as the guide writes it, e.g. {@code GravesLSTM}. */
    @JsonIgnore
    default String typeName() {
        return getClass().getSimpleName();
    }

    /** Whether the layer carries state from one time step to the next. */
    @JsonIgnore
    boolean isRecurrent();

    /** Whether the layer works on each time step alone (its input is feed-forward data {@code [n, size]}). */
    @JsonIgnore
    default boolean takesFeedForwardInput() {
        return false;
    }

    /** Number of parameters, recurrent weights and biases included; needs {@code nIn} to be set. */
    long numParams();

    /**
     * Checks the rules that concern this layer alone.
     *
     * @param index the layer's index in the network, used in messages
     * @throws ConfigurationException naming the layer, the rule and the fix
     */
    void validate(int index);

    /** The message prefix that names a layer: {@code layer 2 (RnnOutputLayer)}. */
    static String describe(int index, LayerConf layer) {
        return "layer " + index + " (" + layer.typeName() + ")";
    }
}
