package org.rnnworkbench.model.data;

import java.util.Random;

/**
 * The order in which an iterator delivers its examples in one pass: 0, 1, 2, ... or, when shuffling, a
 * Fisher-Yates permutation drawn from the iterator's own seeded generator, so each pass differs and a run
 * repeats with the seed.
 */
final class PassOrder {
    private final int[] order;
    private final boolean shuffle;
    private final Random random;

    PassOrder(int examples, boolean shuffle, long seed) {
        this.order = new int[examples];
        this.shuffle = shuffle;
        this.random = new Random(seed);
    }

    /** Draws the order of the next pass. */
    void next() {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (shuffle) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }

    /** The example delivered at {@code position} of this pass. */
    int at(int position) {
        return order[position];
    }

    int size() {
        return order.length;
    }
}
