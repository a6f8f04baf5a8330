package org.rnnworkbench.interop.dl4j;

import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GravesBidirectionalLSTM;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.SimpleRnn;

/** Every recurrent layer we export: each type, each wrapped type in both bidirectional modes. */
enum RecurrentKind {
    LSTM,
    /** Hard-sigmoid gates and softsign, a forget-gate bias away from the default. */
    LSTM_HARDSIGMOID_SOFTSIGN,
    GRAVES_LSTM,
    SIMPLE_RNN,
    BIDIRECTIONAL_CONCAT_LSTM,
    BIDIRECTIONAL_ADD_LSTM,
    BIDIRECTIONAL_CONCAT_GRAVES_LSTM,
    /** Becomes DL4J's GravesBidirectionalLSTM, with its own parameter names. */
    BIDIRECTIONAL_ADD_GRAVES_LSTM,
    BIDIRECTIONAL_CONCAT_SIMPLE_RNN,
    BIDIRECTIONAL_ADD_SIMPLE_RNN;

    /** Our configuration of this layer with {@code nOut} units per direction; {@code nIn} is inferred. */
    LayerConf layer(int nOut) {
        switch (this) {
            case LSTM:
                return new org.rnnworkbench.model.conf.LSTM.Builder().nOut(nOut).build();
            case LSTM_HARDSIGMOID_SOFTSIGN:
                return new org.rnnworkbench.model.conf.LSTM.Builder().nOut(nOut).activation(Activation.SOFTSIGN)
                        .gateActivationFunction(Activation.HARDSIGMOID).forgetGateBiasInit(0.5).build();
            case GRAVES_LSTM:
                return new GravesLSTM.Builder().nOut(nOut).build();
            case SIMPLE_RNN:
                return new SimpleRnn.Builder().nOut(nOut).build();
            case BIDIRECTIONAL_CONCAT_LSTM:
                return new Bidirectional(Bidirectional.Mode.CONCAT,
                        new org.rnnworkbench.model.conf.LSTM.Builder().nOut(nOut).build());
            case BIDIRECTIONAL_ADD_LSTM:
                return new Bidirectional(Bidirectional.Mode.ADD,
                        new org.rnnworkbench.model.conf.LSTM.Builder().nOut(nOut).build());
            case BIDIRECTIONAL_CONCAT_GRAVES_LSTM:
                return new Bidirectional(Bidirectional.Mode.CONCAT, new GravesLSTM.Builder().nOut(nOut).build());
            case BIDIRECTIONAL_ADD_GRAVES_LSTM:
                return new GravesBidirectionalLSTM.Builder().nOut(nOut).build();
            case BIDIRECTIONAL_CONCAT_SIMPLE_RNN:
                return new Bidirectional(Bidirectional.Mode.CONCAT, new SimpleRnn.Builder().nOut(nOut).build());
            case BIDIRECTIONAL_ADD_SIMPLE_RNN:
                return new Bidirectional(Bidirectional.Mode.ADD, new SimpleRnn.Builder().nOut(nOut).build());
            default:
                throw new IllegalStateException("unknown kind " + this);
        }
    }
}
