package org.rnnworkbench.app.shell;

/** The Help menu's topic pages: the guide's concepts that a user of the workbench meets first. */
public enum HelpTopic {
    MASKS("Masks and padding", "masks.txt"),
    ALIGNMENT("Alignment modes", "alignment.txt"),
    TRUNCATED_BPTT("Truncated BPTT", "truncated-bptt.txt"),
    STORED_STATE("Stored state and rnnTimeStep", "stored-state.txt");

    private final String title;
    private final String resource;

    HelpTopic(String title, String resource) {
        this.title = title;
        this.resource = resource;
    }

    public String title() {
        return title;
    }

    /** The page's text, a resource beside the help view: paragraphs, {@code # } headings, indented code. */
    public String resourcePath() {
        return "/org/rnnworkbench/app/help/" + resource;
    }

    @Override
    public String toString() {
        return title;
    }
}
