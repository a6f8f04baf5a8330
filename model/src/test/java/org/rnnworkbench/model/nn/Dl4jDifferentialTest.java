package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rnnworkbench.model.nn.Dl4jRuns.assertClose;
import static org.rnnworkbench.model.nn.Dl4jRuns.assertScore;
import static org.rnnworkbench.model.nn.Dl4jRuns.maxAbsDiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.rnnworkbench.model.conf.Activation;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.DenseLayer;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.conf.Sgd;
import org.rnnworkbench.model.conf.UpdaterConfig;
import org.rnnworkbench.model.data.SequenceDataSet;

/**
 * Differential tests against DL4J 1.0.0-M2.1: the same parameters copied into DL4J's layers ({@link Dl4jMirror})
 * must give the same outputs, scores, gradients and updated parameters.
 *
 * <p>Every network is {@code recurrent layer -> DenseLayer -> RnnOutputLayer}, so each comparison also crosses
 * the RNN/feed-forward preprocessors. All parameters, biases included, are random, so no comparison passes
 * because some gate happens to start at zero. Double-precision comparisons use {@value #DOUBLE_TOLERANCE}
 * (observed differences are around 1e-16); the float comparison uses {@value #FLOAT_TOLERANCE}.
 *
 * <p>Where our mask semantics differ from DL4J's by design, {@link #withFeaturesMaskWeDifferOnlyWhereDl4jLetsPaddingIn}
 * pins down exactly where.
 */
class Dl4jDifferentialTest {
    static final double DOUBLE_TOLERANCE = 1e-10;
    static final double FLOAT_TOLERANCE = 1e-5;
    /** A difference this large is a real difference, not rounding. */
    static final double CLEARLY_DIFFERENT = 1e-3;

    private static final int N_IN = 3;
    private static final int HIDDEN = 4;
    private static final int DENSE = 5;
    private static final int N_OUT = 3;
    private static final int MINI_BATCH = 3;
    private static final int STEPS = 6;

    /** Where the padding sits in a padded minibatch; row 0 is always unpadded. */
    enum Padding {
        /** Sequences aligned at the start, padded at the end. */
        TRAILING("111111", "111100", "110000"),
        /** Sequences aligned at the end, padded at the start. */
        LEADING("111111", "001111", "000011"),
        /** Masked steps in the middle of a sequence. */
        GAP("111111", "110011", "100001");

        final String[] rows;

        Padding(String... rows) {
            this.rows = rows;
        }
    }

    static Stream<Arguments> kindsAndLosses() {
        List<Arguments> result = new ArrayList<>();
        for (Dl4jLayerKind kind : Dl4jLayerKind.values()) {
            for (LossFunction loss : List.of(LossFunction.MCXENT, LossFunction.MSE)) {
                result.add(Arguments.of(kind, loss));
            }
        }
        return result.stream();
    }

    static Stream<Arguments> kindsAndPaddings() {
        List<Arguments> result = new ArrayList<>();
        for (Dl4jLayerKind kind : Dl4jLayerKind.values()) {
            for (Padding padding : Padding.values()) {
                result.add(Arguments.of(kind, padding));
            }
        }
        return result.stream();
    }

    // ------------------------------------------------------------------------------------------ no masks

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLosses")
    void withoutMasksOutputsScoresAndGradientsMatch(Dl4jLayerKind kind, LossFunction loss) {
        Network ours = network(kind, loss, DataType.DOUBLE, new Sgd(0.1), 0);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        SequenceDataSet data = data(loss, null, null);

        assertClose(Dl4jRuns.output(theirs, data.features(), null), ours.output(data.features()),
                DOUBLE_TOLERANCE, "output");
        assertScoreAndGradientsMatch(ours, theirs, data);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dl4jLayerKind.class)
    void inFloatOutputsAndScoresMatch(Dl4jLayerKind kind) {
        Network ours = network(kind, LossFunction.MCXENT, DataType.FLOAT, new Sgd(0.1), 0);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        SequenceDataSet data = data(LossFunction.MCXENT, null, null);
        INDArray features = data.features().castTo(DataType.FLOAT);

        INDArray ourOutput = ours.output(features);
        assertEquals(DataType.FLOAT, ourOutput.dataType());
        assertClose(Dl4jRuns.output(theirs, features, null), ourOutput, FLOAT_TOLERANCE, "float output");
        assertScore(Dl4jRuns.score(theirs, data), ours.score(data), FLOAT_TOLERANCE, "float score");
    }

