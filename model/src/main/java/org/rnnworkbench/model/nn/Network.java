package org.rnnworkbench.model.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.Bidirectional;
import org.rnnworkbench.model.conf.LayerConf;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.data.SequenceDataSet;
import org.rnnworkbench.model.data.SequenceDataSetIterator;
import org.rnnworkbench.model.train.CancellationToken;
import org.rnnworkbench.model.train.GradientClipping;
import org.rnnworkbench.model.train.IterationEvent;
import org.rnnworkbench.model.train.TrainingDivergedException;
import org.rnnworkbench.model.train.TrainingListener;
import org.rnnworkbench.model.train.Updater;

/**
 * A recurrent network: a stack of layers ending in an {@code RnnOutputLayer}, its parameters, its updater
 * state and the state stored by {@link #rnnTimeStep}. Method names follow the DL4J guide.
 *
 * <p>Arrays in and out are time series {@code [miniBatch, size, time]} with masks {@code [miniBatch, time]},
 * except where a method says otherwise. Parameters live in one flat vector; each layer's named parameters
 * are views into it. Not thread-safe: one thread trains or runs a network at a time.
 */
public final class Network {
    private static final int ALL_STEPS = Integer.MAX_VALUE;

    private final NetworkConfiguration conf;
    private final List<Layer> layers = new ArrayList<>();
    private final INDArray params;
    private final INDArray gradient;
    /** The parameters after a step, checked before they replace {@link #params}: kept, not allocated per step. */
    private final INDArray nextParams;
    /** 1 where L2 and weight decay apply (weights), 0 for biases; {@code [numParams]}. */
    private final INDArray regularized;
    private final Updater updater;
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Map<String, INDArray>> storedState = new ArrayList<>();
    /** While non-null, the stepper holds the stored state and {@link #storedState} is out of date. */
    private FloatStepper stepper;
    private boolean initialized;
    private long iterationCount;
    private int epochCount;

    public Network(NetworkConfiguration conf) {
        this.conf = conf;
        DataType dt = conf.dataType();
        for (LayerConf lc : conf.layers()) {
            layers.add(Layers.create(lc));
            storedState.add(Map.of());
        }
        long total = layers.stream().mapToLong(l -> l.parameters().length()).sum();
        params = Nd4j.zeros(dt, total);
        nextParams = Nd4j.zeros(dt, total);
        gradient = Nd4j.zeros(dt, total);
        regularized = Nd4j.zeros(dt, total);
        long offset = 0;
        for (Layer layer : layers) {
            long len = layer.parameters().length();
            layer.bind(params.get(NDArrayIndex.interval(offset, offset + len)),
                    gradient.get(NDArrayIndex.interval(offset, offset + len)));
            long inner = offset;
            for (ParameterBlock.Spec s : layer.parameters().specs()) {
                if (s.regularized()) {
                    regularized.get(NDArrayIndex.interval(inner, inner + s.length())).assign(1.0);
                }
                inner += s.length();
            }
            offset += len;
        }
        updater = new Updater(conf.updater(), total, dt);
    }

    /** Initialises the parameters from the configuration's seed: the same seed gives the same network. */
    public Network init() {
        SplittableRandom rng = new SplittableRandom(conf.seed());
        for (Layer layer : layers) {
            layer.initialize(rng.split());
        }
        initialized = true;
        return this;
    }

    /** Initialises with the given parameters {@code [numParams]} (copied). */
    public Network init(INDArray parameters) {
        initialized = true;
        setParams(parameters);
        return this;
    }

    public NetworkConfiguration getConfiguration() {
        return conf;
    }

    public int getnLayers() {
        return layers.size();
    }

    // ---------------------------------------------------------------- inference

    /**
     * The network's output for a minibatch, starting from zero state.
     *
     * @param features {@code [miniBatch, nIn, time]}
     * @return {@code [miniBatch, nOut, time]}, zero at steps the (absent) features mask leaves out
     */
    public INDArray output(INDArray features) {
        return output(features, null);
    }

