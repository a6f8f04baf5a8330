/**
 * The workbench application: the JavaFX entry point, the launcher {@code main}, and the composition that wires
 * view-models to the project store, dialogs and background executor. Areas live in sub-packages.
 */
package org.rnnworkbench.app;
