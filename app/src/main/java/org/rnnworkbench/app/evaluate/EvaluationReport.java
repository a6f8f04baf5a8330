package org.rnnworkbench.app.evaluate;

import org.rnnworkbench.model.eval.Evaluation;

/**
 * The figures of one evaluation: the engine's classification {@link Evaluation} or the regression figures
 * (exactly one is present), and which data they come from.
 *
 * @param dataName e.g. {@code validation data}
 * @param classification the classification figures, or null for a regressor
 * @param regression the regression figures, or null for a classifier
 * @param examples what was found out per example (many-to-one predictions, steps kept for drawing)
 */
public record EvaluationReport(String dataName, Evaluation classification, RegressionFigures regression,
        ExampleResults examples) {

    public EvaluationReport {
        if ((classification == null) == (regression == null)) {
            throw new IllegalArgumentException("a report has classification or regression figures, not both");
        }
        java.util.Objects.requireNonNull(examples, "examples");
    }

    /** A report without per-example results. */
    public EvaluationReport(String dataName, Evaluation classification, RegressionFigures regression) {
        this(dataName, classification, regression, ExampleResults.NONE);
    }

    public boolean isClassification() {
        return classification != null;
    }

    /** Steps whose label was present, which the figures count. */
    public long countedSteps() {
        return isClassification() ? classification.countedSteps() : regression.countedSteps();
    }

    /** Steps left out because their label was absent (padding, or steps without a target). */
    public long maskedOutSteps() {
        return isClassification() ? classification.maskedOutSteps() : regression.maskedOutSteps();
    }
}
