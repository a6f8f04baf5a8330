package org.rnnworkbench.app.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rnnworkbench.model.data.SequenceImportException;

/** Reads a whole UTF-8 text, without a leading byte order mark, reporting problems as import errors. */
final class TextFiles {
    private static final char BOM = '\uFEFF';

    private TextFiles() {
    }

    static String read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw SequenceImportException.inFile(file, "the file does not exist");
        } catch (CharacterCodingException e) {
            throw SequenceImportException.inFile(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw SequenceImportException.inFile(file, "could not be read: " + e.getMessage());
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
