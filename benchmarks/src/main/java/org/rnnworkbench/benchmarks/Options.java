package org.rnnworkbench.benchmarks;

import java.nio.file.Path;

/**
 * How much to measure. The full run takes 15-20 minutes on two idle cores, {@code --quick} about three
 * minutes with fewer repetitions, no plain-LSTM training and shorter child runs.
 *
 * @param quick fewer repetitions
 * @param workDir where the corpus for PyTorch is written
 * @param torchScript the PyTorch script
 * @param fxPulseOnly run only the FX pulse benchmark
 * @param fxTrainOnly run only the FX training benchmark
 * @param importOnly run only the CSV import benchmark
 * @param engineOnly run only the engines' train, output and step figures (ours, DL4J's, PyTorch's)
 */
record Options(boolean quick, Path workDir, Path torchScript, boolean fxPulseOnly, boolean fxTrainOnly,
        boolean importOnly, boolean engineOnly) {
    static Options parse(String[] args) {
        boolean quick = false;
        boolean fxPulseOnly = false;
        boolean fxTrainOnly = false;
        boolean importOnly = false;
        boolean engineOnly = false;
        Path work = Path.of("benchmarks", "target");
        Path torch = Path.of("benchmarks", "torch", "char_bench.py");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    quick = true;
                    break;
                case "--work":
                    work = Path.of(args[++i]);
                    break;
                case "--torch-script":
                    torch = Path.of(args[++i]);
                    break;
                case "--fx-pulse-only":
                    fxPulseOnly = true;
                    break;
                case "--fx-train-only":
                    fxTrainOnly = true;
                    break;
                case "--import-only":
                    importOnly = true;
                    break;
                case "--engine-only":
                    engineOnly = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; expected --quick, --work DIR, --torch-script FILE, --fx-pulse-only, --fx-train-only,"
                            + " --import-only, --engine-only");
            }
        }
        return new Options(quick, work, torch, fxPulseOnly, fxTrainOnly, importOnly, engineOnly);
    }

    int trainWarmups() {
        return quick ? 1 : 2;
    }

    int trainReps() {
        return quick ? 2 : 5;
    }

    int outputWarmups() {
        return quick ? 1 : 2;
    }

    int outputReps() {
        return quick ? 3 : 7;
    }

    int stepWarmups() {
        return 3;
    }

    int stepReps() {
        return quick ? 7 : 9;
    }

    int stepChars() {
        return quick ? 500 : 1000;
    }

    /** Timed minibatches of 1,000-character examples in each memory child. */
    int memoryMinibatches() {
        return quick ? 1 : 3;
    }

    /** Timed minibatches in each child without the settings (after one warm-up). */
    int withoutSettingsMinibatches() {
        return 1;
    }

    /**
     * Example length in the children without the settings: one segment, because DL4J on the slowest kernels
     * (about 30-50 characters/s here) would otherwise dominate the run. Characters per second hardly depend on
     * it; it only sets how many segments one {@code fit} call holds.
     */
    int withoutSettingsExampleLength() {
        return CharModel.TBPTT_LENGTH;
    }

    /** Feature/label file pairs in the import benchmark. */
    int importSequences() {
        // The full run: 10,000 sequences, each a features and a labels file, the 20,000 files of the import issue.
        return quick ? 500 : 10_000;
    }

    int importWarmups() {
        return quick ? 1 : 2;
    }

    int importReps() {
        return quick ? 3 : 5;
    }

    /**
     * Files the FX pulse benchmark previews and imports, a features and a labels file per sequence: the 20,000
     * files of the import issue in both runs (the child takes well under a minute).
     */
    int fxPulseFiles() {
        return 20_000;
    }

    double gemmSeconds() {
        return quick ? 0.05 : 0.2;
    }

    /** The character sample the FX training benchmark opens (run.sh starts from the repository's root). */
    Path characterSample() {
        return Path.of("sample-projects", "character-model");
    }

    /** Seconds of each FX training run left out at its start (the first minibatches, the JIT). */
    int fxTrainWarmUpSeconds() {
        return 5;
    }

    /** Seconds timed in each FX training run, in the window and headless. */
    int fxTrainWindowSeconds() {
        return quick ? 20 : 40;
    }
}
