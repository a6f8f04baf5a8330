package org.rnnworkbench.app.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The ready-made projects shipped in {@code sample-projects/}: every sub-folder holding a project file. */
public final class SampleProjects {
    private final Path root;

    /**
     * @param root the folder holding the samples; it may be missing, then there are none
     */
    public SampleProjects(Path root) {
        this.root = root;
    }

    /** The sample folders, sorted by name. */
    public List<Path> list() {
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(ProjectStore.PROJECT_FILE)))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The sample's one-line description (the notes of its project file), or empty when it has none or the file
     * cannot be read.
     */
    public String description(Path sample) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(sample.resolve(ProjectStore.PROJECT_FILE).toFile());
            return root.path("notes").asText("").lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The sample named by a command-line argument: a folder path as given when it holds a project, otherwise the
     * sample of that name in the samples folder (so an installed workbench can say {@code --sample character-model}).
     */
    public Path resolve(String nameOrFolder) {
        Path given = Path.of(nameOrFolder);
        if (Files.isRegularFile(given.resolve(ProjectStore.PROJECT_FILE)) || root == null) {
            return given;
        }
        return root.resolve(nameOrFolder);
    }

    /** Whether {@code folder} is one of the samples, which open as an untitled copy. */
    public boolean contains(Path folder) {
        if (root == null) {
            return false;
        }
        Path abs = ProjectStore.folderOf(folder);
        return abs.startsWith(root.toAbsolutePath().normalize());
    }
}
