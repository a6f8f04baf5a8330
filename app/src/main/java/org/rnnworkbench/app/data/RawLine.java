package org.rnnworkbench.app.data;

import java.util.List;

/**
 * One line of the raw preview of a file.
 *
 * @param number 1-based line number, as an editor shows it
 * @param text the line as written
 * @param skipped true for a header line the import skips
 * @param cells the values the delimiter splits it into (empty for skipped lines)
 */
public record RawLine(int number, String text, boolean skipped, List<String> cells) {

    public RawLine {
        cells = List.copyOf(cells);
    }
}
