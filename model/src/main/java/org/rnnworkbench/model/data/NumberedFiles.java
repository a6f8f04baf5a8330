package org.rnnworkbench.model.data;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.datavec.api.split.NumberedFileInputSplit;

/**
 * Files named by a pattern and a range, as DataVec's {@link NumberedFileInputSplit}: {@code myInput_%d.csv}
 * with {@code first = 0, last = 9} is {@code myInput_0.csv ... myInput_9.csv}; {@code %03d} pads with zeros
 * ({@code myInput_007.csv}). Every file in the range must exist.
 *
 * @param pattern path with exactly one {@code %d} or {@code %0Nd} (N a single digit)
 * @param first first number, inclusive
 * @param last last number, inclusive
 */
public record NumberedFiles(String pattern, int first, int last) implements SequenceFiles {
    private static final Pattern PLACEHOLDER = Pattern.compile("%(0\\d)?d");

    public NumberedFiles {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a numbered file pattern is needed, such as myInput_%d.csv");
        }
        long placeholders = PLACEHOLDER.matcher(pattern).results().count();
        if (placeholders != 1 || pattern.replaceFirst(PLACEHOLDER.pattern(), "").contains("%")) {
            throw new IllegalArgumentException("the pattern \"" + pattern + "\" must contain exactly one %d or"
                    + " %0Nd (such as %03d) where the file number goes, and no other %");
        }
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("the range of file numbers must satisfy 0 <= first <= last, got "
                    + first + ".." + last);
        }
    }

    @Override
    public List<Path> resolve(Path baseDirectory) {
        String absolute = baseDirectory.resolve(pattern).toString();
        URI[] locations = new NumberedFileInputSplit(absolute, first, last).locations();
        List<Path> files = new ArrayList<>(locations.length);
        for (int i = 0; i < locations.length; i++) {
            Path file = Path.of(locations[i]);
            if (!Files.isRegularFile(file)) {
                throw SequenceImportException.inFile(file, "file " + (first + i) + " of the numbered range "
                        + first + ".." + last + " is missing");
            }
            files.add(file);
        }
        return files;
    }
}
