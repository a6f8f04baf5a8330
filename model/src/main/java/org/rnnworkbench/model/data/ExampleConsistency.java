package org.rnnworkbench.model.data;

/**
 * Checks that every example of a data set fits with the first one read: the same number of feature and label
 * columns, and under {@link AlignmentMode#EQUAL_LENGTH} the same length for features, labels and every
 * example. Holds only the first example's shape, so it works while streaming.
 */
final class ExampleConsistency {
    private final AlignmentMode alignment;
    private ExampleFiles firstFiles;
    private int firstNIn;
    private int firstNOut;
    private int firstLength;

    ExampleConsistency(AlignmentMode alignment) {
        this.alignment = alignment;
    }

    void check(SequenceExample example) {
        ExampleFiles files = example.files();
        if (alignment == AlignmentMode.EQUAL_LENGTH && example.featureLength() != example.labelLength()) {
            throw SequenceImportException.inFile(files.labels() == null ? files.features() : files.labels(),
                    "the features have " + example.featureLength() + " steps but the labels have "
                    + example.labelLength() + "; EQUAL_LENGTH needs both the same length. For many-to-one (one"
                    + " label line) choose ALIGN_END, for one-to-many (one feature line) choose ALIGN_START");
        }
        if (firstFiles == null) {
            firstFiles = files;
            firstNIn = example.nIn();
            firstNOut = example.nOut();
            firstLength = example.featureLength();
            return;
        }
        if (example.nIn() != firstNIn) {
            throw SequenceImportException.inFile(files.features(), "has " + example.nIn() + " feature columns, but "
                    + firstFiles.features().getFileName() + " has " + firstNIn + "; every file needs the same columns");
        }
        if (example.nOut() != firstNOut) {
            throw SequenceImportException.inFile(files.labels() == null ? files.features() : files.labels(), "has "
                    + example.nOut() + " label columns, but " + firstFiles + " has " + firstNOut
                    + "; every file needs the same columns");
        }
        if (alignment == AlignmentMode.EQUAL_LENGTH && example.featureLength() != firstLength) {
            throw SequenceImportException.inFile(files.features(), "has " + example.featureLength()
                    + " steps, but " + firstFiles.features().getFileName() + " has " + firstLength + "; EQUAL_LENGTH"
                    + " needs every sequence the same length. To pad shorter sequences with a mask, choose"
                    + " ALIGN_START (sequences start together) or ALIGN_END (sequences end together)");
        }
    }
}
