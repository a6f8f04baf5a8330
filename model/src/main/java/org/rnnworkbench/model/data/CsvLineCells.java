package org.rnnworkbench.model.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Walks the lines of a file's UTF-8 bytes and splits each into cells at a one-byte delimiter, exactly as the
 * DataVec reader this replaces did with {@code BufferedReader.readLine} and {@link String#split(String)}:
 * <ul>
 *   <li>a line ends at LF, CR or CRLF; text after the last line end is a last line; a file ending in a line
 *       end has no empty line after it;</li>
 *   <li>a line without the delimiter is one cell, even when empty; otherwise the line is cut at every
 *       delimiter and empty cells at its end are dropped, so {@code 1,2,} has two cells and {@code ,,} none.</li>
 * </ul>
 * Working on bytes is exact for this: line ends and the delimiters are ASCII, and in UTF-8 an ASCII byte is
 * never part of another character. Cells are given as byte ranges; {@link #text(int)} decodes one when its
 * words are needed (a message, a value that is not a plain number). Reused from line to line: one per file
 * reader, not thread-safe.
 */
final class CsvLineCells {
    private final byte delimiter;
    private byte[] bytes;
    private int end;
    private int next;
    private int lineStart;
    private int lineEnd;
    /** Cell {@code i} is {@code bytes[bounds[2i], bounds[2i+1])}. */
    private int[] bounds = new int[32];
    private int cells;

    CsvLineCells(Delimiter delimiter) {
        this.delimiter = (byte) delimiter.symbol();
    }

    /** Starts on {@code bytes[from, to)}, before its first line. */
    void reset(byte[] text, int from, int to) {
        this.bytes = text;
        this.next = from;
        this.end = to;
        this.cells = 0;
    }

    /** Moves past the next line without splitting it; false when there is none. */
    boolean skipLine() {
        if (next >= end) {
            return false;
        }
        findLineEnd();
        return true;
    }

    /** Moves to the next line and splits it; false when there is none. */
    boolean nextLine() {
        if (next >= end) {
            return false;
        }
        // one pass over the line finds both its cells and its end
        cells = 0;
        lineStart = next;
        int cellStart = next;
        int i = next;
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b == delimiter) {
                add(cellStart, i);
                cellStart = i + 1;
            } else if (b == '\n' || b == '\r') {
                break;
            }
        }
        lineEnd = i;
        next = afterLineEnd(i);
        if (cells == 0) {
            add(lineStart, lineEnd);
            return true;
        }
        add(cellStart, lineEnd);
        // String.split drops empty cells at the end of a line
        while (cells > 0 && end(cells - 1) == start(cells - 1)) {
            cells--;
        }
        return true;
    }

    /** Number of cells of the current line. */
    int cells() {
        return cells;
    }

    /** Bytes of the current line, its line end included. */
    int lineLength() {
        return next - lineStart;
    }

    /** Bytes from the start of the current line to the end of the text. */
    int remaining() {
        return end - lineStart;
    }

    /** The bytes the cells index into. */
    byte[] bytes() {
        return bytes;
    }

    /** First byte of cell {@code i}. */
    int start(int i) {
        return bounds[2 * i];
    }

    /** One past the last byte of cell {@code i}. */
    int end(int i) {
        return bounds[2 * i + 1];
    }

    /** Cell {@code i} as text. */
    String text(int i) {
        return new String(bytes, start(i), end(i) - start(i), StandardCharsets.UTF_8);
    }

    /** True when the line is one cell of nothing but white space ({@link String#isBlank}), or empty. */
    boolean isBlank() {
        if (cells != 1) {
            return false;
        }
        for (int i = start(0); i < end(0); i++) {
            byte b = bytes[i];
            if (b < 0) {
                return text(0).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    private void findLineEnd() {
        int i = next;
        while (i < end && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        lineStart = next;
        lineEnd = i;
        next = afterLineEnd(i);
    }

    /** Where the line after the one ending at {@code i} starts: CRLF is one line end. */
    private int afterLineEnd(int i) {
        if (i < end && bytes[i] == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    private void add(int from, int to) {
        if (2 * cells + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * cells] = from;
        bounds[2 * cells + 1] = to;
        cells++;
    }
}
