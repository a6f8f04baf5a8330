package org.rnnworkbench.model.data;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.datavec.api.split.FileSplit;

/**
 * Every file in a folder (not its subfolders) whose name ends with an extension, in the numeric order of
 * the last number in each name ({@code walk_2.csv} before {@code walk_10.csv}, which a name sort gets
 * wrong). Listing is DataVec's {@link FileSplit}; the order is ours. A matching file without a number in its
 * name is refused, since its place in the order would be a guess.
 *
 * @param directory the folder
 * @param extension file name ending without the dot, such as {@code csv}
 */
public record FolderFiles(String directory, String extension) implements SequenceFiles {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    public FolderFiles {
        if (directory == null || directory.isBlank()) {
            throw new IllegalArgumentException("a folder is needed");
        }
        if (extension == null || extension.isBlank() || extension.startsWith(".")) {
            throw new IllegalArgumentException("the extension must be given without a dot, such as csv; got \""
                    + extension + "\"");
        }
    }

    @Override
    public List<Path> resolve(Path baseDirectory) {
        Path folder = baseDirectory.resolve(directory);
        if (!Files.isDirectory(folder)) {
            throw SequenceImportException.inFile(folder, "the folder does not exist");
        }
        URI[] locations = new FileSplit(folder.toFile(), new String[] {extension}, false).locations();
        // each name's number is read once, not at every comparison: a folder may hold tens of thousands of files
        List<Numbered> numbered = new ArrayList<>(locations.length);
        for (URI location : locations) {
            Path file = Path.of(location);
            if (Files.isRegularFile(file)) {
                numbered.add(new Numbered(file, number(file), file.getFileName().toString()));
            }
        }
        if (numbered.isEmpty()) {
            throw SequenceImportException.inFile(folder, "no files ending in ." + extension + " in this folder");
        }
        numbered.sort(Comparator.comparing(Numbered::number).thenComparing(Numbered::name));
        List<Path> files = new ArrayList<>(numbered.size());
        for (Numbered n : numbered) {
            files.add(n.file());
        }
        return files;
    }

    /** A file with the number its name ends in, the sort key. */
    private record Numbered(Path file, BigInteger number, String name) {
    }

    private static BigInteger number(Path file) {
        String name = file.getFileName().toString();
        // The extension is left out so that a digit in it (".h5") is not taken for the file's number.
        int dot = name.lastIndexOf('.');
        Matcher m = NUMBER.matcher(dot < 0 ? name : name.substring(0, dot));
        if (!m.find()) {
            throw SequenceImportException.inFile(file, "the file name has no number; files in a folder are taken"
                    + " in the order of the number in their names");
        }
        return new BigInteger(m.group(1));
    }
}