    // ------------------------------------------------------------------------------------------ labels mask

    /**
     * A labels mask alone (targets at some steps only, e.g. many-to-one): both engines run the recurrence over
     * every step and count the loss only where a label is present. L2 is on, so the scores also agree on it.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndLosses")
    void withLabelsMaskScoresAndGradientsMatch(Dl4jLayerKind kind, LossFunction loss) {
        Network ours = network(kind, loss, DataType.DOUBLE, new Sgd(0.1), 0.01);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        SequenceDataSet data = data(loss, null, TestNetworks.mask("000001", "101101", "011110"));

        assertScoreAndGradientsMatch(ours, theirs, data);
    }

    /**
     * Features and labels masks with padding at the end, as in a left-aligned padded minibatch. Training scores
     * and gradients agree except for bidirectional layers over DL4J's LSTMs: DL4J runs their backward direction
     * through the padding into the real steps, so its score depends on whatever values sit in the padding; ours
     * does not.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Dl4jLayerKind.class)
    void withTrailingPaddingTrainingMatchesUnlessDl4jReadsThePadding(Dl4jLayerKind kind) {
        Network ours = network(kind, LossFunction.MCXENT, DataType.DOUBLE, new Sgd(0.1), 0);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        INDArray mask = TestNetworks.mask(Padding.TRAILING.rows);
        SequenceDataSet data = data(LossFunction.MCXENT, mask, mask);

        if (kind.dl4jMasksState() || !kind.bidirectional()) {
            assertScoreAndGradientsMatch(ours, theirs, data);
            return;
        }
        SequenceDataSet otherPadding = new SequenceDataSet(repad(data.features(), mask, new Random(99)),
                data.labels(), mask, mask);
        double dl4jChange = Math.abs(Dl4jRuns.score(theirs, data) - Dl4jRuns.score(theirs, otherPadding));
        assertTrue(dl4jChange > CLEARLY_DIFFERENT,
                () -> "expected DL4J's score to depend on the padding values, changed by " + dl4jChange);
        assertEquals(ours.score(data), ours.score(otherPadding), 1e-12, "our score must ignore padding values");
    }

    // ------------------------------------------------------------------------------------------ features mask

    /**
     * Inference with a features mask. Our contract: for every real step, the output equals the output of the
     * sequence run alone with its masked steps left out, and it is zero at masked steps. Here "the sequence run
     * alone" is computed by DL4J without any mask, which both engines agree on (see the unmasked test), so this is
     * our padding invariance checked against an independent implementation.
     *
     * <p>DL4J's own masked output differs from ours in exactly these places, and the test asserts each:
     * <ul>
     *   <li>at masked steps ours is 0, while DL4J's dense layer zeroes the step but its RnnOutputLayer does not,
     *       so DL4J gives the output activation of the bias (here identity: the bias itself);</li>
     *   <li>at real steps, for DL4J's LSTM and GravesLSTM, which ignore the mask: padding read by the recurrence
     *       before a real step (leading padding, gaps, or trailing padding seen by a backward direction) changes
     *       that step's output, so DL4J's output depends on the padding values;</li>
     *   <li>at real steps after a gap, for DL4J's SimpleRnn and GravesBidirectionalLSTM, which reset their state
     *       to zero at a masked step where ours carries it over (no dependence on the padding values).</li>
     * </ul>
     * Everywhere else DL4J's masked output equals ours.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("kindsAndPaddings")
    void withFeaturesMaskWeDifferOnlyWhereDl4jLetsPaddingIn(Dl4jLayerKind kind, Padding padding) {
        Network ours = network(kind, LossFunction.MSE, DataType.DOUBLE, new Sgd(0.1), 0);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        INDArray mask = TestNetworks.mask(padding.rows);
        // Features are random at padded steps too: padding is whatever the data source left there.
        INDArray features = data(LossFunction.MSE, null, null).features();
        INDArray repadded = repad(features, mask, new Random(99));

        INDArray ourOutput = ours.output(features, mask);
        INDArray dl4jMasked = Dl4jRuns.output(theirs, features, mask);
        INDArray dl4jRepadded = Dl4jRuns.output(theirs, repadded, mask);
        assertEquals(0.0, maxAbsDiff(ourOutput, ours.output(repadded, mask)), "our output ignores padding values");

        boolean dl4jReadsPadding = !kind.dl4jMasksState() && (padding != Padding.TRAILING || kind.bidirectional());
        boolean dl4jResetsAtGap = kind.dl4jMasksState() && padding == Padding.GAP;
        INDArray outputBias = ours.getParam(2, "b");
        for (int row = 0; row < MINI_BATCH; row++) {
            long[] real = stepsWhere(padding.rows[row], '1');
            long[] padded = stepsWhere(padding.rows[row], '0');
            String where = "example " + row + " (mask " + padding.rows[row] + ")";

            INDArray alone = Dl4jRuns.output(theirs, Dl4jRuns.steps(features, row, real), null);
            INDArray oursReal = Dl4jRuns.steps(ourOutput, row, real);
            assertClose(alone, oursReal, DOUBLE_TOLERANCE, where + ": ours vs DL4J on the sequence alone");

            INDArray dl4jReal = Dl4jRuns.steps(dl4jMasked, row, real);
            double realDiff = maxAbsDiff(dl4jReal, oursReal);
            double leak = maxAbsDiff(dl4jReal, Dl4jRuns.steps(dl4jRepadded, row, real));
            if (padded.length == 0) {
                assertTrue(realDiff <= DOUBLE_TOLERANCE, where + ": unpadded example differs by " + realDiff);
                continue;
            }
            if (dl4jReadsPadding) {
                assertTrue(realDiff > CLEARLY_DIFFERENT, where + ": expected DL4J to differ at real steps");
                assertTrue(leak > CLEARLY_DIFFERENT, where + ": expected DL4J's real steps to depend on padding");
            } else if (dl4jResetsAtGap) {
                assertTrue(realDiff > CLEARLY_DIFFERENT, where + ": expected DL4J's reset at the gap to show");
                assertTrue(leak <= DOUBLE_TOLERANCE, where + ": DL4J's reset must not depend on padding values");
            } else {
                assertTrue(realDiff <= DOUBLE_TOLERANCE, where + ": DL4J differs at real steps by " + realDiff);
                assertTrue(leak <= DOUBLE_TOLERANCE, where + ": DL4J's real steps depend on padding values");
            }

            INDArray oursPadded = Dl4jRuns.steps(ourOutput, row, padded);
            assertEquals(0.0, oursPadded.amaxNumber().doubleValue(), "our output at padded steps of " + where);
            INDArray dl4jPadded = Dl4jRuns.steps(dl4jMasked, row, padded);
            for (int k = 0; k < padded.length; k++) {
                INDArray step = Dl4jRuns.steps(dl4jMasked, row, new long[] {padded[k]});
                assertClose(outputBias, step, DOUBLE_TOLERANCE, where + ": DL4J at padded step " + padded[k]);
            }
            assertTrue(dl4jPadded.amaxNumber().doubleValue() > CLEARLY_DIFFERENT,
                    where + ": DL4J's padded output should be visibly nonzero");
        }
    }

    // ------------------------------------------------------------------------------------------ updates

    /** One SGD step with L2 and a labels mask: DL4J divides by the minibatch in its updater, we in the score. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Dl4jLayerKind.class)
    void oneSgdUpdateGivesTheSameParameters(Dl4jLayerKind kind) {
        Network ours = network(kind, LossFunction.MCXENT, DataType.DOUBLE, new Sgd(0.3), 0.05);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        SequenceDataSet data = data(LossFunction.MCXENT, null, TestNetworks.mask("011111", "111101", "000001"));
        INDArray before = ours.params().dup();

        ours.fit(data);
        theirs.fit(Dl4jRuns.dataSet(theirs, data));

        assertTrue(maxAbsDiff(before, ours.params()) > CLEARLY_DIFFERENT, "the update must move the parameters");
        assertParametersMatch(ours, theirs, "after one SGD update");
    }

    /** Two Adam steps, so that the bias correction is compared at t = 1 and t = 2. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Dl4jLayerKind.class)
    void adamUpdatesGiveTheSameParameters(Dl4jLayerKind kind) {
        Network ours = network(kind, LossFunction.MSE, DataType.DOUBLE, new Adam(0.02, 0.8, 0.95, 1e-6), 0);
        MultiLayerNetwork theirs = Dl4jMirror.of(ours);
        SequenceDataSet data = data(LossFunction.MSE, null, TestNetworks.mask("111111", "001111", "111000"));

        for (int update = 1; update <= 2; update++) {
            ours.fit(data);
            theirs.fit(Dl4jRuns.dataSet(theirs, data));
            assertParametersMatch(ours, theirs, "after Adam update " + update);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /**
     * Our network with random parameters everywhere. The initial biases are mostly zero, and with them some
     * differences vanish by coincidence (an LSTM fed zeros from zero state stays at zero), so they are replaced.
     */
    private static Network network(Dl4jLayerKind kind, LossFunction loss, DataType dataType, UpdaterConfig updater,
            double l2) {
        NetworkConfiguration conf = new NetworkConfiguration.Builder()
                .seed(42).dataType(dataType).updater(updater).l2(l2).inputSize(N_IN)
                .layer(kind.layer(HIDDEN))
                .layer(new DenseLayer.Builder().nOut(DENSE).activation(Activation.TANH).build())
                .layer(new RnnOutputLayer.Builder(loss).nOut(N_OUT).build())
                .build();
        Network net = new Network(conf).init();
        net.setParams(TestNetworks.uniform(new Random(kind.ordinal() + 1000L), net.numParams()).muli(0.8));
        return net;
    }

