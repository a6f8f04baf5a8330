package org.rnnworkbench.interop.dl4j;

import org.deeplearning4j.nn.params.GravesBidirectionalLSTMParamInitializer;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LayerConf;

/**
 * Our parameter names against DL4J's. Our layers use DL4J's names ({@code W}, {@code RW}, {@code b}, and for a
 * bidirectional layer the same names with the prefixes {@code f} and {@code b}), so only one layer needs
 * renaming: DL4J's {@code GravesBidirectionalLSTM}, which calls its halves {@code WF, RWF, bF, WB, RWB, bB}.
 */
final class ParameterNames {
    private ParameterNames() {
    }

    /**
     * Whether our layer is exported as DL4J's {@code GravesBidirectionalLSTM} rather than its {@code Bidirectional}
     * wrapper: an ADD-mode bidirectional Graves LSTM. That layer masks its state at padded steps, which is closer
     * to our semantics than the wrapper, whose backward direction reads the padding.
     */
    static boolean exportsAsGravesBidirectional(LayerConf layer) {
        return layer instanceof Bidirectional b && b.mode() == Bidirectional.Mode.ADD
                && b.layer() instanceof GravesLSTM;
    }

    /**
     * DL4J's name of our parameter {@code ours} in a layer whose DL4J counterpart is a
     * {@code GravesBidirectionalLSTM} when {@code gravesBidirectional}, or which keeps our names otherwise.
     */
    static String dl4jName(boolean gravesBidirectional, String ours) {
        if (!gravesBidirectional) {
            return ours;
        }
        switch (ours) {
            case "fW":
                return GravesBidirectionalLSTMParamInitializer.INPUT_WEIGHT_KEY_FORWARDS;
            case "fRW":
                return GravesBidirectionalLSTMParamInitializer.RECURRENT_WEIGHT_KEY_FORWARDS;
            case "fb":
                return GravesBidirectionalLSTMParamInitializer.BIAS_KEY_FORWARDS;
            case "bW":
                return GravesBidirectionalLSTMParamInitializer.INPUT_WEIGHT_KEY_BACKWARDS;
            case "bRW":
                return GravesBidirectionalLSTMParamInitializer.RECURRENT_WEIGHT_KEY_BACKWARDS;
            case "bb":
                return GravesBidirectionalLSTMParamInitializer.BIAS_KEY_BACKWARDS;
            default:
                throw new IllegalArgumentException("DL4J's GravesBidirectionalLSTM has no parameter for " + ours);
        }
    }

    /** DL4J's network-wide key ({@code "<layer>_<name>"}). */
    static String key(int layer, String dl4jName) {
        return layer + "_" + dl4jName;
    }
}
