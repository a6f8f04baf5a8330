/**
 * Moving a project's trained network to DL4J and back: File → Export to DL4J and File → Import DL4J Model. The
 * conversion itself is the {@code dl4j-interop} module's; this package finds the model in a project, says what
 * DL4J will do differently, and makes a project of an imported network.
 */
package org.rnnworkbench.app.exchange;
