package org.rnnworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.model.data.BatchSettings;
import org.rnnworkbench.model.data.CsvSequenceDataSetIterator;
import org.rnnworkbench.model.data.CsvSequenceSource;
import org.rnnworkbench.model.data.ExampleFiles;
import org.rnnworkbench.model.data.ImportProgress;
import org.rnnworkbench.model.data.SequenceImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-check}: reads every CSV sequence of a project's data source and lists every bad file with its
 * line and column. The engine's {@link CsvSequenceSource#check} stops at the first bad file, so each example is
 * read on its own first (one minibatch of one example each) to collect every file-level problem; the engine's
 * whole-set check then runs once the files read, for problems between files (such as a different number of
 * columns), and reports the first of those.
 */
@Command(name = "import-check", mixinStandardHelpOptions = true,
        description = {"Reads every CSV sequence file of a data source (data.json) and reports each bad file "
                + "as file:line:column: problem.",
                "Problems between files (such as differing column counts) are checked after that; the first is "
                        + "reported."})
final class ImportCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC-OR-FOLDER",
            description = "a project folder holding data.json, or a data file in that format")
    private Path project;

    @Override
    public Integer call() {
        return Failure.report(spec, this::check);
    }

    private int check() throws Failure {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // a data file may be named directly; its relative paths are resolved against its own folder
        Path given = project.toAbsolutePath().normalize();
        Path folder = Files.isRegularFile(given) ? given.getParent() : ProjectFiles.folder(given);
        DataSourceSpec data = Files.isRegularFile(given) ? ProjectFiles.dataFile(given) : ProjectFiles.data(folder);
        if (!(data instanceof DataSourceSpec.CsvSequences)) {
            throw new Failure("import-check reads CSV sequences; " + folder + " holds " + data.summary());
        }
        CsvSequenceSource source;
        try {
            source = CsvSequenceSource.open(((DataSourceSpec.CsvSequences) data).sequences(), folder);
        } catch (SequenceImportException e) {
            throw new Failure(where(e), e);
        }
        List<SequenceImportException> problems = new ArrayList<>();
        for (ExampleFiles example : source.examples()) {
            try {
                CsvSequenceDataSetIterator one = source.iterator(List.of(example), BatchSettings.inOrder(1));
                one.next();
            } catch (SequenceImportException e) {
                problems.add(e);
            }
        }
        if (problems.isEmpty()) {
            try {
                source.check(ImportProgress.NONE, () -> false);
            } catch (SequenceImportException e) {
                problems.add(e);
            }
        }
        for (SequenceImportException e : problems) {
            err.println(where(e));
        }
        if (!problems.isEmpty()) {
            err.println(problems.size() + " bad file" + (problems.size() == 1 ? "" : "s") + " of "
                    + source.examples().size() + " examples");
            return Cli.FAILED;
        }
        out.println("All " + source.examples().size() + " examples read without a problem");
        return 0;
    }

    /** {@code file:line:column: problem}, as compilers print it, leaving out what the problem has no place for. */
    private static String where(SequenceImportException e) {
        if (e.file() == null) {
            return e.problem();
        }
        StringBuilder at = new StringBuilder(e.file());
        if (e.line() > 0) {
            at.append(':').append(e.line());
            if (e.column() > 0) {
                at.append(':').append(e.column());
            }
        }
        return at.append(": ").append(e.problem()).toString();
    }
}
