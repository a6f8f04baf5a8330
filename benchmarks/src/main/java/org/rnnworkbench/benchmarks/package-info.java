/**
 * The benchmark harness: the engine side by side with DL4J 1.0.0-M2.1 (and PyTorch when installed) on the DL4J
 * guide's character model, in one run, reported as ratios. Run it with {@code benchmarks/run.sh}; the build only
 * compiles it and unit-tests its arithmetic. May import the engine, DL4J and ND4J.
 */
package org.rnnworkbench.benchmarks;
