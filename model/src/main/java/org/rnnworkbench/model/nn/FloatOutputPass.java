package org.rnnworkbench.model.nn;

import java.nio.FloatBuffer;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.RnnOutputLayer;

/**
 * The output layer's pass in single precision: the products go straight into OpenBLAS ({@link FloatBlas}) and
 * the element-wise work (bias, activation, loss, loss gradient, masks) is Java loops over blocks of rows copied to
 * the heap, where the JIT vectorises them; the ND4J path spends about a dozen op dispatches and as many fresh
 * arrays per minibatch on the same work. Arrays {@code [rows, ...]} hold one row per time step and sequence,
 * time-major ({@code rows = time * miniBatch}).
 *
 * <p>It computes what {@code OutputStepLayer}'s ops compute, with the same operation order and clipping; only
 * sums and {@code exp} may differ in the last bits. Cross-entropy with sigmoid outputs ({@code XENT}) takes its loss
 * and loss gradient from the ops (two logarithms per element, rare here); its products still run here.
 *
 * <p>The predictions, the loss column and the gradients handed on live in the layer's {@link FloatWorkspace}: valid
 * until the layer's next pass, which is how the network uses them.
 */
final class FloatOutputPass implements OutputStepLayer.OutputPass {
    /** Floats per block of rows on the heap: a few blocks stay in the first-level cache. */
    private static final int BLOCK_FLOATS = 4096;

    private final RnnOutputLayer conf;
    private final ParameterBlock parameters;
    private final FloatWorkspace workspace;
    /** The input {@code [rows, nIn]}, contiguous. */
    private final INDArray x;
    /** The predictions {@code [rows, nOut]}, not masked. */
    private final INDArray p;
    /** {@code [rows, 1]} 0/1, or null when every step is active. */
    private final INDArray active;
    private final int rows;
    private final int nIn;
    private final int nOut;
    private final int blockRows;
    private final float[] block;
    private final float[] labelBlock;
    /** The activation's derivative for a block, for the squared error with an element-wise activation. */
    private final float[] derivativeBlock;

    /**
     * Runs the forward pass.
     *
     * @param x {@code [rows, nIn]} float
     * @param active {@code [rows, 1]} or {@code null}
     */
    FloatOutputPass(RnnOutputLayer conf, ParameterBlock parameters, FloatWorkspace workspace, INDArray x,
            INDArray active) {
        this.conf = conf;
        this.parameters = parameters;
        this.workspace = workspace;
        this.x = contiguous(x);
        this.active = active;
        rows = Math.toIntExact(x.size(0));
        nIn = conf.nIn();
        nOut = conf.nOut();
        blockRows = Math.max(1, BLOCK_FLOATS / nOut);
        // Kept by the layer from pass to pass, as its other buffers: fresh blocks per pass were garbage to collect.
        block = workspace.floats("block", blockRows * nOut);
        labelBlock = workspace.floats("labelBlock", blockRows * nOut);
        derivativeBlock = workspace.floats("derivativeBlock", blockRows * nOut);
        p = workspace.array("p", rows, nOut);
        FloatBuffer pb = FloatBlas.view(p);
        FloatBlas.gemm(false, false, rows, nOut, nIn, 1f, FloatBlas.view(this.x), nIn,
                FloatBlas.view(parameters.param("W")), nOut, 0f, pb, nOut);
        float[] bias = parameters.param("b").toFloatVector();
        FloatActivations activations = FloatActivations.best();
        Activation act = conf.activation();
        for (int r0 = 0; r0 < rows; r0 += blockRows) {
            int n = Math.min(blockRows, rows - r0);
            int len = n * nOut;
            pb.get(r0 * nOut, block, 0, len);
            for (int r = 0; r < n; r++) {
                int at = r * nOut;
                for (int j = 0; j < nOut; j++) {
                    block[at + j] += bias[j];
                }
            }
            if (act == Activation.SOFTMAX) {
                softmaxRows(activations, n);
            } else {
                activations.apply(act, block, 0, len);
            }
            pb.put(r0 * nOut, block, 0, len);
        }
    }

