package org.rnnworkbench.app.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.rnnworkbench.model.io.TemporarySibling;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go to a
 * temporary file in the same folder, which is flushed to disk and then moved over the target. A failure at any
 * point leaves the target as it was and removes the temporary file.
 */
public final class AtomicFileWriter {
    private final UnaryOperator<OutputStream> streamDecorator;

    public AtomicFileWriter() {
        this(UnaryOperator.identity());
    }

    /**
     * @param streamDecorator wraps the stream the content is written to; tests use it to fail half-way
     */
    public AtomicFileWriter(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = Objects.requireNonNull(streamDecorator, "streamDecorator");
    }

    /** Writes {@code content} to {@code target} atomically, creating the folder when needed. */
    public void write(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = TemporarySibling.create(target);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = streamDecorator.apply(Channels.newOutputStream(channel))) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems (network shares) cannot rename atomically; replacing is the best left
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
