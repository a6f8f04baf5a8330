package org.rnnworkbench.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rnnworkbench.model.platform.NativeSettings;

/**
 * Runs every benchmark and prints, last, one {@code RESULT} line per figure (see {@code benchmarks/README.md}).
 * Started by {@code benchmarks/run.sh}, with nothing in the environment: the relauncher supplies the native
 * settings, so the main figures are those a user gets out of the box; the child without settings shows what the
 * same code does without them.
 */
public final class BenchmarkMain {
    private final Options options;
    private final List<String> results = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> importResults = new ArrayList<>();

    private BenchmarkMain(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        NativeSettings.relaunchIfNeeded(BenchmarkMain.class, args);
        if (args.length > 0 && args[0].equals(ChildTrain.COMMAND)) {
            ChildTrain.run(args);
            return;
        }
        if (args.length > 0 && args[0].equals(FxPulseChild.COMMAND)) {
            FxChild.runAndHalt(FxPulseChild::run, args);
        }
        if (args.length > 0 && args[0].equals(FxTrainChild.COMMAND)) {
            FxChild.runAndHalt(FxTrainChild::run, args);
        }
        Options options = Options.parse(args);
        if (options.importOnly()) {
            new BenchmarkMain(options).runImportOnly();
            return;
        }
        if (options.engineOnly()) {
            new BenchmarkMain(options).runEngineOnly();
            return;
        }
        if (options.fxPulseOnly() || options.fxTrainOnly()) {
            new BenchmarkMain(options).runFxOnly();
            return;
        }
        new BenchmarkMain(options).runAll();
    }

    /** The FX benchmarks asked for by {@code --fx-pulse-only} and {@code --fx-train-only}, nothing else. */
    private void runFxOnly() throws Exception {
        String loadAtStart = Machine.loadAverage();
        printHeader(loadAtStart);
        if (options.fxPulseOnly()) {
            results.add(fxPulse().resultLine());
        }
        if (options.fxTrainOnly()) {
            results.add(fxTrain().resultLine());
        }
        System.out.println();
        System.out.println("load:     " + Machine.loadAverage() + " (1, 5, 15 min) at end; " + loadAtStart
                + " at start");
        checks.forEach(System.out::println);
        results.forEach(System.out::println);
    }

    /** Only the CSV import, ours and DL4J's taking turns, as {@code --import-only} asks. */
    private void runImportOnly() throws Exception {
        String loadAtStart = Machine.loadAverage();
        printHeader(loadAtStart);
        Map<String, Stats> importMb = importFigures();
        checkImport(importMb);
        System.out.println();
        System.out.println("load:     " + Machine.loadAverage() + " (1, 5, 15 min) at end; " + loadAtStart
                + " at start");
        checks.forEach(System.out::println);
        importResults.forEach(System.out::println);
    }

    /**
     * Writes the import files, times both importers on them and keeps their RESULT lines.
     *
     * @return megabytes per second, per engine
     */
    private Map<String, Stats> importFigures() throws Exception {
        ImportBenchmark importBench = new ImportBenchmark(options.workDir().resolve("import-csv"),
                options.importSequences());
        importBench.writeFiles();
        Map<String, double[]> importSeconds = importBench.seconds(options.importWarmups(), options.importReps());
        Map<String, Stats> importMb = new java.util.LinkedHashMap<>();
        Map<String, Stats> importSeq = new java.util.LinkedHashMap<>();
        importSeconds.forEach((engine, secs) -> {
            importMb.put(engine, Measure.rate(importBench.megabytes(), secs));
            importSeq.put(engine, Measure.rate(options.importSequences(), secs));
        });
        print("import MB/s (" + Format.number(importBench.megabytes()) + " MB, " + options.importSequences()
                + " sequences)", importMb);
        print("import sequences/s", importSeq);
        importResults.add(ResultLine.format("import_mb_per_s", ResultLine.Better.HIGHER,
                importMb.get("ours").median(), importMb.get("dl4j").median(), OptionalDouble.empty(), "n/a"));
        importResults.add(ResultLine.format("import_sequences_per_s", ResultLine.Better.HIGHER,
                importSeq.get("ours").median(), importSeq.get("dl4j").median(), OptionalDouble.empty(), "n/a"));
        return importMb;
    }

