package org.rnnworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnnworkbench.app.builder.LayerKind;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.builder.LayerSpec;
import org.rnnworkbench.app.builder.Template;
import org.rnnworkbench.model.conf.ConfigurationJson;
import org.rnnworkbench.model.conf.NetworkConfiguration;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private ProjectStore store(AtomicFileWriter writer) {
        return new ProjectStore(new ProjectFormat(), writer, dir.resolve("home/untitled.autosave.json"));
    }

    private final ProjectDocument charModel =
            new ProjectDocument("char", Template.CHARACTER_MODEL.draft(), "two layers of 200");

    @Test
    void saveAndLoadGiveAnEqualProject() throws Exception {
        ProjectStore store = store(new AtomicFileWriter());
        Path folder = dir.resolve("char");
        store.save(folder, charModel);
        assertEquals(charModel, store.load(folder));
        assertEquals(charModel, store.load(folder.resolve(ProjectStore.PROJECT_FILE)));
    }

    @Test
    void anInvalidDraftIsSavedAsIsWithoutEngineConfiguration() throws Exception {
        ModelDraft invalid = ModelDraft.empty(3).withLayerInserted(0, LayerSpec.of(LayerKind.RNN_OUTPUT, 2))
                .withLayerInserted(1, LayerSpec.of(LayerKind.LSTM, 4));
        ProjectDocument doc = new ProjectDocument("broken", invalid, "");
        ProjectStore store = store(new AtomicFileWriter());
        store.save(dir.resolve("b"), doc);
        String text = Files.readString(dir.resolve("b").resolve(ProjectStore.PROJECT_FILE));
        assertFalse(text.contains("engineConfiguration"));
        assertEquals(doc, store.load(dir.resolve("b")));
    }

    @Test
    void theEngineCanReadTheConfigurationInAProjectFile() throws Exception {
        ProjectStore store = store(new AtomicFileWriter());
        store.save(dir.resolve("c"), charModel);
        String text = Files.readString(dir.resolve("c").resolve(ProjectStore.PROJECT_FILE));
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        NetworkConfiguration conf = new ConfigurationJson().fromJson(root.get("engineConfiguration").toString());
        assertEquals(Template.CHARACTER_MODEL.builder().build(), conf);
    }

    @Test
    void aSaveThatFailsHalfWayLeavesThePreviousFileIntact() throws Exception {
        Path folder = dir.resolve("p");
        store(new AtomicFileWriter()).save(folder, charModel);
        byte[] before = Files.readAllBytes(folder.resolve(ProjectStore.PROJECT_FILE));

        AtomicFileWriter failing = new AtomicFileWriter(out -> new FailAfter(out, 100));
        ProjectDocument changed = charModel.withModel(Template.SEQUENCE_REGRESSOR.draft());
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> store(failing).save(folder, changed));
        assertTrue(e.getMessage().contains("could not save"), e.getMessage());

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve(ProjectStore.PROJECT_FILE))));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
        assertEquals(charModel, store(new AtomicFileWriter()).load(folder));
    }

    /** Writes {@code limit} bytes, then fails as a full disk or a killed process would. */
    private static final class FailAfter extends FilterOutputStream {
        private int left;

        FailAfter(OutputStream out, int limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("injected failure");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @Test
    void corruptForeignAndNewerFilesAreRefusedWithAReason() throws Exception {
        ProjectStore store = store(new AtomicFileWriter());
        Path folder = Files.createDirectories(dir.resolve("x"));
        Path file = folder.resolve(ProjectStore.PROJECT_FILE);

        Files.writeString(file, "{\"formatVersion\": 1,\n \"kind\": ");
        ProjectFileException corrupt = assertThrows(ProjectFileException.class, () -> store.load(folder));
        assertTrue(corrupt.getMessage().contains("line 2"), corrupt.getMessage());

        Files.writeString(file, "{\"some\": \"other tool\"}");
        ProjectFileException foreign = assertThrows(ProjectFileException.class, () -> store.load(folder));
        assertTrue(foreign.getMessage().contains("not an RNN Workbench project"), foreign.getMessage());

        Files.writeString(file, "{\"formatVersion\": 99, \"kind\": \"rnn-workbench-project\", \"model\": {}}");
        ProjectFileException newer = assertThrows(ProjectFileException.class, () -> store.load(folder));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());

        Files.writeString(file, "{\"formatVersion\": 1, \"kind\": \"rnn-workbench-project\", "
                + "\"model\": {\"settings\": {}, \"layers\": [{\"kind\": \"WARP_DRIVE\"}]}}");
        ProjectFileException malformed = assertThrows(ProjectFileException.class, () -> store.load(folder));
        assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());

        ProjectFileException missing = assertThrows(ProjectFileException.class, () -> store.load(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("no project file"), missing.getMessage());
    }

    @Test
    void aFileOfFormatVersionOneStillLoads() throws Exception {
        Path fixture = Path.of("src/test/resources/org/rnnworkbench/app/project/format-v1/project.json");
        ProjectDocument doc = store(new AtomicFileWriter()).load(fixture);
        assertEquals("format-v1", doc.name());
        assertEquals(Template.CHARACTER_MODEL.draft(), doc.model());
    }

    @Test
    void autosaveIsOfferedOnlyWhenNewerThanTheProject() throws Exception {
        ProjectStore store = store(new AtomicFileWriter());
        Path folder = dir.resolve("a");
        store.save(folder, charModel);
        assertTrue(store.pendingAutosave(folder).isEmpty());
        store.autosave(folder, charModel.withName("later"));
        Files.setLastModifiedTime(folder.resolve(ProjectStore.PROJECT_FILE), FileTime.fromMillis(1000));
        assertEquals(folder.resolve(ProjectStore.AUTOSAVE_FILE), store.pendingAutosave(folder).get());
        store.save(folder, charModel);
        assertTrue(store.pendingAutosave(folder).isEmpty(), "saving removes the autosave");

        store.autosave(null, charModel);
        assertTrue(store.pendingAutosave(null).isPresent());
        store.discardAutosave(null);
        assertTrue(store.pendingAutosave(null).isEmpty());
    }

    @Test
    void recentProjectsKeepsNewestFirstWithoutDuplicates() throws Exception {
        Path list = dir.resolve("home/recent.txt");
        RecentProjects recent = new RecentProjects(list, new AtomicFileWriter());
        for (int i = 0; i < RecentProjects.MAX_ENTRIES + 2; i++) {
            recent.add(Files.createDirectories(dir.resolve("p" + i)));
        }
        recent.add(dir.resolve("p3"));
        assertEquals(RecentProjects.MAX_ENTRIES, recent.entries().size());
        assertEquals(dir.resolve("p3"), recent.entries().get(0));
        RecentProjects reread = new RecentProjects(list, new AtomicFileWriter());
        assertEquals(recent.entries(), reread.entries());
        assertTrue(Files.readString(list, StandardCharsets.UTF_8).contains("p3"));
    }
}
