/**
 * The Step area: a trained network driven one time step at a time with {@code rnnTimeStep}. For a character
 * model: priming, sampling (temperature, top-k, greedy, seed), forks from any generated character, several
 * streams in one minibatch, the stored state of every layer as a heat map, and named state snapshots kept in
 * the project folder. For a numeric sequence model: stepping through one sequence, prediction against the
 * actual value, and the check that stepped outputs equal {@code output()} on the whole sequence.
 *
 * <p>The sessions ({@link org.rnnworkbench.app.step.CharacterSession},
 * {@link org.rnnworkbench.app.step.SequenceSession}) own the engine's network and are used from one background
 * thread only; they publish immutable frames. The view-model imports JavaFX properties, never nodes; classes
 * whose names end in {@code View} hold the nodes.
 */
package org.rnnworkbench.app.step;
