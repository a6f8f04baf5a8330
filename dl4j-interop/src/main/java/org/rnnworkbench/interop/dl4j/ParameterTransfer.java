package org.rnnworkbench.interop.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.layers.GravesBidirectionalLSTM;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.nn.Network;

/**
 * Moves parameters, and vectors laid out like parameters, between one of our networks and a DL4J network of
 * the same structure.
 *
 * <p>Both keep all parameters in one flat vector, but in different layouts: ours holds each named matrix in
 * row-major order ({@code 'c'}), DL4J's in column-major order ({@code 'f'}), and DL4J keeps biases as vectors
 * {@code [k]} where ours are rows {@code [1, k]}. So nothing is copied flat; every named parameter is copied by
 * element index, and a flat vector (such as updater state) is converted by placing it, parameter by parameter,
 * where the same parameter lives in the other layout.
 */
final class ParameterTransfer {
    /**
     * One named parameter.
     *
     * @param layer layer index
     * @param ours our name ({@code "fRW"})
     * @param dl4jKey DL4J's key ({@code "0_RWF"})
     * @param shape our shape {@code [rows, columns]}
     * @param offset where it starts in our flat vector
     */
    private record Entry(int layer, String ours, String dl4jKey, long[] shape, long offset) {
        long length() {
            return shape[0] * shape[1];
        }
    }

    private final Network ours;
    private final MultiLayerNetwork theirs;
    private final List<Entry> entries = new ArrayList<>();

    private ParameterTransfer(Network ours, MultiLayerNetwork theirs) {
        this.ours = ours;
        this.theirs = theirs;
        if (ours.numParams() != theirs.numParams()) {
            throw new IllegalStateException("our network has " + ours.numParams() + " parameters but DL4J's has "
                    + theirs.numParams() + "; the layers do not correspond");
        }
        INDArray flat = ours.params();
        long offset = 0;
        for (int layer = 0; layer < ours.getnLayers(); layer++) {
            boolean graves = theirs.getLayerWiseConfigurations().getConf(layer).getLayer()
                    instanceof GravesBidirectionalLSTM;
            for (Map.Entry<String, INDArray> e : ours.paramTable(layer).entrySet()) {
                INDArray value = e.getValue();
                // The flat conversions below rely on our parameter table being consecutive row-major views
                // of params(), in table order; check rather than assume.
                if (value.offset() != flat.offset() + offset || value.ordering() != 'c' || value.rank() != 2) {
                    throw new IllegalStateException("parameter " + e.getKey() + " of layer " + layer
                            + " is not where the flat layout puts it");
                }
                String key = ParameterNames.key(layer, ParameterNames.dl4jName(graves, e.getKey()));
                Entry entry = new Entry(layer, e.getKey(), key, value.shape(), offset);
                requireCompatible(entry, theirs.getParam(key));
                entries.add(entry);
                offset += entry.length();
            }
        }
    }

    /** The transfer between two networks whose layers correspond one to one. */
    static ParameterTransfer between(Network ours, MultiLayerNetwork theirs) {
        return new ParameterTransfer(ours, theirs);
    }

    /** Copies every parameter of ours into DL4J's network. */
    void copyToDl4j() {
        INDArray flat = ours.params();
        for (Entry e : entries) {
            writeDl4j(e, view(flat, e));
        }
    }

    /** Copies every parameter of DL4J's network into ours. */
    void copyFromDl4j() {
        INDArray flat = ours.params();
        for (Entry e : entries) {
            view(flat, e).assign(theirs.getParam(e.dl4jKey()).reshape(e.shape()).castTo(flat.dataType()));
        }
    }

    /**
     * A vector in our parameter layout, {@code [numParams]}, rearranged into DL4J's parameter layout
     * {@code [numParams]}. DL4J's parameters are used as the scratch space and restored afterwards.
     */
    INDArray toDl4jLayout(INDArray ourLayout) {
        INDArray flat = ourLayout.reshape(ourLayout.length());
        INDArray saved = theirs.params().dup();
        try {
            for (Entry e : entries) {
                writeDl4j(e, view(flat, e));
            }
            return theirs.params().dup().reshape(theirs.numParams());
        } finally {
            theirs.setParams(saved);
        }
    }

    /** A vector in DL4J's parameter layout, {@code [numParams]}, rearranged into ours {@code [numParams]}. */
    INDArray fromDl4jLayout(INDArray dl4jLayout) {
        INDArray saved = theirs.params().dup();
        try {
            theirs.setParams(dl4jLayout.reshape(1, dl4jLayout.length()).castTo(saved.dataType()));
            INDArray result = Nd4j.zeros(ours.params().dataType(), ours.numParams());
            for (Entry e : entries) {
                view(result, e).assign(theirs.getParam(e.dl4jKey()).reshape(e.shape()).castTo(result.dataType()));
            }
            return result;
        } finally {
            theirs.setParams(saved);
        }
    }

    private void writeDl4j(Entry e, INDArray value) {
        INDArray target = theirs.getParam(e.dl4jKey());
        theirs.setParam(e.dl4jKey(), value.reshape(target.shape()).castTo(target.dataType()));
    }

    private static INDArray view(INDArray flat, Entry e) {
        return flat.get(NDArrayIndex.interval(e.offset(), e.offset() + e.length())).reshape('c', e.shape());
    }

    /** Matrices must match exactly; a bias row {@code [1, k]} matches DL4J's {@code [k]} or {@code [1, k]}. */
    private static void requireCompatible(Entry e, INDArray target) {
        long[] t = target.shape();
        boolean same = Arrays.equals(e.shape(), t);
        boolean biasVector = t.length == 1 && e.shape()[0] == 1 && e.shape()[1] == t[0];
        if (!same && !biasVector) {
            throw new IllegalStateException("parameter " + e.ours() + " of layer " + e.layer() + " has shape "
                    + Arrays.toString(e.shape()) + " but DL4J's " + e.dl4jKey() + " has " + Arrays.toString(t));
        }
    }
}
