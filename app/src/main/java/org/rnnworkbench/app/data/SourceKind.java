package org.rnnworkbench.app.data;

/** The three kinds of source the wizard's first step offers, with the words it shows for them. */
public enum SourceKind {
    SEPARATE_LABEL_FILES("CSV sequences with separate label files",
            "One features file and one labels file per sequence, paired by number; one line per time step."),
    LABEL_COLUMNS("CSV sequences with label columns",
            "One file per sequence; some of its columns are the labels, the rest are the features."),
    CHARACTER_TEXT("A text file for a character model",
            "One UTF-8 text, cut into examples of a fixed length; each character's label is the next character.");

    private final String title;
    private final String description;

    SourceKind(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** True for the two CSV kinds. */
    public boolean csv() {
        return this != CHARACTER_TEXT;
    }
}
