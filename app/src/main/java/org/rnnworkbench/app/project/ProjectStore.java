package org.rnnworkbench.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where projects live on disk. A project is a folder holding {@value #PROJECT_FILE}; data files, trained
 * parameters and history will sit beside it. Autosaves go to {@value #AUTOSAVE_FILE} in the same folder (or, for
 * a project never saved, to a file in the workbench's own folder), never over the project file itself.
 */
public final class ProjectStore {
    public static final String PROJECT_FILE = "project.json";
    public static final String AUTOSAVE_FILE = ".autosave.json";

    private final ProjectFormat format;
    private final AtomicFileWriter writer;
    private final Path untitledAutosave;

    /**
     * @param format the JSON format
     * @param writer writes files atomically
     * @param untitledAutosave where a project that has no folder yet is autosaved
     */
    public ProjectStore(ProjectFormat format, AtomicFileWriter writer, Path untitledAutosave) {
        this.format = Objects.requireNonNull(format, "format");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.untitledAutosave = Objects.requireNonNull(untitledAutosave, "untitledAutosave");
    }

    /** The project folder for a location the user picked: the folder itself, or the folder of a project file. */
    public static Path folderOf(Path location) {
        Path abs = location.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return abs;
        }
        if (abs.getFileName() != null && abs.getFileName().toString().endsWith(".json") && abs.getParent() != null) {
            return abs.getParent();
        }
        return abs;
    }

    /** Saves the project into {@code folder} atomically and removes the autosave it supersedes. */
    public void save(Path folder, ProjectDocument project) throws ProjectFileException {
        Path file = folder.resolve(PROJECT_FILE);
        try {
            writer.write(file, format.write(project).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not save: " + e.getMessage(), e);
        }
        try {
            Files.deleteIfExists(folder.resolve(AUTOSAVE_FILE));
        } catch (IOException e) {
            // a stale autosave only means one extra question at the next open; the save itself succeeded
        }
    }

    /** Loads the project in {@code location} (a project folder or its project file). */
    public ProjectDocument load(Path location) throws ProjectFileException {
        return readFile(folderOf(location).resolve(PROJECT_FILE));
    }

    /** Reads one project (or autosave) file. */
    public ProjectDocument readFile(Path file) throws ProjectFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, "no project file here (expected " + PROJECT_FILE + ")", e);
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not read: " + e.getMessage(), e);
        }
        return format.read(text, file);
    }

    /** Writes an autosave of the project; {@code folder} is {@code null} for a project never saved. */
    public void autosave(Path folder, ProjectDocument project) throws ProjectFileException {
        Path file = autosaveFile(folder);
        try {
            writer.write(file, format.write(project).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProjectFileException(file, "could not autosave: " + e.getMessage(), e);
        }
    }

    /** The autosave file of a project folder, or of the untitled project when {@code folder} is null. */
    public Path autosaveFile(Path folder) {
        return folder == null ? untitledAutosave : folder.resolve(AUTOSAVE_FILE);
    }

    /**
     * The autosave of the project's data source, beside its autosave file; it belongs to that autosave and goes
     * when it goes.
     */
    public Path dataAutosaveFile(Path folder) {
        Path auto = autosaveFile(folder);
        return auto.resolveSibling(auto.getFileName().toString().replaceFirst("\\.json$", "") + ".data.json");
    }

    /**
     * An autosave worth offering back: one that is newer than the project file, as left behind when the
     * workbench stopped without saving.
     */
    public Optional<Path> pendingAutosave(Path folder) {
        Path auto = autosaveFile(folder);
        if (!Files.isRegularFile(auto)) {
            return Optional.empty();
        }
        if (folder == null) {
            return Optional.of(auto);
        }
        Path project = folder.resolve(PROJECT_FILE);
        try {
            if (!Files.exists(project)
                    || Files.getLastModifiedTime(auto).compareTo(Files.getLastModifiedTime(project)) > 0) {
                return Optional.of(auto);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Removes the autosave of a folder (or of the untitled project) once it is no longer wanted. */
    public void discardAutosave(Path folder) {
        try {
            Files.deleteIfExists(dataAutosaveFile(folder));
            Files.deleteIfExists(autosaveFile(folder));
        } catch (IOException e) {
            // leaving it costs one question at the next open; nothing to tell the user
        }
    }
}