    /** Random features and labels {@code [3, *, 6]} in double precision, the same for every test. */
    private static SequenceDataSet data(LossFunction loss, INDArray featuresMask, INDArray labelsMask) {
        Random rng = new Random(7);
        INDArray features = TestNetworks.uniform(rng, MINI_BATCH, N_IN, STEPS).muli(1.5);
        INDArray labels = TestNetworks.labels(rng, loss, MINI_BATCH, N_OUT, STEPS);
        return new SequenceDataSet(features, labels, featuresMask, labelsMask);
    }

    /** A copy of {@code features} with other random values at the steps the mask leaves out. */
    private static INDArray repad(INDArray features, INDArray mask, Random rng) {
        INDArray copy = features.dup();
        for (int b = 0; b < mask.size(0); b++) {
            for (int t = 0; t < mask.size(1); t++) {
                if (mask.getDouble(b, t) == 0) {
                    for (int i = 0; i < features.size(1); i++) {
                        copy.putScalar(new int[] {b, i, t}, 3 * rng.nextDouble() - 1.5);
                    }
                }
            }
        }
        return copy;
    }

    private static long[] stepsWhere(String pattern, char c) {
        return IntStream.range(0, pattern.length()).filter(t -> pattern.charAt(t) == c)
                .asLongStream().toArray();
    }

