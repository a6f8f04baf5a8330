package org.rnnworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.app.project.DataSourceSpec;
import org.rnnworkbench.app.train.ProjectData;
import org.rnnworkbench.app.train.TrainingData;
import org.rnnworkbench.app.train.TrainingLoop;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.eval.RegressionEvaluation;
import org.rnnworkbench.model.nn.Network;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: the trained model on the project's held-out validation data (or on the training data when
 * nothing is held out), counting only the steps whose label is present, as the Evaluate area does.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a project's trained model (model.rnnwb) on its validation data, or on the "
                + "training data when none is held out: accuracy and F1 for classification, MSE for regression.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project folder")
    private Path project;

    @Override
    public Integer call() {
        return Failure.report(spec, this::evaluate);
    }

    private int evaluate() throws Failure {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = ProjectFiles.folder(project);
        Network network = ProjectFiles.model(folder);
        DataSourceSpec dataSpec = ProjectFiles.data(folder);
        TrainingData data = ProjectData.of(dataSpec, folder);
        SequenceDataSetIterator batches;
        String split;
        try {
            batches = data.training().get();
            // the training iterator opens the source; only then is it known whether anything is held out
            if (data.validation().isPresent()) {
                Supplier<SequenceDataSetIterator> validation = data.validation().get();
                batches = validation.get();
                split = "validation";
            } else {
                split = "training";
            }
        } catch (RuntimeException e) {
            throw new Failure("cannot read the data: " + e.getMessage(), e);
        }
        int nOut = network.getConfiguration().outputSize();
        boolean classes = TrainingLoop.isClassification(network.getConfiguration());
        Evaluation eval = classes ? new Evaluation(nOut) : null;
        RegressionEvaluation reg = classes ? null : new RegressionEvaluation(nOut);
        batches.reset();
        while (batches.hasNext()) {
            SequenceDataSet batch = batches.next();
            INDArray predicted = network.output(batch.features(), batch.featuresMask(), batch.labelsMask());
            // the labels mask is the output mask: steps without a label are not counted
            if (classes) {
                eval.evalTimeSeries(batch.labels(), predicted, batch.labelsMask());
            } else {
                reg.evalTimeSeries(batch.labels(), predicted, batch.labelsMask());
            }
        }
        out.println("Evaluated on the " + split + " data: " + dataSpec.summary());
        if (classes) {
            out.println(String.format(Locale.ROOT, "Accuracy %.4f · F1 %.4f (macro over %d classes) · precision %.4f"
                    + " · recall %.4f", eval.accuracy(), eval.f1(), eval.numClasses(), eval.precision(),
                    eval.recall()));
            out.println("Counted steps " + eval.countedSteps() + " · masked-out steps " + eval.maskedOutSteps());
        } else {
            out.println(String.format(Locale.ROOT, "MSE %.6f (average over %d columns)",
                    reg.averageMeanSquaredError(), nOut));
            for (int c = 0; c < nOut; c++) {
                out.println(String.format(Locale.ROOT, "  column %d: MSE %.6f · MAE %.6f", c,
                        reg.meanSquaredError(c), reg.meanAbsoluteError(c)));
            }
            out.println("Counted steps " + reg.countedSteps() + " · masked-out steps " + reg.maskedOutSteps());
        }
        return 0;
    }
}
