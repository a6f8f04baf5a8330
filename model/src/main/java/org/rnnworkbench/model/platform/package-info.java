/**
 * The native platform under the engine: which CPU features the machine has, which OpenBLAS kernels and OpenMP
 * thread count suit it, and a relauncher that starts the JVM again with those settings in its environment,
 * because OpenBLAS reads them only once, when the library loads, and Java cannot change its own environment.
 * Imports only the JDK; it must not load ND4J, so that a {@code main} can consult it before anything native loads.
 */
package org.rnnworkbench.model.platform;
