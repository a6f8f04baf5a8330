/**
 * Background work for the view-models: a runner that executes work on an injected executor and hands the
 * result back through a second injected executor (the FX thread in the application, the calling thread in
 * tests). No JavaFX imports at all.
 */
package org.rnnworkbench.app.concurrent;
