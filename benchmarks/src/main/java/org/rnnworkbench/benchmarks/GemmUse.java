package org.rnnworkbench.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One matrix product the character model performs, with the shape at which an implementation that batches
 * where it can (the whole segment's input projection at once, the recurrent product step by step) performs it.
 * The product is {@code C[m, n] = op(A)[m, k] * op(B)[k, n]}.
 *
 * @param name what the product computes
 * @param m rows of the result
 * @param n columns of the result
 * @param k the contracted dimension
 * @param transposeA whether A is stored transposed ({@code [k, m]})
 * @param transposeB whether B is stored transposed ({@code [n, k]})
 * @param charsPerCall characters of the minibatch one call covers
 * @param backward whether it belongs to the backward pass
 */
record GemmUse(String name, int m, int n, int k, boolean transposeA, boolean transposeB, int charsPerCall,
        boolean backward) {

    double flops() {
        return 2.0 * m * n * k;
    }

    double flopsPerChar() {
        return flops() / charsPerCall;
    }

    /** Same shape and layout, so one measurement serves both. */
    String shapeKey() {
        return m + "x" + n + "x" + k + (transposeA ? "T" : "N") + (transposeB ? "T" : "N");
    }

    /**
     * Every product of one truncated-BPTT segment of the model, forward and backward. Element-wise work (gate
     * activations, peepholes, softmax, the updater) is left out: it is a few percent of the FLOPs, though not of
     * the time.
     *
     * @param vocabulary input and output size
     * @param hidden units per recurrent layer
     * @param layers recurrent layers
     * @param miniBatch examples per minibatch
     * @param segment steps per segment
     */
    static List<GemmUse> charModel(int vocabulary, int hidden, int layers, int miniBatch, int segment) {
        List<GemmUse> uses = new ArrayList<>();
        int rows = miniBatch * segment;
        int gates = 4 * hidden;
        for (int layer = 0; layer < layers; layer++) {
            int nIn = layer == 0 ? vocabulary : hidden;
            String l = "layer" + layer + " ";
            uses.add(new GemmUse(l + "input projection x*W", rows, gates, nIn, false, false, rows, false));
            uses.add(new GemmUse(l + "recurrent h*RW per step", miniBatch, gates, hidden, false, false, miniBatch,
                    false));
            uses.add(new GemmUse(l + "dW = x^T*dZ", nIn, gates, rows, true, false, rows, true));
            if (layer > 0) {
                // The first layer's input is data: nothing needs its gradient.
                uses.add(new GemmUse(l + "dx = dZ*W^T", rows, nIn, gates, false, true, rows, true));
            }
            uses.add(new GemmUse(l + "dh = dZ*RW^T per step", miniBatch, hidden, gates, false, true, miniBatch,
                    true));
            uses.add(new GemmUse(l + "dRW = h^T*dZ", hidden, gates, rows, true, false, rows, true));
        }
        uses.add(new GemmUse("output h*W", rows, vocabulary, hidden, false, false, rows, false));
        uses.add(new GemmUse("output dW = h^T*dZ", hidden, vocabulary, rows, true, false, rows, true));
        uses.add(new GemmUse("output dh = dZ*W^T", rows, hidden, vocabulary, false, true, rows, true));
        return uses;
    }

    /** FLOPs per character of the given uses, forward only or forward and backward. */
    static double flopsPerChar(List<GemmUse> uses, boolean withBackward) {
        double sum = 0;
        for (GemmUse u : uses) {
            if (withBackward || !u.backward()) {
                sum += u.flopsPerChar();
            }
        }
        return sum;
    }

    /**
     * The characters per second the products alone would allow if each ran at its measured rate and nothing else
     * took time: an upper bound for any implementation that performs these products at these shapes.
     *
     * @param gflops measured GFLOP/s, parallel to {@code uses}
     */
    static double boundCharsPerSecond(List<GemmUse> uses, double[] gflops, boolean withBackward) {
        double secondsPerChar = 0;
        for (int i = 0; i < uses.size(); i++) {
            GemmUse u = uses.get(i);
            if (withBackward || !u.backward()) {
                secondsPerChar += u.flopsPerChar() / (gflops[i] * 1e9);
            }
        }
        return 1 / secondsPerChar;
    }
}