    /**
     * @param features {@code [miniBatch, nIn, time]}
     * @param featuresMask {@code [miniBatch, time]} or {@code null}
     * @return {@code [miniBatch, nOut, time]}, zero where the features mask is 0
     */
    public INDArray output(INDArray features, INDArray featuresMask) {
        Forward f = forward(features, featuresMask, null, false, null);
        return TimeMajor.toSeries(f.last().output(), f.miniBatch);
    }

    /**
     * The output for evaluation against labels: a step is active where the features mask or the labels mask
     * marks it, as in training. One-to-many data needs this: its features mask marks only the first steps, but
     * the outputs to evaluate are at the steps whose label is present, where the recurrence runs with zero input.
     *
     * @param features {@code [miniBatch, nIn, time]}
     * @param featuresMask {@code [miniBatch, time]} or {@code null}
     * @param labelsMask {@code [miniBatch, time]} or {@code null}
     * @return {@code [miniBatch, nOut, time]}, zero at steps neither mask marks
     */
    public INDArray output(INDArray features, INDArray featuresMask, INDArray labelsMask) {
        Forward f = forward(features, featuresMask, labelsMask, true, null);
        return TimeMajor.toSeries(f.last().output(), f.miniBatch);
    }

    /**
     * Every layer's activations for a minibatch: element 0 is the input, element {@code i + 1} the output of
     * layer {@code i}, each {@code [miniBatch, size, time]}.
     */
    public List<INDArray> feedForward(INDArray features, INDArray featuresMask) {
        Forward f = forward(features, featuresMask, null, false, null);
        List<INDArray> result = new ArrayList<>();
        result.add(TimeMajor.toSeries(f.input, f.miniBatch));
        for (LayerPass p : f.passes) {
            result.add(TimeMajor.toSeries(p.output(), f.miniBatch));
        }
        return result;
    }

    public List<INDArray> feedForward(INDArray features) {
        return feedForward(features, null);
    }

    /**
     * The score of a minibatch from zero state: loss summed over steps whose label is present, divided by the
     * minibatch size, plus L2.
     */
    public double score(SequenceDataSet data) {
        return scoreFrom(data, null).score();
    }

    /** Summed loss over present label steps divided by their number; what the workbench plots. */
    public double lossPerStep(SequenceDataSet data) {
        return scoreFrom(data, null).lossPerStep();
    }

    /**
     * Like {@link #score(SequenceDataSet)}, but starting from the state {@link #rnnTimeStep} stored (zero where
     * none is stored). The stored state is not changed.
     */
    public double score(SequenceDataSet data, boolean fromStoredState) {
        return scoreFrom(data, fromStoredState ? storedStateOrNull(data.miniBatchSize()) : null).score();
    }

    private GradientAndScore scoreFrom(SequenceDataSet data, List<Map<String, INDArray>> initial) {
        Forward f = forward(data.features(), data.featuresMask(), data.labelsMask(), true, initial);
        Loss loss = loss(f, data);
        return new GradientAndScore(null, loss.sum / f.miniBatch + l2Term(), loss.perStep());
    }

    // ---------------------------------------------------------------- gradients and training

    /**
     * The gradient of {@link #score(SequenceDataSet)} for a minibatch, L2 included. Under truncated BPTT the
     * whole minibatch is one segment and gradients reach back {@code tBPTTBackwardLength} steps.
     */
    public GradientAndScore computeGradientAndScore(SequenceDataSet data) {
        return computeGradientAndScore(data, false);
    }

    /**
     * @param fromStoredState start from the state {@link #rnnTimeStep} stored, treated as a constant
     */
    public GradientAndScore computeGradientAndScore(SequenceDataSet data, boolean fromStoredState) {
        requireInitialized();
        List<Map<String, INDArray>> initial = fromStoredState ? storedStateOrNull(data.miniBatchSize()) : null;
        Backprop b = backprop(data, initial, backwardLength());
        INDArray g = gradient.dup();
        if (conf.l2() > 0) {
            g.addi(params.mul(regularized).muli(conf.l2()));
        }
        return new GradientAndScore(g, b.score, b.lossPerStep);
    }

    /** One update per minibatch (per segment under truncated BPTT). */
    public void fit(SequenceDataSet data) {
        fit(data, CancellationToken.none());
    }

