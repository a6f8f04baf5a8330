package org.rnnworkbench.model.data;

/**
 * One example read from its file(s), before padding: features {@code [timeF][nIn]} (normalized when the
 * spec has a normalization) and labels {@code [timeL][nOut]} (one-hot for classification). The two lengths
 * may differ (many-to-one, one-to-many); alignment happens in {@link MinibatchAssembler}.
 */
record SequenceExample(ExampleFiles files, double[][] features, double[][] labels) {

    int featureLength() {
        return features.length;
    }

    int labelLength() {
        return labels.length;
    }

    int nIn() {
        return features[0].length;
    }

    int nOut() {
        return labels[0].length;
    }
}
