package org.rnnworkbench.model.data;

import java.nio.file.Path;

/**
 * The file(s) of one example: its features file and, in the separate-files layout, its labels file.
 *
 * @param features the features file (holds the label columns too when {@code labels} is {@code null})
 * @param labels the labels file, or {@code null} when labels are columns of the features file
 */
public record ExampleFiles(Path features, Path labels) {

    public ExampleFiles {
        if (features == null) {
            throw new IllegalArgumentException("an example needs a features file");
        }
    }

    @Override
    public String toString() {
        return labels == null ? features.toString() : features + " + " + labels;
    }
}
