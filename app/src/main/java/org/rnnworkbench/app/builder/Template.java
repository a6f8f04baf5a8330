package org.rnnworkbench.app.builder;

import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RmsProp;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;

/**
 * Ready-made starting points, each written with the engine's builders as the guide writes them, so that a
 * template is exactly the code a reader would type.
 */
public enum Template {
    CHARACTER_MODEL("Character model",
            "Two GravesLSTM layers of 200 and a softmax output over the characters: the guide's text generator."
                    + " Truncated BPTT of 50 steps."),
    SEQUENCE_CLASSIFIER("Sequence classifier",
            "Many-to-one: a bidirectional LSTM reads the whole sequence; the labels mask keeps only the last"
                    + " step's class."),
    SEQUENCE_REGRESSOR("Sequence regressor",
            "An LSTM, a dense ReLU layer at every step and a linear output trained with mean squared error."),
    ONE_TO_MANY("One-to-many generator",
            "One input at the first step, a sequence out: the features mask marks step 0, the labels mask the"
                    + " rest.");

    private final String title;
    private final String description;

    Template(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The template's network as the engine's builder, before {@code build()}. */
    public NetworkConfiguration.Builder builder() {
        NetworkConfiguration.Builder b = new NetworkConfiguration.Builder();
        switch (this) {
            case CHARACTER_MODEL:
                return b.seed(12345).updater(new Adam(0.005)).inputSize(77)
                        .layer(new GravesLSTM.Builder().nOut(200).activation(Activation.TANH).build())
                        .layer(new GravesLSTM.Builder().nOut(200).activation(Activation.TANH).build())
                        .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(77).build())
                        .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(50).tBPTTBackwardLength(50);
            case SEQUENCE_CLASSIFIER:
                return b.seed(12345).updater(new Adam(0.001)).inputSize(8)
                        .layer(new Bidirectional(Bidirectional.Mode.CONCAT, new LSTM.Builder().nOut(64).build()))
                        .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(4).build());
            case SEQUENCE_REGRESSOR:
                return b.seed(12345).updater(new Adam(0.001)).inputSize(3)
                        .layer(new LSTM.Builder().nOut(64).build())
                        .layer(new DenseLayer.Builder().nOut(32).activation(Activation.RELU).build())
                        .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build());
            case ONE_TO_MANY:
                return b.seed(12345).updater(new RmsProp(0.01)).inputSize(10)
                        .layer(new SimpleRnn.Builder().nOut(128).build())
                        .layer(new GravesLSTM.Builder().nOut(128).build())
                        .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(40).build());
            default:
                throw new IllegalStateException("unknown template " + this);
        }
    }

    /** The template as a draft for the builder. */
    public ModelDraft draft() {
        return ModelDraft.from(builder().build());
    }

    @Override
    public String toString() {
        return title;
    }
}
