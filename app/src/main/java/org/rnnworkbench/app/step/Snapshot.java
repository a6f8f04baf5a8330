package org.rnnworkbench.app.step;

import java.util.List;
import java.util.Objects;

/**
 * The whole network state of the Step area under a name: for each stream its text, its state and the
 * distribution of its next character, so that generation continues exactly where it was. Saved in the
 * project folder by {@link SnapshotStore}.
 *
 * @param name what the user called it
 * @param savedAt when it was taken, ISO-8601
 * @param numParams the network's parameter count, to refuse a snapshot of another network
 * @param vocabulary the characters of the vocabulary it was taken with
 * @param streams one entry per stream (row of the minibatch)
 */
public record Snapshot(String name, String savedAt, long numParams, String vocabulary, List<Stream> streams) {

    public Snapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(savedAt, "savedAt");
        vocabulary = vocabulary == null ? "" : vocabulary;
        streams = List.copyOf(streams);
        if (streams.isEmpty()) {
            throw new IllegalArgumentException("a snapshot holds at least one stream");
        }
    }

    /**
     * One stream of a snapshot.
     *
     * @param text the stream's text up to this point
     * @param next the next character's distribution {@code [vocabularySize]}
     * @param state the stream's state after the text
     */
    public record Stream(String text, float[] next, StreamState state) {
        public Stream {
            Objects.requireNonNull(text, "text");
            next = next.clone();
            Objects.requireNonNull(state, "state");
        }

        @Override
        public float[] next() {
            return next.clone();
        }
    }
}
