package org.rnnworkbench.app.step;

/**
 * One character of a stream as it was fed to the network.
 *
 * @param text the character
 * @param index its vocabulary index
 * @param probability the probability the network gave it just before it was fed; NaN when there was no
 *     output yet (the first prime character) or it is not known (restored text)
 * @param distribution the whole output distribution it was chosen from, {@code [vocabularySize]}; {@code null}
 *     when {@code probability} is NaN. Not copied: nobody writes into it after the step that made it
 * @param after the stream's state after the network read this character; what a fork after it restores and
 *     what the memory view draws; {@code null} for restored text
 * @param kind where the character came from
 */
public record Token(String text, int index, double probability, float[] distribution, StreamState after,
        TokenKind kind) {

    /**
     * The same character without its distribution and state: what a long stream keeps of characters older than
     * {@link CharacterSession#RETAINED_STATES}, so that its memory stays bounded.
     */
    public Token withoutState() {
        return distribution == null && after == null ? this : new Token(text, index, probability, null, null, kind);
    }

    /** Whether a fork can start here: the distribution and the state before it are known. */
    public boolean forkable() {
        return kind == TokenKind.GENERATED && distribution != null;
    }
}
