package org.rnnworkbench.model.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens text files as UTF-8 and drops a leading byte order mark, which would otherwise be read as part of the
 * first value (it is then not a number).
 */
final class Utf8Files {
    private static final int BOM_1 = 0xEF;
    private static final int BOM_2 = 0xBB;
    private static final int BOM_3 = 0xBF;

    private Utf8Files() {
    }

    /** The file's bytes after any UTF-8 byte order mark. */
    static InputStream open(Path file) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.mark(3);
            if (!(in.read() == BOM_1 && in.read() == BOM_2 && in.read() == BOM_3)) {
                in.reset();
            }
            return in;
        } catch (NoSuchFileException e) {
            throw SequenceImportException.inFile(file, "the file does not exist");
        } catch (IOException e) {
            throw SequenceImportException.inFile(file, "could not be read: " + e.getMessage());
        }
    }

    /**
     * Every byte of the file, the byte order mark included; the text starts at {@link #textStart}.
     */
    static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw SequenceImportException.inFile(file, "the file does not exist");
        } catch (IOException e) {
            throw SequenceImportException.inFile(file, "could not be read: " + e.getMessage());
        }
    }

    /** Where the text of {@code bytes} starts: after a UTF-8 byte order mark, if there is one. */
    static int textStart(byte[] bytes) {
        boolean mark = bytes.length >= 3 && (bytes[0] & 0xFF) == BOM_1 && (bytes[1] & 0xFF) == BOM_2
                && (bytes[2] & 0xFF) == BOM_3;
        return mark ? 3 : 0;
    }

    /** A reader of the file's characters after any byte order mark. */
    static BufferedReader reader(Path file) {
        return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8));
    }
}