    /** Row-wise softmax of the first {@code n} rows of {@link #block}, as the ops do it: shift by the max, exp, divide. */
    private void softmaxRows(FloatActivations activations, int n) {
        for (int r = 0; r < n; r++) {
            int at = r * nOut;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < nOut; j++) {
                max = Math.max(max, block[at + j]);
            }
            for (int j = 0; j < nOut; j++) {
                block[at + j] -= max;
            }
        }
        activations.exp(block, 0, n * nOut);
        for (int r = 0; r < n; r++) {
            int at = r * nOut;
            float sum = 0f;
            for (int j = 0; j < nOut; j++) {
                sum += block[at + j];
            }
            for (int j = 0; j < nOut; j++) {
                block[at + j] /= sum;
            }
        }
    }

    /** Predictions {@code [rows, nOut]}, zero at inactive steps (the layer's array, valid until its next pass). */
    @Override
    public INDArray output() {
        if (active == null) {
            return p;
        }
        INDArray out = workspace.array("output", rows, nOut);
        FloatBuffer pb = FloatBlas.view(p);
        FloatBuffer ob = FloatBlas.view(out);
        FloatBuffer ab = FloatBlas.view(contiguous(active));
        for (int r0 = 0; r0 < rows; r0 += blockRows) {
            int n = Math.min(blockRows, rows - r0);
            pb.get(r0 * nOut, block, 0, n * nOut);
            for (int r = 0; r < n; r++) {
                float a = ab.get(r0 + r);
                for (int j = r * nOut; j < (r + 1) * nOut; j++) {
                    block[j] *= a;
                }
            }
            ob.put(r0 * nOut, block, 0, n * nOut);
        }
        return out;
    }

    @Override
    public Map<String, INDArray> finalState() {
        return Map.of();
    }

    /** Loss of every row {@code [rows, 1]} (the layer's array), before masking; labels {@code [rows, nOut]}. */
    @Override
    public INDArray rowLosses(INDArray labels) {
        LossFunction loss = conf.lossFunction();
        if (loss == LossFunction.XENT) {
            return OutputStepLayer.rowLossesWithOps(conf, p, labels);
        }
        FloatBuffer pb = FloatBlas.view(p);
        FloatBuffer yb = FloatBlas.view(contiguous(labels));
        INDArray result = workspace.array("rowLoss", rows, 1);
        FloatBuffer out = FloatBlas.view(result);
        // The clip bounds as the ops see them: double constants rounded to the array's float.
        float lo = (float) OutputStepLayer.SOFTMAX_CLIP;
        float hi = (float) (1.0 - OutputStepLayer.SOFTMAX_CLIP);
        float nOutF = nOut;
        for (int r0 = 0; r0 < rows; r0 += blockRows) {
            int n = Math.min(blockRows, rows - r0);
            pb.get(r0 * nOut, block, 0, n * nOut);
            yb.get(r0 * nOut, labelBlock, 0, n * nOut);
            for (int r = 0; r < n; r++) {
                float sum = 0f;
                for (int j = r * nOut; j < (r + 1) * nOut; j++) {
                    float y = labelBlock[j];
                    if (loss == LossFunction.MSE) {
                        float d = block[j] - y;
                        sum += d * d / nOutF;
                    } else if (y != 0f) {
                        // A zero label adds log(clip(p)) * 0 = 0 (the clip is finite), so only present classes
                        // need a logarithm: one per row for one-hot labels instead of nOut.
                        float c = clip(block[j], lo, hi);
                        sum += (float) Math.log(c) * y;
                    }
                }
                out.put(r0 + r, loss == LossFunction.MSE ? sum : -sum);
            }
        }
        return result;
    }

    /**
     * {@code min(max(v, lo), hi)} as libnd4j's scalar max and min compute it ({@code a > b ? a : b}), which maps
     * NaN to {@code lo}: the ops' clip does, so this one does too.
     */
    private static float clip(float v, float lo, float hi) {
        float c = v > lo ? v : lo;
        return c < hi ? c : hi;
    }

    /**
     * Sets the W and b gradients and returns the input gradient {@code [rows, nIn]} (the layer's array).
     *
     * @param labels {@code [rows, nOut]}
     * @param labelsMask {@code [rows, 1]} or {@code null}
     * @param divisor the minibatch size
     */
    @Override
    public INDArray backwardFromLabels(INDArray labels, INDArray labelsMask, int divisor) {
        FloatBuffer mask = labelsMask == null ? null : FloatBlas.view(contiguous(labelsMask));
        float div = divisor;
        double[] biasGradient = new double[nOut];
        INDArray dz;
        if (conf.lossFunction() == LossFunction.XENT) {
            dz = contiguous(OutputStepLayer.preActivationGradientWithOps(conf, p, labels));
            FloatBuffer dzb = FloatBlas.view(dz);
            for (int r0 = 0; r0 < rows; r0 += blockRows) {
                int n = Math.min(blockRows, rows - r0);
                dzb.get(r0 * nOut, block, 0, n * nOut);
                finishBlock(r0, n, mask, div, biasGradient, dzb);
            }
        } else {
            dz = workspace.array("dz", rows, nOut);
            FloatBuffer dzb = FloatBlas.view(dz);
            FloatBuffer pb = FloatBlas.view(p);
            FloatBuffer yb = FloatBlas.view(contiguous(labels));
            for (int r0 = 0; r0 < rows; r0 += blockRows) {
                int n = Math.min(blockRows, rows - r0);
                pb.get(r0 * nOut, block, 0, n * nOut);
                yb.get(r0 * nOut, labelBlock, 0, n * nOut);
                if (conf.lossFunction() == LossFunction.MSE) {
                    squaredErrorGradient(n);
                } else {
                    crossEntropyGradient(n);
                }
                finishBlock(r0, n, mask, div, biasGradient, dzb);
            }
        }
        FloatBuffer dzb = FloatBlas.view(dz);
        FloatBlas.gemm(true, false, nIn, nOut, rows, 1f, FloatBlas.view(x), nIn, dzb, nOut, 0f,
                FloatBlas.view(parameters.gradient("W")), nOut);
        FloatBuffer db = FloatBlas.view(parameters.gradient("b"));
        for (int j = 0; j < nOut; j++) {
            db.put(j, (float) biasGradient[j]);
        }
        INDArray dx = workspace.array("dx", rows, nIn);
        FloatBlas.gemm(false, true, rows, nIn, nOut, 1f, dzb, nOut, FloatBlas.view(parameters.param("W")), nOut, 0f,
                FloatBlas.view(dx), nIn);
        return dx;
    }

    /** {@code block = p * sum(y) - y} over {@code n} rows: d/dz of {@code -sum y log softmax(z)}. */
    private void crossEntropyGradient(int n) {
        for (int r = 0; r < n; r++) {
            int at = r * nOut;
            float labelSum = 0f;
            for (int j = at; j < at + nOut; j++) {
                labelSum += labelBlock[j];
            }
            for (int j = at; j < at + nOut; j++) {
                block[j] = block[j] * labelSum - labelBlock[j];
            }
        }
    }

    /** {@code block = act'(z) * 2 (p - y) / nOut} over {@code n} rows, the activation's backward from its output. */
    private void squaredErrorGradient(int n) {
        float scale = (float) (2.0 / nOut);
        int len = n * nOut;
        // labelBlock becomes dL/dp, block keeps p until the activation's backward has read it.
        for (int j = 0; j < len; j++) {
            labelBlock[j] = (block[j] - labelBlock[j]) * scale;
        }
        Activation act = conf.activation();
        if (act == Activation.SOFTMAX) {
            for (int r = 0; r < n; r++) {
                int at = r * nOut;
                float dot = 0f;
                for (int j = at; j < at + nOut; j++) {
                    dot += labelBlock[j] * block[j];
                }
                for (int j = at; j < at + nOut; j++) {
                    block[j] = (labelBlock[j] - dot) * block[j];
                }
            }
        } else {
            FloatActivations.derivativeFromOutput(act, block, derivativeBlock, len);
            for (int j = 0; j < len; j++) {
                block[j] = derivativeBlock[j] * labelBlock[j];
            }
        }
    }

    /**
     * Masks and divides {@code n} rows of {@link #block} as the ops do ({@code dz * mask / divisor}), adds them to
     * the bias gradient's column sums and stores them at row {@code r0} of {@code dz}.
     */
    private void finishBlock(int r0, int n, FloatBuffer mask, float divisor, double[] biasGradient, FloatBuffer dz) {
        for (int r = 0; r < n; r++) {
            int at = r * nOut;
            float m = mask == null ? 1f : mask.get(r0 + r);
            for (int j = 0; j < nOut; j++) {
                float v = block[at + j];
                if (mask != null) {
                    v *= m;
                }
                v /= divisor;
                block[at + j] = v;
                biasGradient[j] += v;
            }
        }
        dz.put(r0 * nOut, block, 0, n * nOut);
    }

    /** The array itself when it is contiguous c-order float, otherwise such a copy. */
    private static INDArray contiguous(INDArray a) {
        return a.dataType() == DataType.FLOAT && a.ordering() == 'c' && a.elementWiseStride() == 1 ? a
                : a.castTo(DataType.FLOAT).dup('c');
    }
}