    /**
     * Fits one minibatch, checking {@code cancel} between truncated BPTT segments.
     *
     * @return false when cancelled before the minibatch was finished
     * @throws TrainingDivergedException when the score becomes NaN or infinite (that update is not applied)
     */
    public boolean fit(SequenceDataSet data, CancellationToken cancel) {
        requireInitialized();
        if (conf.backpropType() != BackpropType.TruncatedBPTT) {
            Backprop b = backprop(data, null, ALL_STEPS);
            applyUpdate(b, data.miniBatchSize(), data.timeSeriesLength());
            return true;
        }
        int length = data.timeSeriesLength();
        int segment = conf.tBPTTForwardLength();
        List<Map<String, INDArray>> state = null;
        for (int start = 0; start < length; start += segment) {
            if (cancel.isCancelled()) {
                return false;
            }
            int end = Math.min(length, start + segment);
            Backprop b = backprop(data.timeSlice(start, end), state, conf.tBPTTBackwardLength());
            applyUpdate(b, data.miniBatchSize(), end - start);
            state = b.finalStates;
        }
        return true;
    }

    /** Trains for the given number of passes over the iterator's data. */
    public void fit(SequenceDataSetIterator iterator, int epochs) {
        fit(iterator, epochs, CancellationToken.none());
    }

    /**
     * Trains for the given number of passes, checking {@code cancel} between updates.
     *
     * @return true when all epochs ran, false when cancelled (the last completed update stays applied)
     */
    public boolean fit(SequenceDataSetIterator iterator, int epochs, CancellationToken cancel) {
        for (int e = 0; e < epochs; e++) {
            iterator.reset();
            while (iterator.hasNext()) {
                if (cancel.isCancelled() || !fit(iterator.next(), cancel)) {
                    return false;
                }
            }
            int finished = epochCount++;
            listeners.forEach(l -> l.epochDone(finished));
        }
        return true;
    }

    private void applyUpdate(Backprop b, int examples, int steps) {
        if (!Double.isFinite(b.score) || !Double.isFinite(gradient.sumNumber().doubleValue())) {
            throw new TrainingDivergedException(iterationCount, b.score);
        }
        List<INDArray> perLayer = new ArrayList<>();
        layers.forEach(l -> perLayer.add(l.parameters().flatGradients()));
        GradientClipping.apply(conf.gradientNormalization(), conf.gradientNormalizationThreshold(), perLayer);
        if (conf.l2() > 0) {
            gradient.addi(params.mul(regularized).muli(conf.l2()));
        }
        updater.apply(gradient, iterationCount);
        if (conf.weightDecay() > 0) {
            gradient.addi(params.mul(regularized).muli(conf.weightDecay() * conf.updater().learningRate()));
        }
        INDArray next = nextParams.assign(params).subi(gradient);
        double check = next.sumNumber().doubleValue();
        if (!Double.isFinite(check)) {
            // A finite gradient can still throw the parameters past the float range: keep the last good ones.
            throw new TrainingDivergedException(iterationCount, b.score);
        }
        params.assign(next);
        iterationCount++;
        IterationEvent event = new IterationEvent(iterationCount, epochCount, b.score, b.lossPerStep, examples, steps);
        listeners.forEach(l -> l.iterationDone(event));
    }

    private int backwardLength() {
        return conf.backpropType() == BackpropType.TruncatedBPTT ? conf.tBPTTBackwardLength() : ALL_STEPS;
    }

    private Backprop backprop(SequenceDataSet data, List<Map<String, INDArray>> initial, int backwardLength) {
        Forward f = forward(data.features(), data.featuresMask(), data.labelsMask(), true, initial);
        Loss loss = loss(f, data);
        OutputStepLayer.OutputPass out = (OutputStepLayer.OutputPass) f.last();
        INDArray epsilon = out.backwardFromLabels(loss.labels, f.labelsMask, f.miniBatch);
        for (int i = f.passes.size() - 2; i > 0; i--) {
            epsilon = f.passes.get(i).backward(epsilon, backwardLength);
        }
        if (f.passes.size() > 1) {
            f.passes.get(0).backwardToParameters(epsilon, backwardLength);
        }
        List<Map<String, INDArray>> finals = new ArrayList<>();
        f.passes.forEach(p -> finals.add(p.finalState().isEmpty() ? null : p.finalState()));
        return new Backprop(loss.sum / f.miniBatch + l2Term(), loss.perStep(), finals);
    }

