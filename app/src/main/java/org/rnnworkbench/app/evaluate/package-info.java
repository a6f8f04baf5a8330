/**
 * The Evaluate area: the trained network run over the validation (or training) data in the background with
 * progress and cancel, and the figures of the engine's {@code Evaluation} (accuracy, precision, recall, F1,
 * confusion matrix) or {@code RegressionEvaluation} (MSE, MAE, RMSE, R²), counting only steps whose label is
 * present. The view-model imports the engine and {@code javafx.beans} only.
 */
package org.rnnworkbench.app.evaluate;
