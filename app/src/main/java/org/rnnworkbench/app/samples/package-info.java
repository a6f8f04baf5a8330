/**
 * Generators of the sample projects' data: every file a sample ships is made here from a seed, bit for bit.
 * Plain Java and java.nio only; no JavaFX, no engine types.
 */
package org.rnnworkbench.app.samples;
