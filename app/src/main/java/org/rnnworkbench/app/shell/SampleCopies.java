package org.rnnworkbench.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Copies a sample project folder, whole, into a new folder; a half-made copy is never left under the name. */
final class SampleCopies {
    private SampleCopies() {
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
                } else if (!source.getFileName().toString().endsWith(".sh")) {
                    Files.copy(source, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
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
