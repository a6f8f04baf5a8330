package org.rnnworkbench.model.nn;

import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.SimpleRnn;

/** Makes the run-time layer for a layer configuration. */
final class Layers {
    private Layers() {
    }

    static Layer create(LayerConf conf) {
        if (conf instanceof Bidirectional b) {
            return new BidirectionalLayer(b);
        }
        if (conf instanceof DenseLayer d) {
            return new DenseStepLayer(d);
        }
        if (conf instanceof RnnOutputLayer o) {
            return new OutputStepLayer(o);
        }
        return recurrent(conf, false);
    }

    /** A recurrent layer running forwards or, for the backward half of a bidirectional layer, backwards. */
    static Layer recurrent(LayerConf conf, boolean reverse) {
        if (conf instanceof LSTM || conf instanceof GravesLSTM) {
            return new LstmLayer(conf, reverse);
        }
        if (conf instanceof SimpleRnn s) {
            return new SimpleRnnLayer(s, reverse);
        }
        throw new IllegalArgumentException(conf.typeName() + " is not a recurrent layer");
    }
}
