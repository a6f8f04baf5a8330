package org.rnnworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rnnworkbench.app.builder.LayerKind;
import org.rnnworkbench.app.builder.LayerSpec;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.model.data.LabelType;

class ModelFitTest {

    @Test
    void inputSizeAndOutputNOutFollowTheData() {
        ModelDraft draft = Template.CHARACTER_MODEL.draft();
        ModelFit fit = ModelFit.of(draft, new DataShape(3, 4, LabelType.CLASSIFICATION));
        assertEquals(3, fit.draft().settings().inputSize());
        List<LayerSpec> layers = fit.draft().layers();
        assertEquals(4, layers.get(layers.size() - 1).nOut());
        assertTrue(fit.problems().isEmpty(), fit.problems().toString());
        assertTrue(fit.message().startsWith("Model fitted to the data: input size"), fit.message());
    }

    @Test
    void aFittingModelIsLeftAlone() {
        ModelDraft draft = ModelFit.of(Template.CHARACTER_MODEL.draft(),
                new DataShape(5, 5, LabelType.CLASSIFICATION)).draft();
        ModelFit again = ModelFit.of(draft, new DataShape(5, 5, LabelType.CLASSIFICATION));
        assertEquals(draft, again.draft());
        assertEquals("The model already fits the data.", again.message());
    }

    @Test
    void anExplicitFirstNInIsLeftToBeInferred() {
        ModelDraft draft = ModelDraft.empty(10).withLayerInserted(0, LayerSpec.of(LayerKind.LSTM, 8).withNIn(10))
                .withLayerInserted(1, LayerSpec.of(LayerKind.RNN_OUTPUT, 2));
        ModelFit fit = ModelFit.of(draft, new DataShape(3, 2, LabelType.CLASSIFICATION));
        assertEquals(0, fit.draft().layers().get(0).nIn());
        assertTrue(fit.changes().contains("layer 0 nIn 10 → inferred"), fit.changes().toString());
    }

    @Test
    void aClassificationLossOnRegressionDataIsReported() {
        ModelFit fit = ModelFit.of(Template.CHARACTER_MODEL.draft(), new DataShape(2, 1, LabelType.REGRESSION));
        assertEquals(1, fit.problems().size());
        assertTrue(fit.message().contains("The model no longer fits: the data is regression"), fit.message());
    }

    @Test
    void aModelWithoutOutputLayerIsReported() {
        ModelFit fit = ModelFit.of(ModelDraft.empty(10), new DataShape(2, 3, LabelType.CLASSIFICATION));
        assertEquals(2, fit.draft().settings().inputSize());
        assertTrue(fit.problems().get(0).contains("RnnOutputLayer at the end with nOut = 3"));
    }
}
