package org.rnnworkbench.model.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file of an atomic write: created beside its target, so that the final move stays in one file
 * system, and with the permissions any new file of the user gets. {@link Files#createTempFile} would make it
 * readable by its owner only, and after the move the user's model or project file would be too.
 */
public final class TemporarySibling {
    private static final int ATTEMPTS = 100;

    private TemporarySibling() {
    }

    /**
     * Creates an empty, hidden file {@code .<name>.<random>.tmp} in {@code target}'s folder (which must exist).
     *
     * @throws IOException when no such file could be created
     */
    public static Path create(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        for (int i = 0; ; i++) {
            Path candidate = folder.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (i + 1 >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
