/**
 * Evaluation of trained networks: classification and regression metrics over time series, counting only steps whose label is present (masks).
 * May import ND4J and the other engine packages; never JavaFX.
 */
package org.rnnworkbench.model.eval;
