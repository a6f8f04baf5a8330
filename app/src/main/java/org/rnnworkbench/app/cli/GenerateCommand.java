package org.rnnworkbench.app.cli;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.DataSourceStore;
import org.rnnworkbench.app.project.ProjectFileException;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.nn.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: text sampled from a character model. The prime is fed one character at a time through the
 * stored RNN state, then each sampled character is fed back in, so the model sees exactly the sequence it
 * produces.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Samples text from a project's trained character model (model.rnnwb and vocabulary.json).",
                "Prints the sampled characters only, without the prime."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--prime", required = true, paramLabel = "TEXT",
            description = "text the model reads before it samples (at least one character)")
    private String prime;

    @Option(names = "--length", required = true, paramLabel = "N", description = "characters to sample")
    private int length;

    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1.0",
            description = "below 1 picks likely characters more often, above 1 less (default: ${DEFAULT-VALUE})")
    private double temperature;

    @Option(names = "--seed", paramLabel = "S",
            description = "seed of the sampling; the same seed gives the same text (default: random)")
    private Long seed;

    @Override
    public Integer call() {
        // bad values are usage errors (exit 2), caught before any file is read
        if (length < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--length must be 0 or more");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--temperature must be above 0");
        }
        if (prime.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--prime needs at least one character");
        }
        return Failure.report(spec, this::generate);
    }

    private int generate() throws Failure {
        Path folder = ProjectFiles.folder(project);
        CharacterVocabulary vocabulary = vocabulary(folder);
        Network network = ProjectFiles.model(folder);
        int size = vocabulary.size();
        if (network.getConfiguration().inputSize() != size || network.getConfiguration().outputSize() != size) {
            throw new Failure("the model takes " + network.getConfiguration().inputSize() + " inputs and gives "
                    + network.getConfiguration().outputSize() + " outputs, but the vocabulary has " + size
                    + " characters: it is not a character model of this vocabulary");
        }
        int[] primed;
        try {
            primed = vocabulary.encode(prime);
        } catch (IllegalArgumentException e) {
            throw new Failure("the prime cannot be encoded: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println(sample(network, vocabulary, primed));
        return 0;
    }

    private String sample(Network network, CharacterVocabulary vocabulary, int[] primed) {
        DataType type = network.params().dataType();
        network.rnnClearPreviousState();
        INDArray output = null;
        for (int index : primed) {
            output = network.rnnTimeStep(oneHot(index, vocabulary.size(), type));
        }
        Random random = seed == null ? new Random() : new Random(seed);
        int[] sampled = new int[length];
        for (int i = 0; i < length; i++) {
            sampled[i] = pick(output.toDoubleVector(), random);
            output = network.rnnTimeStep(oneHot(sampled[i], vocabulary.size(), type));
        }
        return vocabulary.decode(sampled);
    }

    /**
     * One index drawn from the softmax output sharpened or flattened by the temperature: {@code p^(1/T)}
     * normalized is the softmax of {@code log(p)/T}, computed in log space so small probabilities do not vanish.
     */
    private int pick(double[] probabilities, Random random) {
        double[] logits = new double[probabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.log(Math.max(probabilities[i], 0)) / temperature;
            max = Math.max(max, logits[i]);
        }
        double total = 0;
        for (int i = 0; i < logits.length; i++) {
            logits[i] = Math.exp(logits[i] - max);
            total += logits[i];
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < logits.length; i++) {
            r -= logits[i];
            if (r < 0) {
                return i;
            }
        }
        // rounding can leave r a hair above zero: the last index with any weight is the one r fell into
        for (int i = logits.length - 1; i > 0; i--) {
            if (logits[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    private static INDArray oneHot(int index, int size, DataType type) {
        INDArray x = Nd4j.zeros(type, 1, size);
        x.putScalar(0, index, 1.0);
        return x;
    }

    private static CharacterVocabulary vocabulary(Path folder) throws Failure {
        try {
            return new DataSourceStore(new AtomicFileWriter()).loadVocabulary(folder).orElseThrow(
                    () -> new Failure(folder + " has no " + DataSourceStore.VOCABULARY_FILE
                            + ": generate needs a character model project"));
        } catch (ProjectFileException e) {
            throw new Failure(e.getMessage(), e);
        }
    }
}
