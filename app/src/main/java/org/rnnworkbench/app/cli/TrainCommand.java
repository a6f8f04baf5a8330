package org.rnnworkbench.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code train}: the workbench's own training run on the calling thread, so the project gets the same
 * {@code model.rnnwb}, {@code best.rnnwb} and {@code runs/*.json} a run in the Train area writes and opens in
 * the workbench with its history. The run itself is in {@link TrainingRun}.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains a project's model on its data source, continuing from model.rnnwb when the model is "
                + "unchanged, and saves model.rnnwb, best.rnnwb and the run in runs/.",
                "Ctrl+C stops after the current minibatch and saves."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Option(names = "--epochs", paramLabel = "N",
            description = "passes over the training data (default: 1, or no limit with --until-score)")
    private Integer epochs;

    @Option(names = "--until-score", paramLabel = "S",
            description = "finish after the first epoch whose loss is at most S (the validation loss, or the "
                    + "training loss when the data has no validation split); --epochs, if given, is the limit")
    private Double untilScore;

    @Override
    public Integer call() {
        if (epochs != null && epochs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--epochs must be at least 1");
        }
        if (untilScore != null && !Double.isFinite(untilScore)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--until-score must be a number");
        }
        // 0 epochs: until stopped, which only a target (or Ctrl+C) ends
        int passes = epochs != null ? epochs : untilScore != null ? 0 : 1;
        double target = untilScore != null ? untilScore : Double.NEGATIVE_INFINITY;
        return Failure.report(spec, () -> TrainingRun.train(spec, project, passes, target));
    }
}
