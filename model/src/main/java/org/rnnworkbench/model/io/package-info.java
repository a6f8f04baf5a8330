/**
 * Model and project files: configuration, parameters and updater state, written atomically.
 * May import ND4J and the other engine packages; never JavaFX.
 */
package org.rnnworkbench.model.io;
