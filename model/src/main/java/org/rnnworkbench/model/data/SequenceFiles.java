package org.rnnworkbench.model.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * Which files hold the sequences, one sequence per file, in example order. Paths are kept as text so a
 * saved project stays readable; relative paths are resolved against a base folder (the project's).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = NumberedFiles.class, name = "numbered"),
        @JsonSubTypes.Type(value = FolderFiles.class, name = "folder")
})
public sealed interface SequenceFiles permits NumberedFiles, FolderFiles {

    /**
     * The files, in example order.
     *
     * @param baseDirectory folder that relative paths are resolved against
     * @throws SequenceImportException when a file is missing or nothing matches
     */
    List<Path> resolve(Path baseDirectory);
}
