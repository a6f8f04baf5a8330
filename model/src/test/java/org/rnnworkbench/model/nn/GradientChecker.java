package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * Compares a network's analytic gradient with central finite differences of its score, in double precision:
 * relative error {@code |a - n| / (|a| + |n|)} at most {@link #MAX_RELATIVE_ERROR}, forgiven where the
 * absolute error is below {@link #MIN_ABSOLUTE_ERROR}.
 */
final class GradientChecker {
    static final double EPSILON = 1e-6;
    static final double MAX_RELATIVE_ERROR = 1e-3;
    static final double MIN_ABSOLUTE_ERROR = 1e-8;

    private GradientChecker() {
    }

    /** Result of a check: the worst relative error among parameters not forgiven. */
    record Result(int failures, double worstRelativeError, long worstIndex, long checked) {
    }

    static Result check(Network net, SequenceDataSet data) {
        return check(net, data, false);
    }

    /**
     * @param fromStoredState start both the analytic and the numeric pass from the network's stored state
     */
    static Result check(Network net, SequenceDataSet data, boolean fromStoredState) {
        assertEquals(DataType.DOUBLE, net.params().dataType(), "gradient checks need double precision");
        INDArray analytic = net.computeGradientAndScore(data, fromStoredState).gradient();
        INDArray params = net.params();
        int failures = 0;
        double worst = 0;
        long worstIndex = -1;
        for (long i = 0; i < params.length(); i++) {
            double original = params.getDouble(i);
            params.putScalar(i, original + EPSILON);
            double plus = net.score(data, fromStoredState);
            params.putScalar(i, original - EPSILON);
            double minus = net.score(data, fromStoredState);
            params.putScalar(i, original);
            double numeric = (plus - minus) / (2 * EPSILON);
            double a = analytic.getDouble(i);
            double absError = Math.abs(a - numeric);
            double denominator = Math.abs(a) + Math.abs(numeric);
            double rel = denominator == 0 ? 0 : absError / denominator;
            if (rel > MAX_RELATIVE_ERROR && absError >= MIN_ABSOLUTE_ERROR) {
                failures++;
                if (rel > worst) {
                    worst = rel;
                    worstIndex = i;
                }
            }
        }
        return new Result(failures, worst, worstIndex, params.length());
    }
}
