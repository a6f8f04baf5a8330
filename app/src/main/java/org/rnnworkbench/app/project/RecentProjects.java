package org.rnnworkbench.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved project folders, newest first, kept in a small text file (one path a
 * line) so that the File menu can offer them after a restart.
 */
public final class RecentProjects {
    public static final int MAX_ENTRIES = 8;

    private final Path storage;
    private final AtomicFileWriter writer;
    private final ObservableList<Path> entries = FXCollections.observableArrayList();

    /**
     * @param storage the text file that keeps the list
     * @param writer writes it atomically
     */
    public RecentProjects(Path storage, AtomicFileWriter writer) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.writer = Objects.requireNonNull(writer, "writer");
        load();
    }

    /** Newest first; folders that no longer exist are left out when the list is read. */
    public ObservableList<Path> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** Puts {@code folder} first, dropping an older entry for it and the oldest beyond the limit. */
    public void add(Path folder) {
        Path p = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(entries);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX_ENTRIES) {
            next.remove(next.size() - 1);
        }
        entries.setAll(next);
        store();
    }

    public void remove(Path folder) {
        if (entries.remove(folder.toAbsolutePath().normalize())) {
            store();
        }
    }

    private void load() {
        if (!Files.isRegularFile(storage)) {
            return;
        }
        try {
            List<Path> read = new ArrayList<>();
            for (String line : Files.readAllLines(storage, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Path p = Path.of(line.trim());
                    if (Files.isDirectory(p) && !read.contains(p) && read.size() < MAX_ENTRIES) {
                        read.add(p);
                    }
                }
            }
            entries.setAll(read);
        } catch (IOException | RuntimeException e) {
            // an unreadable list is not worth a message: the menu is merely empty
            entries.clear();
        }
    }

    private void store() {
        StringBuilder sb = new StringBuilder();
        for (Path p : entries) {
            sb.append(p).append('\n');
        }
        try {
            writer.write(storage, sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the list is a convenience; losing an update must not disturb the user's work
        }
    }
}
