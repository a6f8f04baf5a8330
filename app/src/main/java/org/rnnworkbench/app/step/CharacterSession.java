package org.rnnworkbench.app.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.data.CharacterVocabulary;
import org.rnnworkbench.model.nn.Network;

/**
 * A character model driven one character at a time: priming, sampling steps in every stream at once (the
 * streams are the rows of one minibatch), forks, branch switches, state snapshots and the check against
 * {@code output()}. Owns the network's stored state; not thread-safe: one background thread uses it, and
 * the UI sees only the immutable {@link StepFrame}s it returns.
 *
 * <p>Invariant: while started, row {@code s} of the network's stored state is the end state of stream
 * {@code s}'s active branch, and that branch's {@code next} is the network's last output for row {@code s}.
 */
public final class CharacterSession {
    /** The most streams side by side; more would not fit the view, and the minibatch stays cheap. */
    public static final int MAX_STREAMS = 4;
    /**
     * Characters per branch whose distribution and state are kept, for hovering, forking and the memory view.
     * Older characters keep their text and probability only, so that Play can run for hours in bounded memory
     * (a 2 x 200 LSTM's state is about 3 KB per character and stream).
     */
    public static final int RETAINED_STATES = 5_000;

    private final Network network;
    private final int retainedStates;
    private final CharacterVocabulary vocabulary;
    private final List<List<Branch>> streams = new ArrayList<>();
    private final List<Integer> active = new ArrayList<>();
    private Random random = new Random(0);
    private long steps;

    /**
     * @param network a network whose input and output sizes equal the vocabulary's size
     * @param vocabulary the characters the network reads and writes
     */
    public CharacterSession(Network network, CharacterVocabulary vocabulary) {
        this(network, vocabulary, RETAINED_STATES);
    }

    /** @param retainedStates characters per branch that keep their distribution and state */
    CharacterSession(Network network, CharacterVocabulary vocabulary, int retainedStates) {
        if (retainedStates < 1) {
            throw new IllegalArgumentException("at least the last character must keep its state");
        }
        this.retainedStates = retainedStates;
        this.network = Objects.requireNonNull(network, "network");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        int in = network.getConfiguration().inputSize();
        int out = network.getConfiguration().outputSize();
        if (in != vocabulary.size() || out != vocabulary.size()) {
            throw new IllegalArgumentException("the network reads " + in + " and writes " + out
                    + " values per step, but the vocabulary has " + vocabulary.size() + " characters");
        }
    }

    public CharacterVocabulary vocabulary() {
        return vocabulary;
    }

    public Network network() {
        return network;
    }

    public boolean isStarted() {
        return !streams.isEmpty();
    }

    public int streamCount() {
        return streams.size();
    }

    /**
     * Clears the stored state ({@code rnnClearPreviousState}) and feeds {@code prime} to {@code streamCount}
     * streams, one character at a time so that every character's state is kept.
     *
     * @param seed seeds the sampling from here on
     * @throws IllegalArgumentException for an empty prime or a character outside the vocabulary
     */
    public StepFrame prime(String prime, int streamCount, long seed) {
        if (prime == null || prime.isEmpty()) {
            throw new IllegalArgumentException("the prime is empty: type at least one character to start from");
        }
        if (streamCount < 1 || streamCount > MAX_STREAMS) {
            throw new IllegalArgumentException("streams must be 1 to " + MAX_STREAMS + ", got " + streamCount);
        }
        int[] encoded = vocabulary.encode(prime);
        clear();
        random = new Random(seed);
        List<Token> tokens = new ArrayList<>();
        float[] before = null;
        List<StreamState> after = null;
        float[][] out = null;
        for (int i = 0; i < encoded.length; i++) {
            int[] column = new int[streamCount];
            java.util.Arrays.fill(column, encoded[i]);
            out = feed(column);
            after = StreamState.capture(network, streamCount);
            double p = before == null ? Double.NaN : before[encoded[i]];
            tokens.add(new Token(vocabulary.decode(encoded[i]), encoded[i], p, before, after.get(0),
                    TokenKind.PRIME));
            before = out[0];
        }
        for (int s = 0; s < streamCount; s++) {
            List<Branch> branches = new ArrayList<>();
            branches.add(new Branch(1, 0, -1, tokens, out[s]));
            streams.add(branches);
            active.add(1);
        }
        return frame();
    }

    /** Reseeds the sampling, e.g. when the user types a new seed while generating. */
    public void reseed(long seed) {
        random = new Random(seed);
    }

