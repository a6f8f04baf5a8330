package org.rnnworkbench.app.cli;

import org.rnnworkbench.model.platform.NativeSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code rnnwb} command: a project folder's model trained, evaluated or sampled without a window. Exit
 * codes follow picocli's {@link CommandLine#execute} conventions: 0 when the command did its work, 1 when it
 * failed (a missing model, unreadable data), 2 for bad usage.
 *
 * <p>Nothing here touches the JavaFX toolkit, so the command runs on a machine without a display.
 */
@Command(name = "rnnwb", mixinStandardHelpOptions = true, version = "RNN Workbench command line 0.1",
        description = "Trains, evaluates and samples RNN Workbench projects without a window.",
        subcommands = {GenerateCommand.class, TrainCommand.class, EvaluateCommand.class, ImportCheckCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {
    /** Exit code of a command that could not do its work. */
    static final int FAILED = 1;

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // the native libraries read their settings from the environment once, so this comes before any ND4J class
        NativeSettings.relaunchIfNeeded(Cli.class, args);
        System.exit(new CommandLine(new Cli()).execute(args));
    }

    @Override
    public void run() {
        // without a subcommand there is nothing to do: that is a usage error (exit code 2) with the usage printed
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
    }
}
