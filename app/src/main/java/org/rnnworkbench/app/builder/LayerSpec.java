package org.rnnworkbench.app.builder;

import java.util.Objects;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.LstmBuilder;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;
import org.rnnworkbench.model.conf.WeightInit;

/**
 * One layer of the draft, as the property editor sees it: every setting any layer type has, flat, so that an
 * edit is a field change. Unlike the engine's configuration a spec may break rules (a wrong {@code nIn}, a
 * loss that does not fit its activation): the engine's builder decides, and the builder view shows its message.
 *
 * @param kind the layer type
 * @param wrapped for {@link LayerKind#BIDIRECTIONAL}, the wrapped recurrent type; otherwise unused
 * @param mode for {@link LayerKind#BIDIRECTIONAL}, how the two directions combine; otherwise unused
 * @param nIn input size, 0 to let the engine infer it from the previous layer or the input size
 * @param nOut output size at each time step (for a bidirectional layer, of each direction)
 * @param activation the layer's activation
 * @param gateActivation gate activation of LSTM types
 * @param weightInit weight initialisation, {@code null} for the network's default
 * @param forgetGateBiasInit initial forget-gate bias of LSTM types
 * @param lossFunction loss of the output layer
 */
public record LayerSpec(LayerKind kind, LayerKind wrapped, Bidirectional.Mode mode, int nIn, int nOut,
        Activation activation, Activation gateActivation, WeightInit weightInit, double forgetGateBiasInit,
        LossFunction lossFunction) {

    public LayerSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wrapped, "wrapped");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(gateActivation, "gateActivation");
        Objects.requireNonNull(lossFunction, "lossFunction");
        if (!wrapped.isWrappable()) {
            throw new IllegalArgumentException("a Bidirectional layer cannot wrap " + wrapped.guideName());
        }
    }

    /** A new layer of the given kind with the engine builders' defaults and {@code nOut} as given. */
    public static LayerSpec of(LayerKind kind, int nOut) {
        switch (kind) {
            case LSTM:
                return from(new LSTM.Builder().nOut(nOut).build());
            case GRAVES_LSTM:
                return from(new GravesLSTM.Builder().nOut(nOut).build());
            case SIMPLE_RNN:
                return from(new SimpleRnn.Builder().nOut(nOut).build());
            case BIDIRECTIONAL:
                return from(new Bidirectional(new GravesLSTM.Builder().nOut(nOut).build()));
            case DENSE:
                return from(new DenseLayer.Builder().nOut(nOut).activation(Activation.RELU).build());
            case RNN_OUTPUT:
                return from(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(nOut).build());
            default:
                throw new IllegalArgumentException("unknown layer kind " + kind);
        }
    }

    /** The spec of an engine layer configuration. */
    public static LayerSpec from(LayerConf conf) {
        LayerSpec base = new LayerSpec(LayerKind.GRAVES_LSTM, LayerKind.GRAVES_LSTM, Bidirectional.Mode.CONCAT,
                conf.nIn(), conf.nOut(), Activation.TANH, Activation.SIGMOID, null,
                LstmBuilder.DEFAULT_FORGET_GATE_BIAS, LossFunction.MCXENT);
        if (conf instanceof LSTM) {
            LSTM l = (LSTM) conf;
            return new LayerSpec(LayerKind.LSTM, base.wrapped, base.mode, l.nIn(), l.nOut(), l.activation(),
                    l.gateActivation(), l.weightInit(), l.forgetGateBiasInit(), base.lossFunction);
        }
        if (conf instanceof GravesLSTM) {
            GravesLSTM l = (GravesLSTM) conf;
            return new LayerSpec(LayerKind.GRAVES_LSTM, base.wrapped, base.mode, l.nIn(), l.nOut(), l.activation(),
                    l.gateActivation(), l.weightInit(), l.forgetGateBiasInit(), base.lossFunction);
        }
        if (conf instanceof SimpleRnn) {
            SimpleRnn l = (SimpleRnn) conf;
            return new LayerSpec(LayerKind.SIMPLE_RNN, base.wrapped, base.mode, l.nIn(), l.nOut(), l.activation(),
                    base.gateActivation, l.weightInit(), base.forgetGateBiasInit, base.lossFunction);
        }
        if (conf instanceof DenseLayer) {
            DenseLayer l = (DenseLayer) conf;
            return new LayerSpec(LayerKind.DENSE, base.wrapped, base.mode, l.nIn(), l.nOut(), l.activation(),
                    base.gateActivation, l.weightInit(), base.forgetGateBiasInit, base.lossFunction);
        }
        if (conf instanceof RnnOutputLayer) {
            RnnOutputLayer l = (RnnOutputLayer) conf;
            return new LayerSpec(LayerKind.RNN_OUTPUT, base.wrapped, base.mode, l.nIn(), l.nOut(), l.activation(),
                    base.gateActivation, l.weightInit(), base.forgetGateBiasInit, l.lossFunction());
        }
        if (conf instanceof Bidirectional) {
            Bidirectional b = (Bidirectional) conf;
            LayerSpec inner = from(b.layer());
            return new LayerSpec(LayerKind.BIDIRECTIONAL, inner.kind, b.mode(), inner.nIn, inner.nOut,
                    inner.activation, inner.gateActivation, inner.weightInit, inner.forgetGateBiasInit,
                    inner.lossFunction);
        }
        throw new IllegalArgumentException("unknown layer configuration " + conf.typeName());
    }

    /**
     * The engine's configuration of this layer. Building it never validates: the network builder does that,
     * with the layer's index in its message.
     */
    public LayerConf toLayerConf() {
        switch (kind) {
            case LSTM:
                return new LSTM(nIn, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
            case GRAVES_LSTM:
                return new GravesLSTM(nIn, nOut, activation, gateActivation, weightInit, forgetGateBiasInit);
            case SIMPLE_RNN:
                return new SimpleRnn(nIn, nOut, activation, weightInit);
            case DENSE:
                return new DenseLayer(nIn, nOut, activation, weightInit);
            case RNN_OUTPUT:
                return new RnnOutputLayer(nIn, nOut, activation, lossFunction, weightInit);
            case BIDIRECTIONAL:
                return new Bidirectional(mode, withKind(wrapped).toLayerConf());
            default:
                throw new IllegalStateException("unknown layer kind " + kind);
        }
    }

    /** Display name: the type as the guide writes it, e.g. {@code Bidirectional(GravesLSTM)}. */
    public String typeName() {
        return kind == LayerKind.BIDIRECTIONAL ? "Bidirectional(" + wrapped.guideName() + ")" : kind.guideName();
    }

    public LayerSpec withKind(LayerKind k) {
        return new LayerSpec(k, wrapped, mode, nIn, nOut, activation, gateActivation, weightInit,
                forgetGateBiasInit, lossFunction);
    }

    public LayerSpec withWrapped(LayerKind w) {
        return new LayerSpec(kind, w, mode, nIn, nOut, activation, gateActivation, weightInit, forgetGateBiasInit,
                lossFunction);
    }

    public LayerSpec withMode(Bidirectional.Mode m) {
        return new LayerSpec(kind, wrapped, m, nIn, nOut, activation, gateActivation, weightInit,
                forgetGateBiasInit, lossFunction);
    }

    public LayerSpec withNIn(int n) {
        return new LayerSpec(kind, wrapped, mode, n, nOut, activation, gateActivation, weightInit,
                forgetGateBiasInit, lossFunction);
    }

    public LayerSpec withNOut(int n) {
        return new LayerSpec(kind, wrapped, mode, nIn, n, activation, gateActivation, weightInit,
                forgetGateBiasInit, lossFunction);
    }

    public LayerSpec withActivation(Activation a) {
        return new LayerSpec(kind, wrapped, mode, nIn, nOut, a, gateActivation, weightInit, forgetGateBiasInit,
                lossFunction);
    }

    public LayerSpec withGateActivation(Activation a) {
        return new LayerSpec(kind, wrapped, mode, nIn, nOut, activation, a, weightInit, forgetGateBiasInit,
                lossFunction);
    }

    public LayerSpec withWeightInit(WeightInit w) {
        return new LayerSpec(kind, wrapped, mode, nIn, nOut, activation, gateActivation, w, forgetGateBiasInit,
                lossFunction);
    }

    public LayerSpec withForgetGateBiasInit(double b) {
        return new LayerSpec(kind, wrapped, mode, nIn, nOut, activation, gateActivation, weightInit, b,
                lossFunction);
    }

    public LayerSpec withLossFunction(LossFunction l) {
        return new LayerSpec(kind, wrapped, mode, nIn, nOut, activation, gateActivation, weightInit,
                forgetGateBiasInit, l);
    }
}
