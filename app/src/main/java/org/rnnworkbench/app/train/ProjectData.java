package org.rnnworkbench.app.train;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.rnnworkbench.app.data.DataSourceIterators;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.ImportProgress;
import org.rnnworkbench.model.data.SequenceDataSetIterator;

/**
 * A project's own data source as a run's {@link TrainingData}. Opening it reads files and may fit a
 * normalization over every training file, so nothing is opened here: the first iterator asked for (on the
 * training thread) opens the source once, and the other iterator comes from that same opening.
 */
public final class ProjectData {
    private ProjectData() {
    }

    /**
     * @param spec the project's data source
     * @param folder the folder its relative paths are resolved against (and where {@code vocabulary.json} is)
     */
    public static TrainingData of(DataSourceSpec spec, Path folder) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(folder, "folder");
        Opened opened = new Opened(spec, folder);
        boolean characters = spec instanceof DataSourceSpec.CharacterText;
        Supplier<SequenceDataSetIterator> validation = () -> opened.get().validationIterator()
                .orElseThrow(() -> new IllegalStateException("the data source holds no examples out for validation"));
        return new TrainingData(describe(spec), () -> opened.get().train(),
                Optional.of(validation).filter(v -> opened.hasValidation()), characters
                        ? TrainingData.ThroughputUnit.CHARACTERS : TrainingData.ThroughputUnit.EXAMPLES,
                OptionalInt.empty(), () -> classNames(opened.get().vocabulary()));
    }

    /** A character model's classes are its characters, shown so that spaces and line breaks can be seen. */
    static java.util.List<String> classNames(org.rnnworkbench.model.data.CharacterVocabulary vocabulary) {
        if (vocabulary == null) {
            return java.util.List.of();
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            String c = vocabulary.decode(new int[] {i});
            names.add("'" + (c.equals(" ") ? "\u2423" : c.equals("\n") ? "\u21b5" : c.equals("\t") ? "\u21e5" : c) + "'");
        }
        return names;
    }

    private static String describe(DataSourceSpec spec) {
        return (spec instanceof DataSourceSpec.CharacterText ? "Character text" : "CSV sequences")
                + " from the project's data source (see the Data area)";
    }

    /** The source, opened on first use. */
    private static final class Opened {
        private final DataSourceSpec spec;
        private final Path folder;
        private org.rnnworkbench.app.data.TrainingData data;

        Opened(DataSourceSpec spec, Path folder) {
            this.spec = spec;
            this.folder = folder;
        }

        synchronized org.rnnworkbench.app.data.TrainingData get() {
            if (data == null) {
                CharacterVocabulary vocabulary;
                try {
                    // a saved vocabulary keeps the character indices the model was trained with
                    vocabulary = new DataSourceStore(new AtomicFileWriter()).loadVocabulary(folder).orElse(null);
                } catch (ProjectFileException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                data = DataSourceIterators.open(spec, folder, vocabulary, ImportProgress.NONE, () -> false);
            }
            return data;
        }

        /**
         * Whether validation data is held out; asked before a run starts, when the source is not open yet, so it
         * answers from the first opening when there was one and otherwise assumes so (an empty split then ends
         * the run with the engine's message).
         */
        synchronized boolean hasValidation() {
            return data == null || data.validationIterator().isPresent();
        }
    }
}