    private record Backprop(double score, double lossPerStep, List<Map<String, INDArray>> finalStates) {
    }

    private record Loss(double sum, double presentSteps, INDArray labels) {
        double perStep() {
            return presentSteps == 0 ? 0 : sum / presentSteps;
        }
    }

    private Loss loss(Forward f, SequenceDataSet data) {
        int nOut = conf.outputSize();
        if (data.labels().size(1) != nOut) {
            throw new IllegalArgumentException("labels must be [miniBatch, nOut=" + nOut + ", time], got "
                    + Arrays.toString(data.labels().shape()) + "; the output layer has " + nOut + " units");
        }
        INDArray labels = TimeMajor.toRows(data.labels()).castTo(conf.dataType());
        OutputStepLayer.OutputPass out = (OutputStepLayer.OutputPass) f.last();
        INDArray rowLoss = out.rowLosses(labels);
        double present = labels.size(0);
        if (f.labelsMask != null) {
            rowLoss.muli(f.labelsMask);
            present = f.labelsMask.sumNumber().doubleValue();
        }
        return new Loss(rowLoss.sumNumber().doubleValue(), present, labels);
    }

    private double l2Term() {
        if (conf.l2() == 0) {
            return 0;
        }
        INDArray w = params.mul(regularized);
        return 0.5 * conf.l2() * w.mul(w).sumNumber().doubleValue();
    }

    // ---------------------------------------------------------------- forward pass

    private final class Forward {
        final int miniBatch;
        final INDArray input;
        final INDArray labelsMask;
        final List<LayerPass> passes = new ArrayList<>();

        Forward(int miniBatch, INDArray input, INDArray labelsMask) {
            this.miniBatch = miniBatch;
            this.input = input;
            this.labelsMask = labelsMask;
        }

        LayerPass last() {
            return passes.get(passes.size() - 1);
        }
    }

    /**
     * Runs every layer. A step is active where the features mask is 1, or in training also where the labels
     * mask is 1; with either mask absent in training every step is active.
     */
    private Forward forward(INDArray features, INDArray featuresMask, INDArray labelsMask, boolean training,
            List<Map<String, INDArray>> initial) {
        requireInitialized();
        if (features.rank() != 3 || features.size(1) != conf.inputSize()) {
            throw new IllegalArgumentException("features must be [miniBatch, nIn=" + conf.inputSize()
                    + ", time], got " + Arrays.toString(features.shape()));
        }
        int mb = (int) features.size(0);
        long steps = features.size(2);
        requireMask("featuresMask", featuresMask, mb, steps);
        requireMask("labelsMask", labelsMask, mb, steps);
        DataType dt = conf.dataType();
        INDArray x = TimeMajor.toRows(features).castTo(dt);
        INDArray fm = featuresMask == null ? null : TimeMajor.maskToColumn(featuresMask).castTo(dt);
        INDArray lm = labelsMask == null ? null : TimeMajor.maskToColumn(labelsMask).castTo(dt);
        if (fm != null) {
            x.muliColumnVector(fm);
        }
        INDArray active;
        if (!training) {
            active = fm;
        } else {
            active = fm == null || lm == null ? null : Transforms.max(fm, lm, true);
        }
        Forward f = new Forward(mb, x, lm);
        INDArray current = x;
        for (int i = 0; i < layers.size(); i++) {
            Map<String, INDArray> init = initial == null ? null : initial.get(i);
            LayerPass pass = layers.get(i).forward(current, mb, active, init);
            f.passes.add(pass);
            current = pass.output();
        }
        return f;
    }

    private static void requireMask(String name, INDArray mask, int mb, long steps) {
        if (mask != null && (mask.rank() != 2 || mask.size(0) != mb || mask.size(1) != steps)) {
            throw new IllegalArgumentException(name + " must be [miniBatch=" + mb + ", time=" + steps + "], got "
                    + Arrays.toString(mask.shape()));
        }
    }

