package org.rnnworkbench.model.nn;

import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GravesBidirectionalLSTM;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.SimpleRnn;

/**
 * The recurrent layers the differential tests put in front of a dense and an output layer, with what DL4J
 * 1.0.0-M2.1 does with a features mask in each, as observed through {@code MultiLayerNetwork}:
 * <ul>
 *   <li>its {@code LSTM} and {@code GravesLSTM} ignore the mask: the recurrence runs through padded steps and
 *       reads whatever input is there, also inside its {@code Bidirectional} wrapper;</li>
 *   <li>its {@code SimpleRnn} and {@code GravesBidirectionalLSTM} zero their output <em>and their state</em> at a
 *       masked step, so a masked step resets the recurrence instead of carrying it over as ours does.</li>
 * </ul>
 */
enum Dl4jLayerKind {
    LSTM_TANH(false, false),
    /** Hard-sigmoid gates and softsign: the derivative paths that differ from the default activations. */
    LSTM_HARDSIGMOID_SOFTSIGN(false, false),
    GRAVES_LSTM(false, false),
    GRAVES_BIDIRECTIONAL_LSTM(true, true),
    SIMPLE_RNN(false, true),
    BIDIRECTIONAL_CONCAT_LSTM(true, false),
    BIDIRECTIONAL_CONCAT_GRAVES_LSTM(true, false),
    BIDIRECTIONAL_ADD_SIMPLE_RNN(true, true);

    private final boolean bidirectional;
    private final boolean dl4jMasksState;

    Dl4jLayerKind(boolean bidirectional, boolean dl4jMasksState) {
        this.bidirectional = bidirectional;
        this.dl4jMasksState = dl4jMasksState;
    }

    /** Whether the layer also reads the sequence from its end. */
    boolean bidirectional() {
        return bidirectional;
    }

    /**
     * Whether DL4J applies the features mask inside this layer (zeroing output and state at masked steps); when
     * false, DL4J's recurrence runs through padding and padding values reach later steps of each direction.
     */
    boolean dl4jMasksState() {
        return dl4jMasksState;
    }

    /** Our configuration of this layer with {@code nOut} units per direction; {@code nIn} is inferred. */
    LayerConf layer(int nOut) {
        switch (this) {
            case LSTM_TANH:
                return new LSTM.Builder().nOut(nOut).build();
            case LSTM_HARDSIGMOID_SOFTSIGN:
                return new LSTM.Builder().nOut(nOut).activation(Activation.SOFTSIGN)
                        .gateActivationFunction(Activation.HARDSIGMOID).build();
            case GRAVES_LSTM:
                return new GravesLSTM.Builder().nOut(nOut).build();
            case GRAVES_BIDIRECTIONAL_LSTM:
                return new GravesBidirectionalLSTM.Builder().nOut(nOut).build();
            case SIMPLE_RNN:
                return new SimpleRnn.Builder().nOut(nOut).build();
            case BIDIRECTIONAL_CONCAT_LSTM:
                return new Bidirectional(Bidirectional.Mode.CONCAT, new LSTM.Builder().nOut(nOut).build());
            case BIDIRECTIONAL_CONCAT_GRAVES_LSTM:
                return new Bidirectional(Bidirectional.Mode.CONCAT, new GravesLSTM.Builder().nOut(nOut).build());
            case BIDIRECTIONAL_ADD_SIMPLE_RNN:
                return new Bidirectional(Bidirectional.Mode.ADD, new SimpleRnn.Builder().nOut(nOut).build());
            default:
                throw new IllegalStateException("unknown kind " + this);
        }
    }
}
