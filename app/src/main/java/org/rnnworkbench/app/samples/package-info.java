/**
 * The sample projects: generators of their data (every file a sample ships is made here from a seed, bit for
 * bit), the writer that assembles each project folder through the workbench's own stores, and the trainer
 * that trains a sample with the Train area's own training and no window. Imports the engine and the
 * workbench's project and train packages; no {@code javafx.scene}.
 */
package org.rnnworkbench.app.samples;
