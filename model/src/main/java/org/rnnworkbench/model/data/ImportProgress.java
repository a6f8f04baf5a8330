package org.rnnworkbench.model.data;

/**
 * Receives progress of a pass over the files of a data set, called on the thread that does the work (the
 * workbench moves it onto its UI thread).
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} sequences have been read. */
    void update(int done, int total);
}
