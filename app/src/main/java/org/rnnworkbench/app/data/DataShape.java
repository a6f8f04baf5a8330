package org.rnnworkbench.app.data;

import org.rnnworkbench.model.data.LabelType;

/**
 * The network sizes a data source implies: features {@code [miniBatch, nIn, time]} and labels
 * {@code [miniBatch, nOut, time]}. The builder sets its input size to {@code nIn} and its output layer's
 * {@code nOut} to {@code nOut}; classification wants a softmax output with MCXENT, regression an identity
 * output with MSE.
 *
 * @param nIn feature columns per time step (the vocabulary size for a character model)
 * @param nOut classes for classification, label columns for regression
 * @param labelType classification or regression
 */
public record DataShape(int nIn, int nOut, LabelType labelType) {

    public DataShape {
        if (nIn < 1 || nOut < 1) {
            throw new IllegalArgumentException("nIn and nOut must be at least 1, got " + nIn + " and " + nOut);
        }
        if (labelType == null) {
            throw new IllegalArgumentException("the label type must be given");
        }
    }

    /** True for classification (one-hot labels). */
    public boolean classification() {
        return labelType == LabelType.CLASSIFICATION;
    }

    /** In words, e.g. {@code 3 inputs, 4 classes}. */
    public String describe() {
        return nIn + (nIn == 1 ? " input, " : " inputs, ") + nOut + (classification()
                ? (nOut == 1 ? " class" : " classes") : (nOut == 1 ? " regression target" : " regression targets"));
    }
}
