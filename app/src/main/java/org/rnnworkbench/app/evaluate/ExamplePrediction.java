package org.rnnworkbench.app.evaluate;

/**
 * The prediction for one example of many-to-one data, read at the example's last real step (the one step its
 * label is present at).
 *
 * @param index the example's position in the evaluated data, from 0 (file order for validation data)
 * @param source the example's features file name, or empty when the data has no files
 * @param actual the true class
 * @param predicted the class with the highest output
 * @param confidence the output of the predicted class (its probability under softmax)
 * @param step the step the prediction is read at, counted from the example's first real step
 */
public record ExamplePrediction(int index, String source, int actual, int predicted, double confidence, int step) {

    public boolean correct() {
        return actual == predicted;
    }
}
