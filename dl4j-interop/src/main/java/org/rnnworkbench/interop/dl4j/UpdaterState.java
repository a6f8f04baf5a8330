package org.rnnworkbench.interop.dl4j;

import java.util.List;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.rnnworkbench.model.nn.Network;

/**
 * Our updater state against DL4J's updater state view.
 *
 * <p>Ours is {@code [k * numParams]}: state vector 1 then state vector 2 (Adam's {@code m} then {@code v};
 * {@code k = 1} for the one-vector updaters, {@code k = 0} for SGD), each in our parameter layout. DL4J groups
 * consecutive parameters with equal updater settings into blocks and gives each block its own slice of the state
 * view, which the block's updater splits the same way (Adam: {@code m} over the block, then {@code v}), each in
 * DL4J's parameter layout. When every layer has the same updater, which is always true of an exported network and
 * is required of an imported one, there is exactly one block over all parameters, and the two states correspond
 * by rearranging each state vector between the two parameter layouts. {@link #singleBlock} checks that structure
 * instead of assuming it; the round-trip tests check the values by continuing training on both sides.
 */
final class UpdaterState {
    private UpdaterState() {
    }

    /**
     * Whether DL4J's updater has one block over all parameters with a state of {@code stateLength} values, so that
     * the mapping is exact. A stateless updater ({@code stateLength == 0}) maps trivially.
     */
    static boolean singleBlock(MultiLayerNetwork theirs, long stateLength) {
        Updater updater = theirs.getUpdater();
        INDArray view = updater.getStateViewArray();
        long dl4jLength = view == null ? 0 : view.length();
        if (stateLength == 0 || dl4jLength == 0) {
            return stateLength == dl4jLength;
        }
        if (!(updater instanceof BaseMultiLayerUpdater<?> multi) || dl4jLength != stateLength) {
            return false;
        }
        List<UpdaterBlock> blocks = multi.getUpdaterBlocks();
        return blocks.size() == 1 && blocks.get(0).getParamOffsetStart() == 0
                && blocks.get(0).getParamOffsetEnd() == theirs.numParams()
                && blocks.get(0).getUpdaterViewOffsetStart() == 0
                && blocks.get(0).getUpdaterViewOffsetEnd() == dl4jLength;
    }

    /** Copies our updater state into DL4J's state view; {@link #singleBlock} must hold. */
    static void copyToDl4j(Network ours, MultiLayerNetwork theirs, ParameterTransfer transfer) {
        INDArray state = ours.getUpdater().stateView();
        if (state.length() == 0) {
            return;
        }
        long n = ours.numParams();
        INDArray flat = state.reshape(state.length());
        INDArray[] parts = new INDArray[(int) (state.length() / n)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = transfer.toDl4jLayout(flat.get(NDArrayIndex.interval(i * n, (i + 1) * n)));
        }
        INDArray view = theirs.getUpdater().getStateViewArray();
        view.assign(Nd4j.concat(0, parts).reshape(view.shape()).castTo(view.dataType()));
    }

    /** Copies DL4J's state view into our updater state; {@link #singleBlock} must hold. */
    static void copyFromDl4j(MultiLayerNetwork theirs, Network ours, ParameterTransfer transfer) {
        INDArray view = theirs.getUpdater().getStateViewArray();
        if (view == null || view.length() == 0) {
            return;
        }
        long n = ours.numParams();
        INDArray flat = view.reshape(view.length());
        INDArray[] parts = new INDArray[(int) (view.length() / n)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = transfer.fromDl4jLayout(flat.get(NDArrayIndex.interval(i * n, (i + 1) * n)));
        }
        ours.getUpdater().setState(Nd4j.concat(0, parts));
    }
}
