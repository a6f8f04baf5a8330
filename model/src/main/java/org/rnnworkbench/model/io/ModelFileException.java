package org.rnnworkbench.model.io;

/** A model file that cannot be read: not a model, damaged, or from a newer version. The message says which. */
public final class ModelFileException extends RuntimeException {
    public ModelFileException(String message) {
        super(message);
    }
}
