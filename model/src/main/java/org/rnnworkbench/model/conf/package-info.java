/**
 * Immutable, validated network and layer configuration: the layer records ({@link
 * org.rnnworkbench.model.conf.GravesLSTM}, {@link org.rnnworkbench.model.conf.RnnOutputLayer}, ...), the
 * fluent {@link org.rnnworkbench.model.conf.NetworkConfiguration.Builder}, updater settings and the JSON
 * round-trip. Holds no runtime state (no parameters, no iteration counters, no RNN state). May import ND4J's
 * {@code DataType} and Jackson; nothing from {@code nn}, {@code train} or JavaFX.
 */
package org.rnnworkbench.model.conf;
