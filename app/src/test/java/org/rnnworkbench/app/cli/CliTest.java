package org.rnnworkbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line run in-process, as {@link Cli#main} runs it, with its output captured. */
class CliTest {
    private static final Path SAMPLES = Path.of("..", "sample-projects").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    /** Exit code and what was printed. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sameSeedGivesSameTextOfTheAskedLength() {
        String project = SAMPLES.resolve("character-model").toString();
        Run first = run("generate", project, "--prime", "The ", "--length", "80", "--seed", "7",
                "--temperature", "0.8");
        Run second = run("generate", project, "--prime", "The ", "--length", "80", "--seed", "7",
                "--temperature", "0.8");
        assertEquals(0, first.code(), first.err());
        String text = first.out().stripTrailing();
        assertEquals(80, text.codePointCount(0, text.length()), text);
        assertEquals(first.out(), second.out());
        Run other = run("generate", project, "--prime", "The ", "--length", "80", "--seed", "8",
                "--temperature", "0.8");
        assertNotEquals(first.out(), other.out(), "another seed samples other text");
    }

    @Test
    void badArgumentsExit2WithUsage() {
        Run notANumber = run("generate", "somewhere", "--prime", "a", "--length", "many");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().contains("Usage: rnnwb generate"), notANumber.err());

        Run missingOption = run("generate", "somewhere", "--length", "5");
        assertEquals(2, missingOption.code());
        assertTrue(missingOption.err().contains("--prime"), missingOption.err());

        Run unknownCommand = run("fly");
        assertEquals(2, unknownCommand.code());
        assertTrue(unknownCommand.err().contains("Usage: rnnwb"), unknownCommand.err());

        Run noCommand = run();
        assertEquals(2, noCommand.code());
        assertTrue(noCommand.err().contains("Usage: rnnwb"), noCommand.err());
    }

    @Test
    void helpExits0ForEachCommand() {
        for (String command : new String[] {"generate", "train", "evaluate", "import-check"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("Usage: rnnwb " + command), help.out());
        }
    }

    @Test
    void missingModelExits1WithAClearMessage() throws IOException {
        Path project = copy("one-to-many");
        Run run = run("generate", project.toString(), "--prime", "a", "--length", "5");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("vocabulary.json"), run.err());

        Run evaluate = run("evaluate", project.toString());
        assertEquals(1, evaluate.code());
        assertTrue(evaluate.err().contains("no trained model") && evaluate.err().contains("model.rnnwb"),
                evaluate.err());
    }

    @Test
    void trainOneEpochWritesTheModelThenEvaluateReportsIt() throws IOException {
        Path project = copy("one-to-many");
        Run train = run("train", project.toString(), "--epochs", "1");
        assertEquals(0, train.code(), train.out() + train.err());
        assertTrue(Files.isRegularFile(project.resolve("model.rnnwb")), train.out());
        assertTrue(train.out().contains("Epoch 1"), train.out());
        try (Stream<Path> runs = Files.list(project.resolve("runs"))) {
            assertTrue(runs.anyMatch(p -> p.toString().endsWith(".json")), "the run is saved for the workbench");
        }

        Run evaluate = run("evaluate", project.toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains("Accuracy") && evaluate.out().contains("Counted steps"),
                evaluate.out());
    }

    @Test
    void untilScoreFinishesAtTheFirstEpochThatReachesTheTarget() throws IOException {
        Path project = copy("one-to-many");
        // every loss is below 1000, so the run ends after one epoch although no epoch limit is given
        Run train = run("train", project.toString(), "--until-score", "1000");
        assertEquals(0, train.code(), train.out() + train.err());
        assertTrue(train.out().contains("Reached the target loss") && train.out().contains("after 1 epoch"),
                train.out());
        assertFalse(train.out().contains("Epoch 2"), train.out());

        Run bad = run("train", project.toString(), "--until-score", "NaN");
        assertEquals(2, bad.code(), bad.err());
    }

    @Test
    void evaluateReportsMseForARegressionModel() throws IOException {
        Path project = copy("regression");
        assertEquals(0, run("train", project.toString(), "--epochs", "1").code());
        Run evaluate = run("evaluate", project.toString());
        assertEquals(0, evaluate.code(), evaluate.err());
        assertTrue(evaluate.out().contains("MSE") && evaluate.out().contains("Counted steps"), evaluate.out());
    }

    @Test
    void importCheckReportsEveryBadFileWithItsLine() throws IOException {
        Path project = copy("one-to-many");
        Run clean = run("import-check", project.toString());
        assertEquals(0, clean.code(), clean.err());

        Path third = project.resolve("data/features/3.csv");
        Path tenth = project.resolve("data/features/10.csv");
        corruptFirstLine(third);
        corruptFirstLine(tenth);
        Run broken = run("import-check", project.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("3.csv:1"), broken.err());
        assertTrue(broken.err().contains("10.csv:1"), broken.err());
        assertTrue(broken.err().contains("2 bad files"), broken.err());

        Run bySpec = run("import-check", project.resolve("data.json").toString());
        assertEquals(1, bySpec.code());
        assertTrue(bySpec.err().contains("3.csv:1") && bySpec.err().contains("10.csv:1"), bySpec.err());
    }

    private static void corruptFirstLine(Path file) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf('\n');
        Files.writeString(file, "abc" + (end < 0 ? "" : text.substring(end)));
    }

    private Path copy(String sample) throws IOException {
        Path from = SAMPLES.resolve(sample);
        Path to = temp.resolve(sample);
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
