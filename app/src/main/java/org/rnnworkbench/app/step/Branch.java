package org.rnnworkbench.app.step;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of text in a stream: every character from the prime on, sharing the characters before its fork
 * point with the branch it came from (tokens are immutable, so sharing costs one reference each), and the
 * distribution the network gave for the character after its last one.
 */
final class Branch {
    final int id;
    final int parentId;
    final int forkAt;
    final List<Token> tokens;
    /** The network's output after the last token, {@code [vocabularySize]}; what the next step samples from. */
    float[] next;

    Branch(int id, int parentId, int forkAt, List<Token> tokens, float[] next) {
        this.id = id;
        this.parentId = parentId;
        this.forkAt = forkAt;
        this.tokens = new ArrayList<>(tokens);
        this.next = next;
    }

    /** The state after the last token, which the network's row for this stream holds while the branch is active. */
    StreamState endState() {
        return tokens.get(tokens.size() - 1).after();
    }

    BranchInfo info(List<Branch> all) {
        String replaced = "";
        String chosen = "";
        if (parentId != 0) {
            Branch parent = all.get(parentId - 1);
            replaced = forkAt < parent.tokens.size() ? parent.tokens.get(forkAt).text() : "";
            chosen = tokens.get(forkAt).text();
        }
        StringBuilder tail = new StringBuilder();
        for (int i = Math.max(Math.max(forkAt, 0), tokens.size() - 40); i < tokens.size(); i++) {
            tail.append(Glyphs.visible(tokens.get(i).text()).equals("↵") ? "↵" : tokens.get(i).text());
        }
        return new BranchInfo(id, parentId, forkAt, tokens.size(), replaced, chosen, tail.toString());
    }
}
