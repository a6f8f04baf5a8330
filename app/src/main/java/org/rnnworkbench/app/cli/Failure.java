package org.rnnworkbench.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command reports when it cannot do its work: one clear line on the error stream and exit code 1, rather
 * than picocli's stack trace, since the usual causes (no model yet, a bad file) are the user's to fix.
 */
final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
        super(message);
    }

    Failure(String message, Throwable cause) {
        super(message, cause);
    }

    /** Runs {@code body}, turning a {@link Failure} or an unexpected exception into a message and exit code 1. */
    static int report(CommandSpec spec, Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.call();
        } catch (Failure e) {
            err.println("Error: " + e.getMessage());
        } catch (Exception e) {
            err.println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
        return Cli.FAILED;
    }
}
