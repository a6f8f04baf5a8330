package org.rnnworkbench.app.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rnnworkbench.model.data.FolderFiles;
import org.rnnworkbench.model.data.NumberedFiles;
import org.rnnworkbench.model.data.SequenceImportException;

/**
 * How many files a numbered pattern or a folder matches, for the live count under the pattern field.
 *
 * @param found files that exist
 * @param expected files the range names (for a folder, the files found)
 * @param firstMissing the first number of the range with no file, or -1
 * @param firstFile the first existing file, or {@code null}
 * @param problem why nothing can match (a bad pattern, a missing folder), or {@code null}
 */
public record FileMatch(int found, int expected, int firstMissing, Path firstFile, String problem) {

    /** Every one of {@code count} files found, {@code first} the first of them. */
    public static FileMatch complete(int count, Path first) {
        return new FileMatch(count, count, -1, first, null);
    }

    /** Files of a numbered range. */
    public static FileMatch numbered(Path base, String pattern, int first, int last) {
        NumberedFiles files;
        try {
            files = new NumberedFiles(pattern, first, last);
        } catch (IllegalArgumentException e) {
            return new FileMatch(0, 0, -1, null, e.getMessage());
        }
        int found = 0;
        int missing = -1;
        Path firstFile = null;
        for (int n = first; n <= last; n++) {
            Path file = base.resolve(String.format(java.util.Locale.ROOT, files.pattern(), n));
            if (Files.isRegularFile(file)) {
                found++;
                firstFile = firstFile == null ? file : firstFile;
            } else if (missing < 0) {
                missing = n;
            }
        }
        return new FileMatch(found, last - first + 1, missing, firstFile, null);
    }

    /** Files of a folder, in the engine's order. */
    public static FileMatch folder(Path base, String directory, String extension) {
        try {
            List<Path> files = new ArrayList<>(new FolderFiles(directory, extension).resolve(base));
            return complete(files.size(), files.get(0));
        } catch (IllegalArgumentException | SequenceImportException e) {
            return new FileMatch(0, 0, -1, null, e instanceof SequenceImportException
                    ? ((SequenceImportException) e).problem() : e.getMessage());
        }
    }

    /** True when every expected file exists and there is at least one. */
    public boolean complete() {
        return problem == null && found > 0 && found == expected;
    }

    /** In words: {@code 12 files match}, {@code 9 of 12 files found; first missing: 4}, or the problem. */
    public String describe() {
        if (problem != null) {
            return problem;
        }
        if (found == expected) {
            return found == 0 ? "no files match" : found + (found == 1 ? " file matches" : " files match");
        }
        return found + " of " + expected + " files found; first missing: " + firstMissing;
    }
}
