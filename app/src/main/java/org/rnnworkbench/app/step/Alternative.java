package org.rnnworkbench.app.step;

/**
 * One possible next token and the probability the network gave it.
 *
 * @param index the token's index in the output (the vocabulary index for a character model)
 * @param text how the token is shown
 * @param probability its probability, 0 to 1
 */
public record Alternative(int index, String text, double probability) {
}
