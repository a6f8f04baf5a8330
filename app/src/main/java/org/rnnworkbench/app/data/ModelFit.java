package org.rnnworkbench.app.data;

import java.util.ArrayList;
import java.util.List;
import org.rnnworkbench.app.builder.LayerKind;
import org.rnnworkbench.app.builder.LayerSpec;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.model.conf.LossFunction;

/**
 * Fits a model draft to the sizes of a data source: the input size becomes the data's {@code nIn} and the
 * output layer's {@code nOut} the data's {@code nOut}. What cannot be fixed by a size (no output layer, a loss
 * that does not suit the task) is reported, not changed, since that choice is the user's.
 *
 * @param draft the draft after the sizes were set
 * @param changes what was changed, in words, e.g. {@code input size 10 → 3}
 * @param problems what still does not fit, in words
 */
public record ModelFit(ModelDraft draft, List<String> changes, List<String> problems) {

    public ModelFit {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** The draft fitted to {@code shape}. */
    public static ModelFit of(ModelDraft draft, DataShape shape) {
        List<String> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ModelDraft fitted = draft;
        if (draft.settings().inputSize() != shape.nIn()) {
            changes.add("input size " + draft.settings().inputSize() + " → " + shape.nIn());
            fitted = fitted.withSettings(fitted.settings().withInputSize(shape.nIn()));
        }
        List<LayerSpec> layers = fitted.layers();
        if (!layers.isEmpty() && layers.get(0).nIn() != 0 && layers.get(0).nIn() != shape.nIn()) {
            // an explicit nIn on the first layer would override the input size; let the engine infer it again
            changes.add("layer 0 nIn " + layers.get(0).nIn() + " → inferred");
            fitted = fitted.withLayerReplaced(0, layers.get(0).withNIn(0));
        }
        layers = fitted.layers();
        if (layers.isEmpty() || layers.get(layers.size() - 1).kind() != LayerKind.RNN_OUTPUT) {
            problems.add("the model needs an RnnOutputLayer at the end with nOut = " + shape.nOut());
            return new ModelFit(fitted, changes, problems);
        }
        int last = layers.size() - 1;
        LayerSpec output = layers.get(last);
        if (output.nOut() != shape.nOut()) {
            changes.add("output nOut " + output.nOut() + " → " + shape.nOut());
            fitted = fitted.withLayerReplaced(last, output.withNOut(shape.nOut()));
        }
        LossFunction loss = output.lossFunction();
        boolean classificationLoss = loss == LossFunction.MCXENT || loss == LossFunction.NEGATIVELOGLIKELIHOOD;
        if (shape.classification() && !classificationLoss) {
            problems.add("the data is classification but the output layer's loss is " + loss
                    + "; choose MCXENT with softmax");
        } else if (!shape.classification() && classificationLoss) {
            problems.add("the data is regression but the output layer's loss is " + loss
                    + "; choose MSE with identity");
        }
        return new ModelFit(fitted, changes, problems);
    }

    /** One line for the user: what changed and what still does not fit. */
    public String message() {
        StringBuilder text = new StringBuilder();
        if (changes.isEmpty() && problems.isEmpty()) {
            return "The model already fits the data.";
        }
        if (!changes.isEmpty()) {
            text.append("Model fitted to the data: ").append(String.join(", ", changes)).append('.');
        }
        if (!problems.isEmpty()) {
            text.append(text.length() > 0 ? " " : "").append("The model no longer fits: ")
                    .append(String.join("; ", problems)).append('.');
        }
        return text.toString();
    }
}
