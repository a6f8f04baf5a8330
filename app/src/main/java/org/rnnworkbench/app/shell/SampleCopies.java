package org.rnnworkbench.app.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Copies a sample project folder, whole, into a new folder; a half-made copy is never left under the name. Each
 * copy remembers which version of the sample it was made from (a fingerprint of the sample's files in
 * {@value #ORIGIN_FILE}), so that a newer sample shipped with a newer workbench can be offered in its place.
 */
final class SampleCopies {
    /** The file in a copy that holds the fingerprint of the sample it was made from. */
    static final String ORIGIN_FILE = ".sample-origin";

    private SampleCopies() {
    }

    /** A fingerprint of the sample's files (names and contents), hex. */
    static String fingerprint(Path sample) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (Path file : copiedFiles(sample)) {
            digest.update(sample.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Whether {@code copy} was made from another version of {@code sample} (or by a workbench that did not say). */
    static boolean isOutdated(Path sample, Path copy) throws IOException {
        Path origin = copy.resolve(ORIGIN_FILE);
        return !Files.isRegularFile(origin) || !Files.readString(origin).strip().equals(fingerprint(sample));
    }

    /** Records that {@code copy} is to be taken as made from the current {@code sample} (the user kept it). */
    static void markCurrent(Path sample, Path copy) throws IOException {
        Files.writeString(copy.resolve(ORIGIN_FILE), fingerprint(sample) + "\n");
    }

    /** Renames {@code copy} out of the way to {@code <name>-<stamp>} beside it and returns the new folder. */
    static Path setAside(Path copy, String stamp) throws IOException {
        Path aside = copy.resolveSibling(copy.getFileName() + "-" + stamp);
        return Files.move(copy, aside);
    }

    private static List<Path> copiedFiles(Path sample) throws IOException {
        try (Stream<Path> walk = Files.walk(sample)) {
            return walk.filter(Files::isRegularFile).filter(SampleCopies::isCopied).sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean isCopied(Path file) {
        return !file.getFileName().toString().endsWith(".sh");
    }

    /** Copies {@code sample} to {@code target} (which must not hold a project yet) through a temporary folder. */
    static void copy(Path sample, Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
        try {
            List<Path> all;
            try (Stream<Path> walk = Files.walk(sample)) {
                all = walk.collect(Collectors.toList());
            }
            for (Path source : all) {
                Path dest = temp.resolve(sample.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else if (isCopied(source)) {
                    Files.copy(source, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            Files.writeString(temp.resolve(ORIGIN_FILE), fingerprint(sample) + "\n");
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(temp)) {
                deleteTree(temp);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList());
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
