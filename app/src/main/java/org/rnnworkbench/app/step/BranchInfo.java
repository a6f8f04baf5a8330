package org.rnnworkbench.app.step;

/**
 * What the view shows about one branch of a stream.
 *
 * @param id the branch's number within its stream, 1 for the first
 * @param parentId the branch it forked from, 0 for the first
 * @param forkAt the position (character index in the stream) where it leaves its parent, -1 for the first
 * @param length the number of characters in the branch, prime included
 * @param replaced the parent's character at the fork point, empty for the first branch
 * @param chosen this branch's character at the fork point, empty for the first branch
 * @param tail the branch's last characters, for the list
 */
public record BranchInfo(int id, int parentId, int forkAt, int length, String replaced, String chosen,
        String tail) {

    /** A line for the branch list, e.g. {@code 2  fork at 14: "e" → "a"}. */
    public String label() {
        if (parentId == 0) {
            return id + "  main";
        }
        return id + "  fork of " + parentId + " at " + forkAt + ": " + Glyphs.visible(replaced) + " → "
                + Glyphs.visible(chosen);
    }
}