    /**
     * Score (from DL4J's training path and from its {@code score(DataSet)}) and every parameter's gradient. Ours
     * is the gradient of the score, DL4J's the minibatch sum, hence the division.
     */
    private static void assertScoreAndGradientsMatch(Network ours, MultiLayerNetwork theirs, SequenceDataSet data) {
        GradientAndScore g = ours.computeGradientAndScore(data);
        Dl4jRuns.Result r = Dl4jRuns.gradientAndScore(theirs, data);
        assertScore(r.score(), g.score(), DOUBLE_TOLERANCE, "score vs DL4J computeGradientAndScore");
        assertScore(Dl4jRuns.score(theirs, data), g.score(), DOUBLE_TOLERANCE, "score vs DL4J score(DataSet)");

        NetworkConfiguration conf = ours.getConfiguration();
        int compared = 0;
        for (int layer = 0; layer < conf.layers().size(); layer++) {
            for (Map.Entry<String, INDArray> e : ours.gradientTable(layer).entrySet()) {
                String key = Dl4jMirror.key(layer, conf.layers().get(layer), e.getKey());
                INDArray dl4j = r.gradients().get(key);
                assertTrue(dl4j != null, "DL4J has no gradient " + key + "; it has " + r.gradients().keySet());
                assertClose(dl4j.div(data.miniBatchSize()), e.getValue(), DOUBLE_TOLERANCE, "gradient " + key);
                compared++;
            }
        }
        assertEquals(r.gradients().size(), compared, "every DL4J gradient compared");
    }

    private static void assertParametersMatch(Network ours, MultiLayerNetwork theirs, String when) {
        NetworkConfiguration conf = ours.getConfiguration();
        for (int layer = 0; layer < conf.layers().size(); layer++) {
            for (Map.Entry<String, INDArray> e : ours.paramTable(layer).entrySet()) {
                String key = Dl4jMirror.key(layer, conf.layers().get(layer), e.getKey());
                assertClose(theirs.getParam(key), e.getValue(), DOUBLE_TOLERANCE, when + ": parameter " + key);
            }
        }
    }
}
