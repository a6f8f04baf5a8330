package org.rnnworkbench.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;

/** The files of a project folder the commands read, with messages that say which file is missing and why. */
final class ProjectFiles {
    static final String MODEL_FILE = "model.rnnwb";

    private ProjectFiles() {
    }

    /** The folder, made absolute, once it is known to exist. */
    static Path folder(Path given) throws Failure {
        Path folder = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new Failure(folder + " is not a project folder");
        }
        return folder;
    }

    /** The trained model the workbench saved in the folder. */
    static Network model(Path folder) throws Failure {
        Path file = folder.resolve(MODEL_FILE);
        if (!Files.isRegularFile(file)) {
            throw new Failure("no trained model: " + file + " does not exist (train the project first)");
        }
        try {
            return new ModelFile().load(file);
        } catch (IOException | RuntimeException e) {
            throw new Failure("cannot read the model " + file + ": " + e.getMessage(), e);
        }
    }

    /** A data source file in the format of {@code data.json}, under any name. */
    static DataSourceSpec dataFile(Path file) throws Failure {
        try {
            return new DataSourceStore(new AtomicFileWriter()).fromJson(Files.readString(file), file);
        } catch (IOException e) {
            throw new Failure("cannot read " + file + ": " + e.getMessage(), e);
        } catch (ProjectFileException e) {
            throw new Failure(e.getMessage(), e);
        }
    }

    /** The folder's data source ({@code data.json}). */
    static DataSourceSpec data(Path folder) throws Failure {
        try {
            return new DataSourceStore(new AtomicFileWriter()).load(folder).orElseThrow(
                    () -> new Failure(folder + " has no " + DataSourceStore.DATA_FILE + " (no data source)"));
        } catch (ProjectFileException e) {
            throw new Failure(e.getMessage(), e);
        }
    }
}
