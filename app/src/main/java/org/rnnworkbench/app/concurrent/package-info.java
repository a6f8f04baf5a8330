/**
 * Background work for the view-models: a runner that executes work on an injected executor and hands the
 * result back through a second injected executor (the FX thread in the application, the calling thread in
 * tests), and a coalescing runner on top of it for previews that follow every keystroke (one request at a time,
 * the newest next, overtaken results dropped). No JavaFX imports at all.
 */
package org.rnnworkbench.app.concurrent;
