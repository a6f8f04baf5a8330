package org.rnnworkbench.model.data;

/** What a label column holds. */
public enum LabelType {
    /**
     * One zero-indexed class index per line, turned into a one-hot vector of {@code numClasses}. A value such
     * as {@code 1.0} is accepted as class 1 because spreadsheet and pandas exports write integers that way;
     * a value with a fraction ({@code 1.5}) is refused.
     */
    CLASSIFICATION,
    /** Real-valued targets, used as they are; several columns give a multi-output regression. */
    REGRESSION
}