    private void checkImport(Map<String, Stats> importMb) {
        check("import vs DL4J >= 2x", ratio(importMb, "dl4j", ResultLine.Better.HIGHER), 2);
    }

    private void printHeader(String loadAtStart) {
        System.out.println("date:     " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("machine:  " + Machine.describe());
        System.out.println("settings: " + NativeSettings.describeInForce());
        System.out.println("load:     " + loadAtStart + " (1, 5, 15 min) at start");
        System.out.println("mode:     " + (options.quick() ? "quick" : "full"));
    }

    /** The Data area's responsiveness while it previews and imports {@link Options#fxPulseFiles()} files. */
    private FxPulseBenchmark.Result fxPulse() throws Exception {
        FxPulseBenchmark.Result pulse = FxPulseBenchmark.run(options.workDir(), options.fxPulseFiles());
        System.out.printf(Locale.ROOT, "fx pulse gaps (%d files, %d pulses): max %s ms, p99 %s ms, median %s ms;"
                        + " FX thread busy at most %s ms between two pulses (idle window before: max gap %s ms);"
                        + " previews shown %s ms after the last folder; import %s s; cancel took %s ms%n",
                pulse.files(), pulse.pulses(), Format.number(pulse.maxMs()), Format.number(pulse.p99Ms()),
                Format.number(pulse.medianMs()), Format.number(pulse.fxCpuMaxMs()), Format.number(pulse.idleMaxMs()),
                Format.number(pulse.previewMs()),
                Format.number(pulse.importSeconds()), Format.number(pulse.cancelMs()));
        checks.add(String.format(Locale.ROOT, "CHECK %-34s %s (%s)", "FX pulse gap < " + Format.number(
                FxPulseBenchmark.GOAL_MS) + " ms", pulse.maxMs() < FxPulseBenchmark.GOAL_MS ? "met" : "MISSED",
                Format.number(pulse.maxMs())));
        return pulse;
    }

    /** The workbench's responsiveness and its training throughput while it trains the character sample. */
    private FxTrainBenchmark.Result fxTrain() throws Exception {
        FxTrainBenchmark.Result t = FxTrainBenchmark.run(options.workDir(), options.characterSample(),
                options.fxTrainWarmUpSeconds(), options.fxTrainWindowSeconds());
        System.out.printf(Locale.ROOT, "fx pulse gaps while training the character sample (%s s after a %s s"
                        + " warm-up, %d pulses): max %s ms, p99 %s ms, median %s ms; FX thread busy at most %s ms"
                        + " between two pulses (idle window before: max gap %s ms; warm-up: max gap %s ms);"
                        + " training in the app %s chars/s, headless %s chars/s (before the window %s, after %s),"
                        + " ratio %s%n",
                Format.number(t.windowSeconds()), Format.number(t.warmUpSeconds()), t.pulses(),
                Format.number(t.maxMs()), Format.number(t.p99Ms()), Format.number(t.medianMs()),
                Format.number(t.fxCpuMaxMs()), Format.number(t.idleMaxMs()), Format.number(t.warmUpMaxMs()),
                Format.number(t.inAppCharsPerSecond()), Format.number(t.headlessCharsPerSecond()),
                Format.number(t.headlessBeforeCharsPerSecond()), Format.number(t.headlessAfterCharsPerSecond()),
                Format.number(t.ratio()));
        checks.add(String.format(Locale.ROOT, "CHECK %-34s %s (%s)", "FX pulse gap training < " + Format.number(
                FxTrainBenchmark.GOAL_GAP_MS) + " ms", t.maxMs() < FxTrainBenchmark.GOAL_GAP_MS ? "met" : "MISSED",
                Format.number(t.maxMs())));
        check("in-app training >= " + Format.number(FxTrainBenchmark.GOAL_RATIO) + " of headless", t.ratio(),
                FxTrainBenchmark.GOAL_RATIO);
        return t;
    }

    /** Only the engines' figures, as {@code --engine-only} asks: train, output and step, then PyTorch's. */
    private void runEngineOnly() throws Exception {
        String loadAtStart = Machine.loadAverage();
        printHeader(loadAtStart);
        Path corpusFile = writeCorpus();
        EngineFigures engines = engineFigures(corpusFile);
        TorchFigures torch = torchFigures(corpusFile);
        addEngineLines(engines, torch);
        checkEngines(engines, torch);
        printFooter(loadAtStart);
    }

    private void runAll() throws Exception {
        String loadAtStart = Machine.loadAverage();
        printHeader(loadAtStart);
        Path corpusFile = writeCorpus();
        Gemm gemm = gemm();
        EngineFigures engines = engineFigures(corpusFile);

        Map<String, Stats> importMb = importFigures();

        FxPulseBenchmark.Result pulse = fxPulse();
        FxTrainBenchmark.Result fxTrain = fxTrain();

        Children children = new Children("2g");
        Children.Result memOurs = children.tuned("ours", CharModel.Cell.GRAVES_LSTM, options.memoryMinibatches(),
                CharModel.EXAMPLE_LENGTH);
        Children.Result memDl4j = children.tuned("dl4j", CharModel.Cell.GRAVES_LSTM, options.memoryMinibatches(),
                CharModel.EXAMPLE_LENGTH);
        System.out.printf(Locale.ROOT, "memory (own JVM each, -Xmx2g): ours %d MB peak RSS, dl4j %d MB%n",
                memOurs.peakResidentKb() / 1024, memDl4j.peakResidentKb() / 1024);
        Children.Result bareOurs = children.withoutSettings("ours", CharModel.Cell.GRAVES_LSTM,
                options.withoutSettingsMinibatches(), options.withoutSettingsExampleLength());
        Children.Result bareDl4j = children.withoutSettings("dl4j", CharModel.Cell.GRAVES_LSTM,
                options.withoutSettingsMinibatches(), options.withoutSettingsExampleLength());
        System.out.println("without settings (" + bareOurs.settings() + "): ours "
                + Format.number(bareOurs.charsPerSecond()) + " chars/s, dl4j "
                + Format.number(bareDl4j.charsPerSecond()) + " chars/s");

        TorchFigures torch = torchFigures(corpusFile);

        addEngineLines(engines, torch);
        results.addAll(importResults);
        results.add(pulse.resultLine());
        results.add(fxTrain.resultLine());
        double ours = engines.train().get("ours").median();
        results.add(String.format(Locale.ROOT, "RESULT gemm_bound_chars_per_s train=%s output=%s"
                        + " mflop_per_char_train=%s mflop_per_char_forward=%s model_shapes_gflops=%s"
                        + " sgemm_peak_gflops=%s fraction_of_bound=%s",
                Format.number(gemm.trainBound), Format.number(gemm.forwardBound),
                Format.number(gemm.flopsTrain / 1e6), Format.number(gemm.flopsForward / 1e6),
                Format.number(gemm.flopsTrain * gemm.trainBound / 1e9), Format.number(gemm.peak),
                Format.number(ours / gemm.trainBound)));
        results.add(String.format(Locale.ROOT, "RESULT train_peak_rss_mb ours=%d dl4j=%d ratio_dl4j=%s",
                memOurs.peakResidentKb() / 1024, memDl4j.peakResidentKb() / 1024,
                Format.number(ResultLine.ratio(ResultLine.Better.LOWER, memOurs.peakResidentKb(),
                        memDl4j.peakResidentKb()))));
        results.add(String.format(Locale.ROOT, "RESULT without_settings_train_chars_per_s ours=%s dl4j=%s"
                        + " ratio_dl4j=%s settings_speedup_ours=%s settings_speedup_dl4j=%s",
                Format.number(bareOurs.charsPerSecond()), Format.number(bareDl4j.charsPerSecond()),
                Format.number(bareOurs.charsPerSecond() / bareDl4j.charsPerSecond()),
                Format.number(ours / bareOurs.charsPerSecond()),
                Format.number(engines.train().get("dl4j").median() / bareDl4j.charsPerSecond())));

        checkEngines(engines, torch);
        check("train >= 30% of the GEMM bound", ours / gemm.trainBound, 0.3);
        checkImport(importMb);
        check("peak RSS not above DL4J's", (double) memDl4j.peakResidentKb() / memOurs.peakResidentKb(), 1);
        printFooter(loadAtStart);
    }

    private void printFooter(String loadAtStart) {
        System.out.println();
        System.out.println("load:     " + Machine.loadAverage() + " (1, 5, 15 min) at end; " + loadAtStart
                + " at start");
        checks.forEach(System.out::println);
        results.forEach(System.out::println);
    }

    /** Writes the corpus both engines and PyTorch read. */
    private Path writeCorpus() throws java.io.IOException {
        Files.createDirectories(options.workDir());
        Path corpusFile = options.workDir().resolve("bench-corpus.txt");
        Files.writeString(corpusFile, CharModel.corpus(2));
        return corpusFile;
    }

    /**
     * Our engine's and DL4J's figures, taking turns repetition by repetition.
     *
     * @param trainLstm the plain LSTM's training figures, or null in a quick run
     */
    private record EngineFigures(Map<String, Stats> train, Map<String, Stats> trainLstm, Map<String, Stats> output,
            Map<String, Stats> step) {
    }

    private EngineFigures engineFigures(Path corpusFile) throws Exception {
        Workloads work = new Workloads(Files.readString(corpusFile));
        List<Engine> graves = engines(CharModel.Cell.GRAVES_LSTM);
        Map<String, Stats> train = work.train(graves, options.trainWarmups(), options.trainReps());
        print("train GravesLSTM chars/s", train);
        Map<String, Stats> trainLstm = null;
        if (!options.quick()) {
            trainLstm = work.train(engines(CharModel.Cell.LSTM), options.trainWarmups(), options.trainReps());
            print("train LSTM chars/s", trainLstm);
        }
        Map<String, Stats> output = work.output(graves, options.outputWarmups(), options.outputReps());
        print("output GravesLSTM chars/s", output);
        Map<String, Stats> step = work.step(graves, options.stepWarmups(), options.stepReps(), options.stepChars());
        print("step GravesLSTM us/char", step);
        return new EngineFigures(train, trainLstm, output, step);
    }

    /**
     * PyTorch's figures, when it is installed.
     *
     * @param note what the RESULT lines say in PyTorch's place when there are no figures
     */
    private record TorchFigures(Optional<Map<String, Stats>> figures, String note) {
    }

    private TorchFigures torchFigures(Path corpusFile) throws Exception {
        Optional<TorchRunner> torchRunner = TorchRunner.find(options.torchScript());
        if (torchRunner.isEmpty()) {
            System.out.println("torch: skipped: torch not installed");
            return new TorchFigures(Optional.empty(), "skipped");
        }
        int threads = Integer.parseInt(System.getenv().getOrDefault(NativeSettings.OMP_THREADS,
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        Optional<Map<String, Stats>> torch = torchRunner.get().run(corpusFile, threads, options.quick());
        torch.ifPresent(t -> t.forEach((k, v) -> System.out.println("torch " + k + ": " + v.describe())));
        return new TorchFigures(torch, "failed");
    }

    private void addEngineLines(EngineFigures e, TorchFigures torch) {
        addLine("train_chars_per_s", ResultLine.Better.HIGHER, e.train(), torch, "train_chars_per_s");
        if (e.trainLstm() != null) {
            addLine("train_lstm_chars_per_s", ResultLine.Better.HIGHER, e.trainLstm(), torch, "train_chars_per_s");
        }
        addLine("step_us_per_char", ResultLine.Better.LOWER, e.step(), torch, "step_us_per_char");
        addLine("output_chars_per_s", ResultLine.Better.HIGHER, e.output(), torch, "output_chars_per_s");
    }

    private void checkEngines(EngineFigures e, TorchFigures torch) {
        check("train vs DL4J >= 3x", ratio(e.train(), "dl4j", ResultLine.Better.HIGHER), 3);
        torchRatio(torch, "train_chars_per_s", e.train(), ResultLine.Better.HIGHER)
                .ifPresent(r -> check("train vs PyTorch >= 1x", r, 1));
        check("step vs DL4J >= 5x", ratio(e.step(), "dl4j", ResultLine.Better.LOWER), 5);
        torchRatio(torch, "step_us_per_char", e.step(), ResultLine.Better.LOWER)
                .ifPresent(r -> check("step vs PyTorch >= 1.5x", r, 1.5));
        check("output vs DL4J >= 2x", ratio(e.output(), "dl4j", ResultLine.Better.HIGHER), 2);
        torchRatio(torch, "output_chars_per_s", e.output(), ResultLine.Better.HIGHER)
                .ifPresent(r -> check("output vs PyTorch >= 1x", r, 1));
    }

    private List<Engine> engines(CharModel.Cell cell) {
        Engine ours = Engine.create("ours", cell);
        // DL4J starts from the same parameters as ours: the same work, whatever the initialisation does.
        return List.of(ours, Engine.create("dl4j", cell));
    }

    /** GEMM rates at the model's shapes and the bounds they imply. */
    private record Gemm(double trainBound, double forwardBound, double flopsTrain, double flopsForward,
            double peak) {
    }

    private Gemm gemm() {
        List<GemmUse> uses = GemmUse.charModel(CharModel.VOCABULARY, CharModel.HIDDEN, CharModel.LAYERS,
                CharModel.MINIBATCH, CharModel.TBPTT_LENGTH);
        GemmBenchmark bench = new GemmBenchmark(options.gemmSeconds());
        double[] gflops = bench.gflops(uses);
        for (int i = 0; i < uses.size(); i++) {
            GemmUse u = uses.get(i);
            System.out.printf(Locale.ROOT, "gemm %-28s [%d x %d x %d]%s %7.1f GFLOP/s %8.0f FLOP/char%n", u.name(),
                    u.m(), u.n(), u.k(), u.shapeKey().substring(u.shapeKey().length() - 2), gflops[i],
                    u.flopsPerChar());
        }
        double peak = bench.peak(2048);
        System.out.printf(Locale.ROOT, "gemm square 2048: %.1f GFLOP/s%n", peak);
        return new Gemm(GemmUse.boundCharsPerSecond(uses, gflops, true),
                GemmUse.boundCharsPerSecond(uses, gflops, false), GemmUse.flopsPerChar(uses, true),
                GemmUse.flopsPerChar(uses, false), peak);
    }

    private void addLine(String name, ResultLine.Better better, Map<String, Stats> figures, TorchFigures torch,
            String torchKey) {
        OptionalDouble t = torch.figures().map(m -> m.get(torchKey)).map(s -> OptionalDouble.of(s.median()))
                .orElse(OptionalDouble.empty());
        results.add(ResultLine.format(name, better, figures.get("ours").median(), figures.get("dl4j").median(), t,
                torch.note()));
    }

    private static double ratio(Map<String, Stats> figures, String other, ResultLine.Better better) {
        return ResultLine.ratio(better, figures.get("ours").median(), figures.get(other).median());
    }

    private static Optional<Double> torchRatio(TorchFigures torch, String key, Map<String, Stats> figures,
            ResultLine.Better better) {
        return torch.figures().map(m -> m.get(key)).map(s -> ResultLine.ratio(better, figures.get("ours").median(),
                s.median()));
    }

    private void check(String requirement, double value, double required) {
        checks.add(String.format(Locale.ROOT, "CHECK %-34s %s (%s)", requirement, value >= required ? "met"
                : "MISSED", Format.number(value)));
    }

    private static void print(String what, Map<String, Stats> figures) {
        figures.forEach((engine, s) -> System.out.println(what + " " + engine + ": " + s.describe()));
    }
}
