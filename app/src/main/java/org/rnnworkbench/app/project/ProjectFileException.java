package org.rnnworkbench.app.project;

import java.nio.file.Path;

/**
 * A project file that cannot be read or written. The message says which file and, for a malformed file, the
 * line and column and what was expected, so that the user can tell a corrupt file from a foreign one.
 */
public final class ProjectFileException extends Exception {
    private final transient Path file;

    public ProjectFileException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public ProjectFileException(Path file, String message) {
        this(file, message, null);
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
