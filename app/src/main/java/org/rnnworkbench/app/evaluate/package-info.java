/**
 * The Evaluate area: the trained network run over the validation (or training) data in the background with
 * progress and cancel, and the figures of the engine's {@code Evaluation} (accuracy, precision, recall, F1,
 * confusion matrix) or {@code RegressionEvaluation} (MSE, MAE, RMSE, R²), counting only steps whose label is
 * present. The same pass reads each example: for many-to-one data (found from the labels mask) the prediction
 * at each example's last real step, the mistakes most confident first and the sequence of a clicked row; for a
 * regressor one sequence's prediction against its actual values. The view-model and the per-example classes
 * import the engine, {@code javafx.beans}, {@code javafx.collections} and the node-free {@code PlotLine}; the
 * views ({@code *View}, {@code *Pane}, {@code StepAxis}) hold the nodes.
 */
package org.rnnworkbench.app.evaluate;
