package org.rnnworkbench.model.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.Adam;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GravesLSTM;
import org.rnnworkbench.model.conf.LSTM;
import org.rnnworkbench.model.conf.LossFunction;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.RnnOutputLayer;
import org.rnnworkbench.model.data.ListSequenceDataSetIterator;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.eval.Evaluation;
import org.rnnworkbench.model.eval.RegressionEvaluation;

/** Small tasks the engine must learn to a stated quality, with fixed seeds. */
class LearningTest {

    /** Many-to-one: label a sequence of 5..30 values by the sign of its sum; trailing padding, label at the end. */
    @Test
    void manyToOneSignOfSum() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(1).updater(new Adam(0.02)).inputSize(1)
                .layer(new GravesLSTM.Builder().nOut(12).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(2).build()).build();
        Network net = new Network(conf).init();
        Random rng = new Random(7);
        List<SequenceDataSet> train = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            train.add(signOfSumBatch(rng, 32));
        }
        net.fit(new ListSequenceDataSetIterator(train), 12);
        Evaluation eval = new Evaluation(2);
        for (int i = 0; i < 10; i++) {
            SequenceDataSet test = signOfSumBatch(rng, 50);
            eval.evalTimeSeries(test.labels(), net.output(test.features(), test.featuresMask()), test.labelsMask());
        }
        assertTrue(eval.countedSteps() == 500, "one counted step per sequence, got " + eval.countedSteps());
        assertTrue(eval.accuracy() >= 0.95, "accuracy " + eval.accuracy());
    }

    private static SequenceDataSet signOfSumBatch(Random rng, int mb) {
        int maxLength = 30;
        INDArray f = Nd4j.zeros(DataType.FLOAT, mb, 1, maxLength);
        INDArray l = Nd4j.zeros(DataType.FLOAT, mb, 2, maxLength);
        INDArray fm = Nd4j.zeros(DataType.FLOAT, mb, maxLength);
        INDArray lm = Nd4j.zeros(DataType.FLOAT, mb, maxLength);
        for (int b = 0; b < mb; b++) {
            int length = 5 + rng.nextInt(26);
            double sum = 0;
            for (int t = 0; t < length; t++) {
                double v = 2 * rng.nextDouble() - 1;
                sum += v;
                f.putScalar(new int[] {b, 0, t}, v);
                fm.putScalar(b, t, 1.0);
            }
            l.putScalar(new int[] {b, sum > 0 ? 1 : 0, length - 1}, 1.0);
            lm.putScalar(b, length - 1, 1.0);
        }
        return new SequenceDataSet(f, l, fm, lm);
    }

    /** One-to-many: a class given at step 0 only; the network emits that class's fixed 10-step pattern. */
    @Test
    void oneToManyPatternFromTheFirstStep() {
        int classes = 3;
        int symbols = 4;
        int length = 10;
        int[][] patterns = new int[classes][length];
        Random rng = new Random(11);
        for (int[] p : patterns) {
            for (int t = 0; t < length; t++) {
                p[t] = rng.nextInt(symbols);
            }
        }
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(2).updater(new Adam(0.02))
                .inputSize(classes)
                .layer(new LSTM.Builder().nOut(16).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(symbols).build()).build();
        Network net = new Network(conf).init();
        int mb = 30;
        INDArray f = Nd4j.zeros(DataType.FLOAT, mb, classes, length);
        INDArray l = Nd4j.zeros(DataType.FLOAT, mb, symbols, length);
        INDArray fm = Nd4j.zeros(DataType.FLOAT, mb, length);
        INDArray lm = Nd4j.ones(DataType.FLOAT, mb, length);
        for (int b = 0; b < mb; b++) {
            int c = b % classes;
            f.putScalar(new int[] {b, c, 0}, 1.0);
            fm.putScalar(b, 0, 1.0);
            for (int t = 0; t < length; t++) {
                l.putScalar(new int[] {b, patterns[c][t], t}, 1.0);
            }
        }
        SequenceDataSet ds = new SequenceDataSet(f, l, fm, lm);
        for (int i = 0; i < 150; i++) {
            net.fit(ds);
        }
        // At inference the features mask would switch steps 1..9 off; the generator's use runs them with no input.
        Evaluation eval = new Evaluation(symbols);
        eval.evalTimeSeries(l, net.output(f), lm);
        assertTrue(eval.accuracy() >= 0.95, "per-step accuracy " + eval.accuracy());
    }

    /** Many-to-many regression: the next value of sine waves of random frequency and phase. */
    @Test
    void nextValueOfSineWaves() {
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(3).updater(new Adam(0.01)).inputSize(1)
                .layer(new GravesLSTM.Builder().nOut(16).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MSE).nOut(1).build()).build();
        Network net = new Network(conf).init();
        Random rng = new Random(5);
        List<SequenceDataSet> train = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            train.add(sineBatch(rng, 32, 40));
        }
        net.fit(new ListSequenceDataSetIterator(train), 15);
        RegressionEvaluation eval = new RegressionEvaluation(1);
        for (int i = 0; i < 5; i++) {
            SequenceDataSet test = sineBatch(rng, 40, 40);
            eval.evalTimeSeries(test.labels(), net.output(test.features()), null);
        }
        assertTrue(eval.meanSquaredError(0) < 0.01, "test MSE " + eval.meanSquaredError(0));
    }

    private static SequenceDataSet sineBatch(Random rng, int mb, int length) {
        INDArray f = Nd4j.zeros(DataType.FLOAT, mb, 1, length);
        INDArray l = Nd4j.zeros(DataType.FLOAT, mb, 1, length);
        for (int b = 0; b < mb; b++) {
            double omega = 0.15 + 0.35 * rng.nextDouble();
            double phase = 2 * Math.PI * rng.nextDouble();
            for (int t = 0; t < length; t++) {
                f.putScalar(new int[] {b, 0, t}, Math.sin(omega * t + phase));
                l.putScalar(new int[] {b, 0, t}, Math.sin(omega * (t + 1) + phase));
            }
        }
        return new SequenceDataSet(f, l);
    }

    /**
     * Character model with truncated BPTT on a generated text with a repeating grammar. A model that knew only
     * character frequencies would score about 2.6 nats per character on it; the bound asks for the grammar.
     */
    @Test
    void characterModelLearnsAGrammar() {
        String text = grammarText(new Random(9), 12_000);
        String vocab = text.chars().distinct().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int v = vocab.length();
        NetworkConfiguration conf = new NetworkConfiguration.Builder().seed(4).updater(new Adam(0.01)).inputSize(v)
                .layer(new GravesLSTM.Builder().nOut(48).build())
                .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(v).build())
                .backpropType(BackpropType.TruncatedBPTT).tBPTTLength(25).build();
        Network net = new Network(conf).init();
        int mb = 16;
        int length = 100;
        List<SequenceDataSet> batches = new ArrayList<>();
        for (int start = 0; start + mb * (length + 1) <= text.length() - 2000; start += mb * (length + 1)) {
            batches.add(characterBatch(text, vocab, start, mb, length));
        }
        net.fit(new ListSequenceDataSetIterator(batches), 6);
        SequenceDataSet held = characterBatch(text, vocab, text.length() - 2000, 8, 200);
        double perChar = net.lossPerStep(held);
        assertTrue(perChar < 1.2, "loss per character " + perChar);
    }

    private static String grammarText(Random rng, int size) {
        String[] subjects = {"the cat", "a dog", "my friend", "the old man"};
        String[] verbs = {"sees", "likes", "finds", "wants"};
        String[] objects = {"the ball", "a red hat", "some bread", "the moon"};
        StringBuilder sb = new StringBuilder();
        while (sb.length() < size) {
            sb.append(subjects[rng.nextInt(subjects.length)]).append(' ').append(verbs[rng.nextInt(verbs.length)])
                    .append(' ').append(objects[rng.nextInt(objects.length)]).append(". ");
        }
        return sb.toString();
    }

    private static SequenceDataSet characterBatch(String text, String vocab, int start, int mb, int length) {
        int v = vocab.length();
        INDArray f = Nd4j.zeros(DataType.FLOAT, mb, v, length);
        INDArray l = Nd4j.zeros(DataType.FLOAT, mb, v, length);
        for (int b = 0; b < mb; b++) {
            int offset = start + b * (length + 1);
            for (int t = 0; t < length; t++) {
                f.putScalar(new int[] {b, vocab.indexOf(text.charAt(offset + t)), t}, 1.0);
                l.putScalar(new int[] {b, vocab.indexOf(text.charAt(offset + t + 1)), t}, 1.0);
            }
        }
        return new SequenceDataSet(f, l);
    }
}
