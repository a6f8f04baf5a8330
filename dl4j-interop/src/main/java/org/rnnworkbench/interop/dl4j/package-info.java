/**
 * Moving networks between the engine and DeepLearning4J 1.0.0-M2.1: export as a DL4J {@code MultiLayerNetwork}
 * zip ({@code ModelSerializer} format) for DL4J's own or its Spark training, import such a zip back, and the list
 * of places where DL4J will behave differently from the engine. The only package that imports DL4J at run time;
 * may import ND4J, DL4J and the engine's public API; never JavaFX.
 */
package org.rnnworkbench.interop.dl4j;