    /**
     * One character in every stream, chosen from its branch's next distribution. Returns nothing so that a long
     * run does not build a frame per character; {@link #frame()} makes one when the view wants it.
     */
    public void step(SamplingSettings settings) {
        requireStarted();
        int n = streams.size();
        int[] chosen = new int[n];
        float[][] before = new float[n][];
        for (int s = 0; s < n; s++) {
            before[s] = activeBranch(s).next;
            chosen[s] = Sampler.choose(before[s], settings, random);
        }
        float[][] out = feed(chosen);
        List<StreamState> after = StreamState.capture(network, n);
        for (int s = 0; s < n; s++) {
            Branch b = activeBranch(s);
            b.tokens.add(new Token(vocabulary.decode(chosen[s]), chosen[s], before[s][chosen[s]], before[s],
                    after.get(s), TokenKind.GENERATED));
            b.next = out[s];
            int old = b.tokens.size() - 1 - retainedStates;
            if (old >= 0) {
                b.tokens.set(old, b.tokens.get(old).withoutState());
            }
        }
        steps++;
    }

    /**
     * Forks stream {@code stream} at {@code position}: restores the state from just before that character
     * ({@code rnnSetPreviousState}), feeds {@code index} instead, and makes the new branch active. The old
     * branch stays as it was. Other streams are untouched.
     *
     * @throws IllegalArgumentException when the character at {@code position} was not generated here
     */
    public StepFrame fork(int stream, int position, int index) {
        requireStarted();
        List<Branch> branches = streams.get(stream);
        Branch from = activeBranch(stream);
        boolean inRange = position >= 1 && position < from.tokens.size();
        if (inRange && from.tokens.get(position).kind() == TokenKind.GENERATED
                && (from.tokens.get(position).distribution() == null || from.tokens.get(position - 1).after() == null)) {
            throw new IllegalArgumentException("character " + position + " of stream " + (stream + 1) + " is too far "
                    + "back: the state a fork starts from is kept for the last " + retainedStates + " characters");
        }
        if (!inRange || !from.tokens.get(position).forkable()) {
            throw new IllegalArgumentException("character " + position + " of stream " + (stream + 1)
                    + " was not generated in this session; only generated characters can be forked");
        }
        if (index < 0 || index >= vocabulary.size()) {
            throw new IllegalArgumentException("index " + index + " is outside the vocabulary");
        }
        Token original = from.tokens.get(position);
        StreamState forkState = from.tokens.get(position - 1).after();
        List<StreamState> saved = StreamState.capture(network, streams.size());
        List<StreamState> rows = new ArrayList<>(saved);
        rows.set(stream, forkState);
        StreamState.restore(network, rows);
        int[] input = new int[streams.size()];
        input[stream] = index;
        float[][] out = feed(input);
        StreamState after = StreamState.capture(network, streams.size()).get(stream);
        // the other rows stepped on a dummy input; put them back where they were
        rows = new ArrayList<>(saved);
        rows.set(stream, after);
        StreamState.restore(network, rows);

        List<Token> tokens = new ArrayList<>(from.tokens.subList(0, position));
        tokens.add(new Token(vocabulary.decode(index), index, original.distribution()[index],
                original.distribution(), after, TokenKind.GENERATED));
        Branch fork = new Branch(branches.size() + 1, from.id, position, tokens, out[stream]);
        branches.add(fork);
        active.set(stream, fork.id);
        return frame();
    }

    /** Makes another branch of a stream the active one and restores its end state. */
    public StepFrame switchBranch(int stream, int branchId) {
        requireStarted();
        List<Branch> branches = streams.get(stream);
        if (branchId < 1 || branchId > branches.size()) {
            throw new IllegalArgumentException("stream " + (stream + 1) + " has no branch " + branchId);
        }
        List<StreamState> rows = new ArrayList<>(StreamState.capture(network, streams.size()));
        rows.set(stream, branches.get(branchId - 1).endState());
        StreamState.restore(network, rows);
        active.set(stream, branchId);
        return frame();
    }

    /** Forgets everything: {@code rnnClearPreviousState}, streams, branches. */
    public StepFrame clear() {
        network.rnnClearPreviousState();
        streams.clear();
        active.clear();
        steps = 0;
        return frame();
    }