    private void requireInitialized() {
        if (!initialized) {
            throw new IllegalStateException("the network has no parameters yet; call init() first");
        }
    }

    // ---------------------------------------------------------------- stored state

    /**
     * Runs the network from the stored state and stores the state after the last step, so that a sequence fed
     * in pieces gives the same outputs as {@link #output} on the whole.
     *
     * @param input one step {@code [miniBatch, nIn]} or several {@code [miniBatch, nIn, time]}
     * @return {@code [miniBatch, nOut]} for a 2-d input, otherwise {@code [miniBatch, nOut, time]}
     * @throws IllegalStateException when the network has a bidirectional layer, or when the stored state is
     *     for another minibatch size
     */
    public INDArray rnnTimeStep(INDArray input) {
        return rnnTimeStep(input, null);
    }

    /**
     * @param featuresMask {@code [miniBatch, time]} ({@code [miniBatch, 1]} for a 2-d input) or {@code null}
     */
    public INDArray rnnTimeStep(INDArray input, INDArray featuresMask) {
        requireNoBidirectional("rnnTimeStep");
        requireInitialized();
        boolean single = input.rank() == 2;
        if (!single && input.rank() != 3) {
            throw new IllegalArgumentException("rnnTimeStep input must be [miniBatch, nIn] or [miniBatch, nIn, time],"
                    + " got " + Arrays.toString(input.shape()));
        }
        if (input.size(1) != conf.inputSize()) {
            throw new IllegalArgumentException("rnnTimeStep input must have nIn=" + conf.inputSize() + ", got shape "
                    + Arrays.toString(input.shape()));
        }
        int mb = (int) input.size(0);
        if (featuresMask == null && conf.dataType() == DataType.FLOAT && FloatStepper.supports(layers)) {
            return stepWithoutOps(input, mb, single);
        }
        INDArray series = single ? input.reshape(input.size(0), input.size(1), 1) : input;
        Forward f = forward(series, featuresMask, null, false, storedStateOrNull(mb));
        for (int i = 0; i < layers.size(); i++) {
            Map<String, INDArray> fin = f.passes.get(i).finalState();
            storedState.set(i, fin.isEmpty() ? Map.of() : fin);
        }
        INDArray out = f.last().output();
        return single ? out.dup('c') : TimeMajor.toSeries(out, mb);
    }

    /**
     * @param input {@code [miniBatch, nIn]} when {@code single}, else {@code [miniBatch, nIn, time]}: a single step
     *     is read as it is, since each ND4J reshape costs about as much as a small layer's step
     */
    private INDArray stepWithoutOps(INDArray input, int mb, boolean single) {
        if (stepper != null && stepper.miniBatch() != mb) {
            int firstRecurrent = 0;
            while (!conf.layers().get(firstRecurrent).isRecurrent()) {
                firstRecurrent++;
            }
            throw minibatchChanged(firstRecurrent, stepper.miniBatch(), mb);
        }
        if (stepper == null) {
            stepper = new FloatStepper(layers, mb, storedStateOrNull(mb));
        }
        int steps = single ? 1 : (int) input.size(2);
        INDArray rows = single ? input : TimeMajor.toRows(input);
        java.nio.FloatBuffer out = stepper.run(rows, steps);
        INDArray result = FloatBlas.toArray(out, (long) steps * mb, conf.outputSize());
        return single ? result : TimeMajor.toSeries(result, mb);
    }

    /** Takes the stored state back from the stepper, if it holds it. */
    private void reclaimState() {
        if (stepper != null) {
            List<Map<String, INDArray>> state = stepper.exportState();
            for (int i = 0; i < state.size(); i++) {
                storedState.set(i, state.get(i));
            }
            stepper = null;
        }
    }

    private IllegalStateException minibatchChanged(int layer, long stored, int given) {
        return new IllegalStateException("layer " + layer + " (" + conf.layers().get(layer).typeName()
                + ") has stored state for minibatch size " + stored + " but the input has minibatch size " + given
                + "; call rnnClearPreviousState() before changing the minibatch size");
    }

