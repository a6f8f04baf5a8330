package org.rnnworkbench.app.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.rnnworkbench.app.command.CommandStack;
import org.rnnworkbench.model.conf.BackpropType;
import org.rnnworkbench.model.conf.GradientNormalization;
import org.rnnworkbench.model.conf.NetworkConfiguration;
import org.rnnworkbench.model.conf.WeightInit;

class JavaCodeGeneratorTest {
    @TempDir
    Path dir;

    private final JavaCodeGenerator generator = new JavaCodeGenerator();

    @Test
    void aGravesLstmLayerIsWrittenAsTheGuideWritesIt() {
        LayerSpec graves = LayerSpec.of(LayerKind.GRAVES_LSTM, 200);
        assertEquals("new GravesLSTM.Builder().nOut(200).activation(Activation.TANH).build()",
                generator.layer(graves));
        assertTrue(generator.generate(Template.CHARACTER_MODEL.draft(), "C").contains(
                ".layer(0, new GravesLSTM.Builder().nOut(200).activation(Activation.TANH).build())"));
    }

    @Test
    void theGeneratedCodeCompilesAndBuildsTheSameConfiguration() throws Exception {
        BuilderViewModel edited = new BuilderViewModel(new CommandStack(), Template.SEQUENCE_REGRESSOR.draft());
        edited.setUpdater(UpdaterKind.NESTEROVS);
        edited.setL2(1e-4);
        edited.setGradientNormalization(GradientNormalization.ClipL2PerLayer);
        edited.setGradientNormalizationThreshold(0.5);
        edited.setDefaultWeightInit(WeightInit.RELU);
        edited.select(0);
        edited.setForgetGateBiasInit(2.0);
        edited.setWeightInit(WeightInit.UNIFORM);
        BuilderViewModel rms = new BuilderViewModel(new CommandStack(), Template.ONE_TO_MANY.draft());
        rms.setBackpropType(BackpropType.TruncatedBPTT);
        rms.setTBPTTForwardLength(30);
        rms.setTBPTTBackwardLength(10);

        List<ModelDraft> drafts = new java.util.ArrayList<>();
        for (Template t : Template.values()) {
            drafts.add(t.draft());
        }
        drafts.add(edited.draft());
        drafts.add(rms.draft());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator
                + location(NetworkConfiguration.class) + File.pathSeparator + location(DataType.class);
        for (int i = 0; i < drafts.size(); i++) {
            String name = "Generated" + i;
            Path source = dir.resolve(name + ".java");
            Files.writeString(source, generator.generate(drafts.get(i), name));
            int status = javac.run(null, null, null, "-d", dir.toString(), "-cp", classPath, source.toString());
            assertEquals(0, status, () -> "does not compile:\n" + read(source));
            try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                    getClass().getClassLoader())) {
                Object built = loader.loadClass(name).getMethod("build").invoke(null);
                assertEquals(drafts.get(i).toConfigurationBuilder().build(), built, read(source));
            }
        }
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
