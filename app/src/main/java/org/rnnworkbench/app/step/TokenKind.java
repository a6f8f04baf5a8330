package org.rnnworkbench.app.step;

/** Where a character in a stream came from. */
public enum TokenKind {
    /** Typed by the user in the prime box and fed to the network. */
    PRIME,
    /** Chosen from the network's output. */
    GENERATED,
    /** Text of a restored snapshot: shown, but its distributions and states were not kept. */
    RESTORED
}