    /** Forgets the state stored by {@link #rnnTimeStep}. */
    public void rnnClearPreviousState() {
        stepper = null;
        Collections.fill(storedState, Map.of());
    }

    /**
     * A copy of the state stored for a layer ({@link RecurrentState#ACTIVATIONS}, and {@link
     * RecurrentState#MEMORY} for LSTMs; arrays {@code [miniBatch, nOut]}); empty when none is stored.
     */
    public Map<String, INDArray> rnnGetPreviousState(int layer) {
        requireLayer(layer);
        if (stepper != null) {
            // Read from the stepper without taking the state back, so stepping goes on at full speed.
            return new LinkedHashMap<>(stepper.state(layer));
        }
        return RecurrentState.copyOf(storedState.get(layer));
    }

    /**
     * Replaces a layer's stored state with a copy of {@code state}.
     *
     * @throws IllegalArgumentException when the keys or shapes do not fit the layer
     */
    public void rnnSetPreviousState(int layer, Map<String, INDArray> state) {
        requireLayer(layer);
        requireNoBidirectional("rnnSetPreviousState");
        LayerConf lc = conf.layers().get(layer);
        if (!lc.isRecurrent()) {
            throw new IllegalArgumentException("layer " + layer + " (" + lc.typeName()
                    + ") is not recurrent and has no state");
        }
        List<String> expected = lc.typeName().contains("LSTM")
                ? List.of(RecurrentState.ACTIVATIONS, RecurrentState.MEMORY) : List.of(RecurrentState.ACTIVATIONS);
        if (!state.keySet().containsAll(expected) || state.size() != expected.size()) {
            throw new IllegalArgumentException("layer " + layer + " (" + lc.typeName() + ") state needs keys "
                    + expected + ", got " + state.keySet());
        }
        Long mb = null;
        Map<String, INDArray> copy = new LinkedHashMap<>();
        for (String key : expected) {
            INDArray a = state.get(key);
            if (a.rank() != 2 || a.size(1) != lc.nOut() || (mb != null && a.size(0) != mb)) {
                throw new IllegalArgumentException("layer " + layer + " (" + lc.typeName() + ") state '" + key
                        + "' must be [miniBatch, nOut=" + lc.nOut() + "], got " + Arrays.toString(a.shape()));
            }
            mb = a.size(0);
            copy.put(key, a.castTo(conf.dataType()).dup('c'));
        }
        if (stepper != null && mb != null && mb == stepper.miniBatch()) {
            stepper.setState(layer, copy);
            return;
        }
        reclaimState();
        storedState.set(layer, copy);
    }

