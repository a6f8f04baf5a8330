package org.rnnworkbench.app.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CharacterSequenceIterator;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.Delimiter;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceImportException;

/**
 * Everything the wizard's inputs imply at once: file counts, the raw lines of the first file, the detected
 * delimiter, task and layout, the preview minibatch exactly as the engine's iterator pads and masks it, and for a
 * text its vocabulary and first example. Computed by {@link #of} from a snapshot of the inputs; that lists every
 * file and reads the first ones (or the whole text), so it runs off the UI thread, and the view-model shows the
 * result when it arrives.
 *
 * @param featuresMatch the feature files' match, {@code null} for a text
 * @param labelsMatch the label files' match, {@code null} when labels are columns or for a text
 * @param detectedDelimiter the feature files' delimiter as given or detected, {@code null} when none could be
 * @param specProblem why the inputs do not make a data source yet, empty when they do
 * @param raw the first lines of the first file, {@code null} when they were not read
 * @param detection the detected task and layout, {@code null} when there is nothing to detect from
 * @param exampleCount examples in the data source
 * @param batchCount minibatches of one pass
 * @param preview the previewed minibatch, {@code null} when it cannot be made
 * @param previewProblem why not, empty when it can
 * @param vocabulary the text's vocabulary with counts, empty for CSV
 * @param exampleText the text's first example, empty for CSV
 */
