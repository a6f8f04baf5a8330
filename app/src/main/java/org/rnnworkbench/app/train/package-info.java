/**
 * The Train area: a training run on a daemon thread (epochs, pause, stop, validation, best checkpoint, the
 * divergence guard), the engine's progress coalesced onto the UI thread, the histories behind the live charts
 * (downsampled for drawing, kept whole in the run files), the truncated BPTT strip and the saved run history.
 * View-models and run logic import the engine and {@code javafx.beans}/{@code javafx.collections} only; views
 * ({@code *View}, {@code LiveChart}) hold the nodes.
 */
package org.rnnworkbench.app.train;
