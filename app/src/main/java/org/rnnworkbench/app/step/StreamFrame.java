package org.rnnworkbench.app.step;

import java.util.List;

/**
 * What one stream looks like after a step, as the view draws it: the active branch's characters, every
 * branch of the stream, and the distribution of the next character. Immutable; made on the worker thread
 * and read on the UI thread.
 *
 * @param tokens the active branch, prime included
 * @param branches every branch of the stream, the first one first
 * @param activeBranch the id of the branch shown
 * @param next the next character's distribution {@code [vocabularySize]}, empty before priming
 * @param forkPoints positions in {@code tokens} where another branch leaves this one
 */
public record StreamFrame(List<Token> tokens, List<BranchInfo> branches, int activeBranch, float[] next,
        List<Integer> forkPoints) {

    public StreamFrame {
        tokens = List.copyOf(tokens);
        branches = List.copyOf(branches);
        forkPoints = List.copyOf(forkPoints);
    }

    /** The active branch as plain text. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        tokens.forEach(t -> sb.append(t.text()));
        return sb.toString();
    }

    /** The number of generated characters in the active branch. */
    public long generatedCount() {
        return tokens.stream().filter(t -> t.kind() == TokenKind.GENERATED).count();
    }
}