public record QuickPreview(FileMatch featuresMatch, FileMatch labelsMatch, Delimiter detectedDelimiter,
        String specProblem, Raw raw, Detection detection, int exampleCount, int batchCount, PreviewBatch preview,
        String previewProblem, List<VocabularyEntry> vocabulary, String exampleText) {

    public QuickPreview {
        vocabulary = List.copyOf(vocabulary);
    }

    /**
     * The first lines of a file as the raw preview shows them.
     *
     * @param file the file, {@code null} when there is none to show
     * @param lines its first lines, or one line saying why it could not be read
     */
    public record Raw(Path file, List<RawLine> lines) {
        public Raw {
            lines = List.copyOf(lines);
        }

        /**
         * Reads the first {@link DataViewModel#RAW_LINES} lines of {@code file}, and the lines around {@code line}
         * when it lies further down.
         *
         * @param file the file, or {@code null}
         * @param line a line to show (an error's), 0 for none
         */
        static Raw read(Path file, int linesToSkip, Delimiter delimiter, int line) {
            if (file == null) {
                return new Raw(null, List.of());
            }
            try {
                return new Raw(file, RawPreview.read(file, linesToSkip, delimiter, DataViewModel.RAW_LINES, line));
            } catch (IOException | RuntimeException e) {
                return new Raw(file, List.of(new RawLine(1, "could not read " + file + ": " + e.getMessage(), true,
                        List.of())));
            }
        }
    }

    /**
     * Computes the previews. Blocking: lists the files, opens the first ones and reads a minibatch, or reads the
     * whole text.
     *
     * @param readRaw whether to read the first file's raw lines (not while the raw preview shows an error's file)
     */
    public static QuickPreview of(WizardInputs inputs, boolean readRaw) {
        return inputs.sourceKind() == SourceKind.CHARACTER_TEXT ? text(inputs, readRaw) : csv(inputs, readRaw);
    }

    /** What is shown when the previews could not be computed at all. */
    static QuickPreview failed(String message) {
        return new QuickPreview(null, null, null, message, null, null, 0, 0, null, message, List.of(), "");
    }

    private static QuickPreview csv(WizardInputs in, boolean readRaw) {
        Path base = in.baseFolder();
        boolean separate = in.sourceKind() == SourceKind.SEPARATE_LABEL_FILES;
        CsvSequenceSource source = null;
        Delimiter detected = null;
        String specProblem = "";
        try {
            source = CsvSequenceSource.open(in.sequenceSpec(), base);
            detected = source.featureDelimiter();
        } catch (IllegalArgumentException | SequenceImportException e) {
            specProblem = e.getMessage();
        }
        FileMatch features;
        FileMatch labels;
        if (source != null && !source.examples().isEmpty()) {
            // the source has listed and paired every file: its list is the match, and a folder of thousands of
            // files is not listed twice more
            List<ExampleFiles> examples = source.examples();
            features = FileMatch.complete(examples.size(), examples.get(0).features());
            labels = separate ? FileMatch.complete(examples.size(), examples.get(0).labels()) : null;
        } else if (in.filesMode() == FilesMode.NUMBERED) {
            features = FileMatch.numbered(base, in.featuresPattern(), in.first(), in.last());
            labels = separate ? FileMatch.numbered(base, in.labelsPattern(), in.first(), in.last()) : null;
        } else {
            features = FileMatch.folder(base, in.featuresFolder(), in.extension());
            labels = separate ? FileMatch.folder(base, in.labelsFolder(), in.extension()) : null;
        }
        Raw raw = !readRaw ? null : Raw.read(features.firstFile(), in.linesToSkip(), in.delimiter() != null
                ? in.delimiter() : detected != null ? detected : Delimiter.COMMA, 0);
        if (source == null) {
            return new QuickPreview(features, labels, null, specProblem, raw, null, 0, 0, null, specProblem,
                    List.of(), "");
        }
        int examples = source.examples().size();
        int size = Math.max(1, in.minibatchSize());
        int batches = (examples + size - 1) / size;
        PreviewBatch preview = null;
        String previewProblem = "";
        try {
            preview = minibatch(source, Math.max(0, Math.min(in.previewIndex(), batches - 1)), size);
        } catch (SequenceImportException e) {
            previewProblem = e.getMessage();
        }
        return new QuickPreview(features, labels, detected, specProblem, raw, detect(source, in), examples, batches,
                preview, previewProblem, List.of(), "");
    }

    /** A guess from the first {@value Detection#SAMPLE} examples; {@code null} when they cannot be read. */
    private static Detection detect(CsvSequenceSource source, WizardInputs in) {
        try {
            return Detection.of(source.examples(), in.linesToSkip(), source.featureDelimiter(),
                    source.labelDelimiter() == null ? source.featureDelimiter() : source.labelDelimiter(),
                    in.parsedLabelColumns());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads minibatch {@code index} through the engine's own iterator, in file order. */
    private static PreviewBatch minibatch(CsvSequenceSource source, int index, int size) {
        List<ExampleFiles> examples = source.examples();
        List<ExampleFiles> chosen = examples.subList(index * size, Math.min(examples.size(), (index + 1) * size));
        CsvSequenceDataSetIterator iterator = source.iterator(chosen, BatchSettings.inOrder(size));
        SequenceDataSet batch = iterator.next();
        List<String> names = new ArrayList<>();
        for (ExampleFiles files : chosen) {
            names.add(files.features().getFileName().toString());
        }
        return PreviewBatch.of(index, batch, names);
    }

    private static QuickPreview text(WizardInputs in, boolean readRaw) {
        Path base = in.baseFolder();
        Path file = in.textFile().isBlank() ? null : base.resolve(in.textFile());
        Raw raw = !readRaw ? null : Raw.read(file, in.linesToSkip(), in.delimiter() != null ? in.delimiter()
                : Delimiter.COMMA, 0);
        List<VocabularyEntry> entries = List.of();
        String exampleText = "";
        PreviewBatch preview = null;
        int examples = 0;
        int batches = 0;
        String problem = "";
        try {
            DataSourceSpec.CharacterText spec = in.textSpec();
            Path textFile = base.resolve(spec.textFile());
            String text = TextFiles.read(textFile);
            CharacterVocabulary vocab = CharacterVocabulary.build(text, spec.lowerCase(), spec.minCount());
            entries = vocabulary(text, spec, vocab);
            int[] encoded = vocab.encode(text);
            int length = Math.min(spec.exampleLength(), encoded.length - 1);
            if (length < 1) {
                throw SequenceImportException.inFile(textFile, "the text is too short for one example");
            }
            SequenceDataSet example = new CharacterSequenceIterator(Arrays.copyOf(encoded, length + 1), vocab,
                    length, BatchSettings.inOrder(1)).next();
            exampleText = vocab.decode(Arrays.copyOf(encoded, length));
            examples = (encoded.length - 1) / spec.exampleLength();
            batches = (examples + spec.minibatchSize() - 1) / spec.minibatchSize();
            preview = PreviewBatch.of(0, example, List.of("example 0"));
        } catch (IllegalArgumentException | SequenceImportException e) {
            problem = e.getMessage();
        }
        return new QuickPreview(null, null, null, problem, raw, null, examples, batches, preview, problem, entries,
                exampleText);
    }

    /** The vocabulary's characters with their counts, and the unknown symbol with the count it stands for. */
    private static List<VocabularyEntry> vocabulary(String text, DataSourceSpec.CharacterText spec,
            CharacterVocabulary vocab) {
        Map<Integer, Long> counts = CharacterVocabulary.count(text, spec.lowerCase());
        List<VocabularyEntry> entries = new ArrayList<>();
        long unknown = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            if (e.getValue() >= spec.minCount()) {
                entries.add(new VocabularyEntry(vocab.indexOf(e.getKey()), e.getKey(), e.getValue()));
            } else {
                unknown += e.getValue();
            }
        }
        if (vocab.hasUnknown()) {
            entries.add(new VocabularyEntry(vocab.size() - 1, CharacterVocabulary.UNKNOWN_CHARACTER, unknown));
        }
        return entries;
    }
}
