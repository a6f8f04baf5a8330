package org.rnnworkbench.benchmarks;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.nn.Network;

/** The calls the benchmarks time, so that both engines run the very same benchmark code. */
interface Engine {
    /** A short name for reports: {@code ours} or {@code dl4j}. */
    String name();

    /** One minibatch through {@code fit}: features and labels {@code [miniBatch, 77, time]}. */
    void fit(INDArray features, INDArray labels);

    /** Inference from zero state; {@code [miniBatch, 77, time]} in and out. */
    INDArray output(INDArray features);

    /** One step from the stored state; {@code [1, 77]} in and out. */
    INDArray rnnTimeStep(INDArray input);

    void rnnClearPreviousState();

    /** Our engine. */
    static Engine ours(Network net) {
        return new Engine() {
            @Override
            public String name() {
                return "ours";
            }

            @Override
            public void fit(INDArray features, INDArray labels) {
                net.fit(new SequenceDataSet(features, labels));
            }

            @Override
            public INDArray output(INDArray features) {
                return net.output(features);
            }

            @Override
            public INDArray rnnTimeStep(INDArray input) {
                return net.rnnTimeStep(input);
            }

            @Override
            public void rnnClearPreviousState() {
                net.rnnClearPreviousState();
            }
        };
    }

    /** DL4J 1.0.0-M2.1's {@link MultiLayerNetwork}. */
    static Engine dl4j(MultiLayerNetwork net) {
        return new Engine() {
            @Override
            public String name() {
                return "dl4j";
            }

            @Override
            public void fit(INDArray features, INDArray labels) {
                net.fit(new DataSet(features, labels));
            }

            @Override
            public INDArray output(INDArray features) {
                return net.output(features);
            }

            @Override
            public INDArray rnnTimeStep(INDArray input) {
                return net.rnnTimeStep(input);
            }

            @Override
            public void rnnClearPreviousState() {
                net.rnnClearPreviousState();
            }
        };
    }

    /** The engine called {@code name}, on a fresh network of the given cell (DL4J's with our initial parameters). */
    static Engine create(String name, CharModel.Cell cell) {
        Network ours = CharModel.oursInitialized(cell);
        switch (name) {
            case "ours":
                return ours(ours);
            case "dl4j":
                return dl4j(CharModel.dl4j(cell, ours));
            default:
                throw new IllegalArgumentException("unknown engine " + name + "; expected ours or dl4j");
        }
    }
}