    /**
     * A copy of every layer's stored state, in layer order (empty maps for layers without state): what a
     * generator saves to fork or to snapshot.
     */
    public List<Map<String, INDArray>> rnnGetPreviousStates() {
        List<Map<String, INDArray>> all = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            all.add(rnnGetPreviousState(i));
        }
        return all;
    }

    /** Sets every recurrent layer's stored state from {@link #rnnGetPreviousStates()}'s form; empty maps are skipped. */
    public void rnnSetPreviousStates(List<Map<String, INDArray>> states) {
        if (states.size() != layers.size()) {
            throw new IllegalArgumentException("expected a state for each of the " + layers.size() + " layers, got "
                    + states.size());
        }
        for (int i = 0; i < states.size(); i++) {
            if (!states.get(i).isEmpty()) {
                rnnSetPreviousState(i, states.get(i));
            }
        }
    }

    /** The stored state of every layer, or null when none is stored; checks the minibatch size. */
    private List<Map<String, INDArray>> storedStateOrNull(int miniBatch) {
        reclaimState();
        List<Map<String, INDArray>> result = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < storedState.size(); i++) {
            Map<String, INDArray> s = storedState.get(i);
            if (s.isEmpty()) {
                result.add(null);
                continue;
            }
            long stored = s.values().iterator().next().size(0);
            if (stored != miniBatch) {
                throw minibatchChanged(i, stored, miniBatch);
            }
            result.add(s);
            any = true;
        }
        return any ? result : null;
    }

    private void requireNoBidirectional(String operation) {
        for (int i = 0; i < layers.size(); i++) {
            if (conf.layers().get(i) instanceof Bidirectional) {
                throw new IllegalStateException(operation + " is not possible: layer " + i
                        + " (Bidirectional) reads the sequence backwards from its end, which step-by-step input "
                        + "does not have; use output() on the whole sequence");
            }
        }
    }

    private void requireLayer(int layer) {
        if (layer < 0 || layer >= layers.size()) {
            throw new IndexOutOfBoundsException("layer " + layer + " does not exist; the network has layers 0 to "
                    + (layers.size() - 1));
        }
    }

    // ---------------------------------------------------------------- parameters

    /** All parameters, {@code [numParams]}: a live view, layer after layer in each layer's parameter order. */
    public INDArray params() {
        return params;
    }

    /** Copies the given values {@code [numParams]} into the parameters. */
    public void setParams(INDArray values) {
        if (values.length() != params.length()) {
            throw new IllegalArgumentException("expected " + params.length() + " parameters, got " + values.length());
        }
        params.assign(values.reshape(values.length()).castTo(conf.dataType()));
    }

    public long numParams() {
        return params.length();
    }

    public long numParams(int layer) {
        requireLayer(layer);
        return layers.get(layer).parameters().length();
    }

    /**
     * The named parameters of a layer as live views: {@code W [nIn, k]}, {@code RW [nOut, k]}, {@code b [1, k]};
     * a bidirectional layer's names carry the prefixes {@code f} and {@code b}.
     */
    public Map<String, INDArray> paramTable(int layer) {
        requireLayer(layer);
        return layers.get(layer).parameters().params();
    }

    /** One parameter of a layer, as a live view. */
    public INDArray getParam(int layer, String name) {
        requireLayer(layer);
        return layers.get(layer).parameters().param(name);
    }

    /** Copies values into one parameter of a layer; the shape must match. */
    public void setParam(int layer, String name, INDArray values) {
        INDArray target = getParam(layer, name);
        if (!Arrays.equals(target.shape(), values.shape())) {
            throw new IllegalArgumentException("layer " + layer + " parameter " + name + " has shape "
                    + Arrays.toString(target.shape()) + ", got " + Arrays.toString(values.shape()));
        }
        target.assign(values.castTo(conf.dataType()));
    }

    /** The gradient of the last backward pass for a layer's named parameters (live views). */
    public Map<String, INDArray> gradientTable(int layer) {
        requireLayer(layer);
        return layers.get(layer).parameters().gradients();
    }

    /**
     * The L2 norm of a layer's parameters, all of them together: what {@link #paramTable(int)}'s arrays measure as
     * one vector. Read without making arrays, so that a monitor can sample it after every update.
     */
    public double paramNorm(int layer) {
        requireLayer(layer);
        return VectorNorms.l2(layers.get(layer).parameters().flatParams());
    }

    /**
     * The L2 norm of a layer's gradient view, all of it together. Right after {@link #fit} it holds the update
     * just applied (the step subtracted from the parameters), so this is the update's norm.
     */
    public double gradientNorm(int layer) {
        requireLayer(layer);
        return VectorNorms.l2(layers.get(layer).parameters().flatGradients());
    }

    /** Number of updates applied so far (each truncated BPTT segment counts). */
    public long getIterationCount() {
        return iterationCount;
    }

    public int getEpochCount() {
        return epochCount;
    }

    /** Restores the counters of a saved model, so that Adam's bias correction and epoch numbers continue. */
    public void restoreTrainingProgress(long iterations, int epochs) {
        if (iterations < 0 || epochs < 0) {
            throw new IllegalArgumentException("iteration and epoch counts cannot be negative");
        }
        this.iterationCount = iterations;
        this.epochCount = epochs;
    }

    /** The updater with its state (e.g. to save it with the model). */
    public Updater getUpdater() {
        return updater;
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    public void setListeners(TrainingListener... newListeners) {
        listeners.clear();
        listeners.addAll(Arrays.asList(newListeners));
    }
}
