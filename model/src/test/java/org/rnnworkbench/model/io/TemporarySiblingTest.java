package org.rnnworkbench.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporarySiblingTest {
    @TempDir
    Path dir;

    @Test
    void aTemporaryFileSitsBesideItsTargetHiddenAndDistinct() throws IOException {
        Path target = dir.resolve("model.rnnwb");
        Path a = TemporarySibling.create(target);
        Path b = TemporarySibling.create(target);
        assertEquals(dir.toAbsolutePath(), a.getParent());
        assertTrue(a.getFileName().toString().startsWith(".model.rnnwb.") && a.getFileName().toString().endsWith(".tmp"));
        assertNotEquals(a, b);
        assertEquals(0, Files.size(a));
    }

    @Test
    void itGetsThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions only");
        Path temp = TemporarySibling.create(dir.resolve("project.json"));
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(temp),
                "the umask decides, as for every file the user makes");
    }
}
