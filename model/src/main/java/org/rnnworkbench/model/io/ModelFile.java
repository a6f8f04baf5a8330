package org.rnnworkbench.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rnnworkbench.model.conf.ConfigurationJson;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.nn.Network;

/**
 * A trained (or untrained) network in one file: a zip holding {@code model.json} (format version, counters,
 * sizes), {@code configuration.json}, {@code parameters.bin} and {@code updater.bin} (little-endian values in
 * the network's data type). Written atomically: to a temporary file in the same folder, then moved over the
 * target, so a crash never leaves half a model. The stored RNN state is not saved.
 */
public final class ModelFile {
    /** Version written into every file; readers accept this and every earlier version. */
    public static final int FORMAT_VERSION = 1;
    private static final String MODEL = "model.json";
    private static final String CONFIGURATION = "configuration.json";
    private static final String PARAMETERS = "parameters.bin";
    private static final String UPDATER = "updater.bin";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ConfigurationJson configurationJson = new ConfigurationJson();

    /** Writes the network to {@code target}, replacing it atomically. */
    public void save(Network network, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = TemporarySibling.create(target);
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                ObjectNode meta = mapper.createObjectNode();
                meta.put("formatVersion", FORMAT_VERSION);
                meta.put("dataType", network.getConfiguration().dataType().name());
                meta.put("numParams", network.numParams());
                meta.put("iterationCount", network.getIterationCount());
                meta.put("epochCount", network.getEpochCount());
                INDArray updater = network.getUpdater().stateView();
                meta.put("updaterStateLength", updater.length());
                entry(zip, MODEL, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
                entry(zip, CONFIGURATION,
                        configurationJson.toJson(network.getConfiguration()).getBytes(StandardCharsets.UTF_8));
                entry(zip, PARAMETERS, toBytes(network.params()));
                entry(zip, UPDATER, toBytes(updater));
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws ModelFileException when the file is not a model, is damaged, or comes from a newer version
     */
    public Network load(Path source) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new ModelFileException(source + " is not a readable model file: " + e.getMessage());
        }
        for (String required : new String[] {MODEL, CONFIGURATION, PARAMETERS, UPDATER}) {
            if (!entries.containsKey(required)) {
                throw new ModelFileException(source + " is not a model file: " + required + " is missing");
            }
        }
        JsonNode meta = mapper.readTree(entries.get(MODEL));
        int version = meta.path("formatVersion").asInt(-1);
        if (version < 1 || version > FORMAT_VERSION) {
            throw new ModelFileException(source + " has model format version " + version + "; this version reads 1 to "
                    + FORMAT_VERSION);
        }
        NetworkConfiguration conf = configurationJson.fromJson(new String(entries.get(CONFIGURATION),
                StandardCharsets.UTF_8));
        DataType dt = conf.dataType();
        long numParams = meta.path("numParams").asLong();
        if (numParams != conf.numParams()) {
            throw new ModelFileException(source + ": the configuration has " + conf.numParams()
                    + " parameters but the file says " + numParams);
        }
        Network network = new Network(conf);
        network.init(fromBytes(entries.get(PARAMETERS), dt, numParams, source, PARAMETERS));
        long updaterLength = meta.path("updaterStateLength").asLong();
        if (updaterLength > 0) {
            network.getUpdater().setState(fromBytes(entries.get(UPDATER), dt, updaterLength, source, UPDATER));
        }
        network.restoreTrainingProgress(meta.path("iterationCount").asLong(), meta.path("epochCount").asInt());
        return network;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] toBytes(INDArray values) {
        if (values.isEmpty()) {
            return new byte[0];
        }
        INDArray flat = values.reshape(values.length());
        if (flat.dataType() == DataType.DOUBLE) {
            double[] v = flat.toDoubleVector();
            ByteBuffer b = ByteBuffer.allocate(v.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            b.asDoubleBuffer().put(v);
            return b.array();
        }
        float[] v = flat.toFloatVector();
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    private static INDArray fromBytes(byte[] bytes, DataType dt, long expected, Path source, String entry) {
        int width = dt == DataType.DOUBLE ? Double.BYTES : Float.BYTES;
        if (bytes.length != expected * width) {
            throw new ModelFileException(source + ": " + entry + " holds " + bytes.length / width + " values, expected "
                    + expected + "; the file is damaged");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (dt == DataType.DOUBLE) {
            double[] v = new double[(int) expected];
            b.asDoubleBuffer().get(v);
            return Nd4j.create(v, new long[] {expected}, DataType.DOUBLE);
        }
        float[] v = new float[(int) expected];
        b.asFloatBuffer().get(v);
        return Nd4j.create(v, new long[] {expected}, DataType.FLOAT);
    }
}
