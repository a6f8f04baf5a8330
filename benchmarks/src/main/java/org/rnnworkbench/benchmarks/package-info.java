/**
 * The benchmark harness: the engine side by side with DL4J 1.0.0-M2.1 (and PyTorch when installed) on the DL4J
 * guide's character model, in one run, reported as ratios. Run it with {@code benchmarks/run.sh}; the build only
 * compiles it and unit-tests its arithmetic. Also the workbench's responsiveness during a large import, in a
 * headless JavaFX window of its own. May import the engine, DL4J, ND4J, the workbench and JavaFX.
 */
package org.rnnworkbench.benchmarks;
