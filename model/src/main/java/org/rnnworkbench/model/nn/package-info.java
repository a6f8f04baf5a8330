/**
 * The network and its layers: forward and backward passes, stored RNN state, preprocessing between layers.
 *
 * <p>Inside this package activations are time-major rows: a minibatch of {@code miniBatch} sequences of
 * {@code time} steps with {@code size} values per step is a matrix {@code [time * miniBatch, size]} whose row
 * {@code t * miniBatch + b} is step {@code t} of example {@code b}; masks are columns {@code [time * miniBatch,
 * 1]}. This lets the input projection of a whole sequence be one matrix product and each time step be a
 * contiguous block of rows. The public API of {@link org.rnnworkbench.model.nn.Network} speaks the guide's
 * {@code [miniBatch, size, time]}. May import ND4J, {@code conf}, {@code data} and {@code train}; never JavaFX.
 */
package org.rnnworkbench.model.nn;
