/**
 * Training machinery: updaters (the state each update rule keeps), gradient clipping, training listeners and
 * cooperative cancellation. Works on flat ND4J vectors; imports {@code conf}, never {@code nn} or JavaFX.
 */
package org.rnnworkbench.model.train;
