package org.rnnworkbench.app.data;

/** How the sequence files are named: a numbered pattern with a range, or every file of a folder. */
public enum FilesMode {
    NUMBERED("Numbered pattern"),
    FOLDER("Folder");

    private final String title;

    FilesMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
