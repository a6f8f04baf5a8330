package org.rnnworkbench.app.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.rnnworkbench.app.builder.ModelDraft;
import org.rnnworkbench.app.project.ProjectDocument;
import org.rnnworkbench.app.project.AtomicFileWriter;
import org.rnnworkbench.app.project.ProjectFormat;
import org.rnnworkbench.app.project.ProjectStore;
import org.rnnworkbench.interop.dl4j.Dl4jDifference;
import org.rnnworkbench.interop.dl4j.Dl4jExporter;
import org.rnnworkbench.interop.dl4j.Dl4jImporter;
import org.rnnworkbench.model.io.ModelFile;
import org.rnnworkbench.model.nn.Network;

/**
 * The file work of model exchange with DL4J, on the calling thread: reading a project's trained network,
 * writing it as a DL4J {@code MultiLayerNetwork} zip, and making a new project of such a zip.
 */
public final class Dl4jExchange {
    /** The trained network in a project folder, as the Train area writes it. */
    public static final String MODEL_FILE = "model.rnnwb";

    private final ModelFile modelFile = new ModelFile();
    private final ProjectFormat format = new ProjectFormat();
    private final AtomicFileWriter writer = new AtomicFileWriter();

    /**
     * What an export of the project's trained network involves.
     *
     * @throws IOException when the project has no trained network or it cannot be read
     */
    public ExportPlan plan(Path projectFolder) throws IOException {
        Path model = projectFolder.resolve(MODEL_FILE);
        if (!Files.isRegularFile(model)) {
            throw new IOException("The project has no trained network yet (" + MODEL_FILE
                    + "): train it in the Train area first.");
        }
        Network network = modelFile.load(model);
        List<String> differences = Dl4jExporter.differences(network.getConfiguration()).stream()
                .map(Dl4jDifference::summary).toList();
        return new ExportPlan(network, differences);
    }

    /**
     * Writes the planned network to {@code zip} (atomically).
     *
     * @param includeUpdaterState whether DL4J continues training where this network stopped (updater state and
     *     counts) or starts afresh
     */
    public void export(ExportPlan plan, Path zip, boolean includeUpdaterState) throws IOException {
        Dl4jExporter.export(plan.network(), zip, includeUpdaterState);
    }

    /**
     * Makes a new project in {@code projectFolder} from a DL4J zip: the network's layers as the project's model
     * and its parameters (and updater state, when the zip has it) as the trained network, so that it can be
     * stepped, evaluated or trained further at once.
     *
     * @return the imported network
     * @throws IOException when the zip cannot be read, or holds layers the engine does not have (the
     *     {@link org.rnnworkbench.interop.dl4j.UnsupportedDl4jModelException} names each of them)
     */
    public Network importAsProject(Path zip, Path projectFolder) throws IOException {
        if (Files.isRegularFile(projectFolder.resolve(ProjectStore.PROJECT_FILE))) {
            throw new IOException(projectFolder + " already holds a project; choose a new folder.");
        }
        Network network = Dl4jImporter.importModel(zip);
        String name = projectFolder.getFileName().toString();
        ProjectDocument document = new ProjectDocument(name, ModelDraft.from(network.getConfiguration()),
                "Imported from the DL4J model " + zip.getFileName() + ".");
        writer.write(projectFolder.resolve(ProjectStore.PROJECT_FILE),
                format.write(document).getBytes(StandardCharsets.UTF_8));
        modelFile.save(network, projectFolder.resolve(MODEL_FILE));
        return network;
    }

    /**
     * A network ready to export and what DL4J will do differently with it.
     *
     * @param differences one line per difference; empty when DL4J behaves exactly like the engine
     */
    public record ExportPlan(Network network, List<String> differences) {
        public ExportPlan {
            Objects.requireNonNull(network, "network");
            differences = List.copyOf(differences);
        }

        /** One line about the network: layers and parameters. */
        public String description() {
            return network.getConfiguration().layers().size() + " layers, "
                    + String.format(java.util.Locale.ROOT, "%,d", network.numParams()) + " parameters, trained for "
                    + network.getEpochCount() + (network.getEpochCount() == 1 ? " epoch" : " epochs");
        }
    }
}
