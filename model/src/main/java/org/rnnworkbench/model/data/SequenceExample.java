package org.rnnworkbench.model.data;

/**
 * One example read from its file(s), before padding: features {@code [timeF][nIn]} (normalized when the
 * spec has a normalization) and labels {@code [timeL][nOut]} (one-hot for classification). The two lengths
 * may differ (many-to-one, one-to-many); alignment happens in {@link MinibatchAssembler}.
 */
record SequenceExample(ExampleFiles files, StepValues features, StepValues labels) {

    int featureLength() {
        return features.steps();
    }

    int labelLength() {
        return labels.steps();
    }

    int nIn() {
        return features.columns();
    }

    int nOut() {
        return labels.columns();
    }
}