    /**
     * Runs {@code output()} on the active branch of {@code stream} as one sequence from a cleared state and
     * compares it with the distributions recorded while stepping.
     *
     * @return the largest absolute difference over every step and character
     * @throws IllegalStateException when the stream starts from a restored snapshot (its beginning is not known)
     */
    public double verify(int stream) {
        requireStarted();
        Branch b = activeBranch(stream);
        int length = b.tokens.size();
        for (Token t : b.tokens) {
            if (t.kind() == TokenKind.RESTORED) {
                throw new IllegalStateException("this stream continues a restored snapshot; verify needs the whole "
                        + "sequence from a cleared state: prime again, then verify");
            }
        }
        int v = vocabulary.size();
        INDArray features = Nd4j.zeros(network.getConfiguration().dataType(), 1, v, length);
        for (int t = 0; t < length; t++) {
            features.putScalar(new int[] {0, b.tokens.get(t).index(), t}, 1.0);
        }
        float[][] whole = network.output(features).castTo(DataType.FLOAT).reshape(v, length).toFloatMatrix();
        double max = 0;
        for (int t = 0; t < length; t++) {
            float[] stepped = t + 1 < length ? b.tokens.get(t + 1).distribution() : b.next;
            if (stepped == null) {
                continue; // older than the retained characters: nothing recorded to compare with
            }
            for (int i = 0; i < v; i++) {
                max = Math.max(max, Math.abs(whole[i][t] - stepped[i]));
            }
        }
        return max;
    }

    /** The current state of every stream under a name. */
    public Snapshot snapshot(String name) {
        requireStarted();
        List<Snapshot.Stream> rows = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            Branch b = activeBranch(s);
            StringBuilder text = new StringBuilder();
            b.tokens.forEach(t -> text.append(t.text()));
            rows.add(new Snapshot.Stream(text.toString(), b.next, b.endState()));
        }
        return new Snapshot(name, Instant.now().toString(), network.numParams(), vocabulary.characters(), rows);
    }

    /**
     * Continues from a snapshot: its streams replace the current ones, the network's state is set from it, and
     * the next step samples from the distributions it kept.
     *
     * @throws IllegalArgumentException when the snapshot was taken with another network or vocabulary
     */
    public StepFrame restore(Snapshot snapshot) {
        if (snapshot.numParams() != network.numParams() || !snapshot.vocabulary().equals(vocabulary.characters())) {
            throw new IllegalArgumentException("snapshot '" + snapshot.name() + "' was taken with another model ("
                    + snapshot.numParams() + " parameters) or vocabulary; this model has " + network.numParams()
                    + " parameters");
        }
        if (snapshot.streams().size() > MAX_STREAMS) {
            throw new IllegalArgumentException("snapshot '" + snapshot.name() + "' has " + snapshot.streams().size()
                    + " streams; at most " + MAX_STREAMS + " are possible");
        }
        clear();
        List<StreamState> states = new ArrayList<>();
        for (Snapshot.Stream row : snapshot.streams()) {
            if (row.next().length != vocabulary.size()) {
                throw new IllegalArgumentException("snapshot '" + snapshot.name() + "' has a distribution over "
                        + row.next().length + " characters; the vocabulary has " + vocabulary.size());
            }
            states.add(row.state());
        }
        StreamState.restore(network, states);
        for (Snapshot.Stream row : snapshot.streams()) {
            int[] encoded = vocabulary.encode(row.text());
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < encoded.length; i++) {
                tokens.add(new Token(vocabulary.decode(encoded[i]), encoded[i], Double.NaN, null,
                        i == encoded.length - 1 ? row.state() : null, TokenKind.RESTORED));
            }
            List<Branch> branches = new ArrayList<>();
            branches.add(new Branch(1, 0, -1, tokens, row.next()));
            streams.add(branches);
            active.add(1);
        }
        return frame();
    }

    /** The current frame, for the view. */
    public StepFrame frame() {
        List<StreamFrame> frames = new ArrayList<>();
        for (int s = 0; s < streams.size(); s++) {
            List<Branch> branches = streams.get(s);
            Branch shown = activeBranch(s);
            List<BranchInfo> infos = new ArrayList<>();
            List<Integer> forkPoints = new ArrayList<>();
            for (Branch b : branches) {
                infos.add(b.info(branches));
                if (b.parentId == shown.id) {
                    forkPoints.add(b.forkAt);
                }
                if (shown.parentId == b.id) {
                    forkPoints.add(shown.forkAt);
                }
            }
            frames.add(new StreamFrame(shown.tokens, infos, shown.id, shown.next.clone(), forkPoints));
        }
        return new StepFrame(frames, steps);
    }

    private Branch activeBranch(int stream) {
        return streams.get(stream).get(active.get(stream) - 1);
    }

    private void requireStarted() {
        if (!isStarted()) {
            throw new IllegalStateException("nothing is primed yet: type a prime and press Step");
        }
    }

    /** One step of {@code rnnTimeStep} with one character per stream; returns the output rows. */
    private float[][] feed(int[] indices) {
        INDArray input = Nd4j.zeros(network.getConfiguration().dataType(), indices.length, vocabulary.size());
        for (int s = 0; s < indices.length; s++) {
            input.putScalar(s, indices[s], 1.0);
        }
        return network.rnnTimeStep(input).castTo(DataType.FLOAT).toFloatMatrix();
    }
}
