package org.rnnworkbench.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The harness's own arithmetic: no engine runs here, so it stays out of the build's time. */
class HarnessArithmeticTest {
    private static final List<GemmUse> CHAR_MODEL = GemmUse.charModel(77, 200, 2, 32, 50);

    @Test
    void flopsPerCharacterOfTheCharModel() {
        // Forward: 2 * (77*800 + 200*800 + 200*800 + 200*800 + 200*77) = 1,114,000.
        assertEquals(1_114_000, GemmUse.flopsPerChar(CHAR_MODEL, false), 1e-6);
        // Backward doubles every product except the gradient of the data (2 * 77 * 800 = 123,200).
        assertEquals(3 * 1_114_000 - 123_200, GemmUse.flopsPerChar(CHAR_MODEL, true), 1e-6);
    }

    @Test
    void boundIsFlopsOverRateWhenEveryShapeRunsAtTheSameRate() {
        double[] gflops = new double[CHAR_MODEL.size()];
        Arrays.fill(gflops, 100);
        assertEquals(100e9 / GemmUse.flopsPerChar(CHAR_MODEL, true),
                GemmUse.boundCharsPerSecond(CHAR_MODEL, gflops, true), 1e-6);
    }

    @Test
    void aSlowShapeLowersTheBound() {
        double[] gflops = new double[CHAR_MODEL.size()];
        Arrays.fill(gflops, 100);
        double fast = GemmUse.boundCharsPerSecond(CHAR_MODEL, gflops, true);
        gflops[1] = 10;
        assertTrue(GemmUse.boundCharsPerSecond(CHAR_MODEL, gflops, true) < fast);
    }

    @Test
    void ratiosAboveOneMeanWeAreBetterWhateverTheUnit() {
        assertEquals(2.0, ResultLine.ratio(ResultLine.Better.HIGHER, 2000, 1000), 1e-12);
        assertEquals(4.0, ResultLine.ratio(ResultLine.Better.LOWER, 100, 400), 1e-12);
    }

    @Test
    void resultLineFormat() {
        assertEquals("RESULT step_us_per_char ours=100 dl4j=885 torch=300 ratio_dl4j=8.85 ratio_torch=3.00",
                ResultLine.format("step_us_per_char", ResultLine.Better.LOWER, 100, 885, OptionalDouble.of(300),
                        "skipped"));
        assertEquals("RESULT train_chars_per_s ours=12000 dl4j=4000 torch=skipped ratio_dl4j=3.00"
                        + " ratio_torch=skipped",
                ResultLine.format("train_chars_per_s", ResultLine.Better.HIGHER, 12000, 4000, OptionalDouble.empty(),
                        "skipped"));
    }

    @Test
    void medianMinMax() {
        assertEquals(new Stats(3, 1, 9, 3), Stats.of(9, 1, 3));
        assertEquals(new Stats(2.5, 1, 4, 4), Stats.of(4, 1, 2, 3));
    }

    @Test
    void samplingFollowsTheCumulativeDistribution() {
        float[] p = {0.25f, 0f, 0.75f};
        assertEquals(0, Workloads.sample(p, 0.1));
        assertEquals(2, Workloads.sample(p, 0.25));
        assertEquals(2, Workloads.sample(p, 0.999999));
    }

    @Test
    void theCorpusUsesTheVocabularyOnly() {
        String vocabulary = CharModel.vocabulary();
        assertEquals(77, vocabulary.length());
        String corpus = CharModel.corpus(1);
        assertEquals(32 * 1001, corpus.length());
        assertTrue(corpus.chars().allMatch(c -> vocabulary.indexOf(c) >= 0));
    }

    @Test
    void pulseGapPercentilesAreNearestRank() {
        PulseGaps gaps = new PulseGaps();
        for (int i = 1; i <= 200; i++) {
            gaps.add(i * 1_000_000L, i * 100_000L, i == 200 ? "import" : "typing", i);
        }
        assertEquals(200, gaps.max(), 1e-9);
        assertEquals(100, gaps.median(), 1e-9);
        assertEquals(198, gaps.percentile(0.99), 1e-9);
        assertEquals(List.of(new PulseGaps.Gap(200, 20, "import", 200), new PulseGaps.Gap(199, 19.9, "typing", 199)),
                gaps.longest(2));
        assertEquals(20, gaps.maxFxCpu(), 1e-9);
    }

    @Test
    void pulseGapsSplitAtTheWindowsStart() {
        PulseGaps gaps = new PulseGaps();
        for (int i = 1; i <= 10; i++) {
            gaps.add(i * 1_000_000L, 0, "training", i * 100L);
        }
        assertEquals(4, gaps.endingBefore(500).count());
        assertEquals(4, gaps.endingBefore(500).max(), 1e-9);
        assertEquals(6, gaps.endingFrom(500).count());
        assertEquals(5, gaps.endingFrom(500).percentile(0.1), 1e-9);
    }

    @Test
    void trainingThroughputIsCharactersOverTheWindow() {
        // 170 iterations of 32 examples x 50 steps in 20 s
        assertEquals(13_600, FxTrainBenchmark.charsPerSecond(170, 1600, 20_000_000_000L), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> FxTrainBenchmark.charsPerSecond(1, 1, 0));
    }

    @Test
    void theFxTrainResultLineSetsTheAppAgainstTheMeanOfBothHeadlessRuns() {
        FxTrainBenchmark.Result r = FxTrainBenchmark.Result.parse("CHILD pulses=1205 max_ms=60.40 p99_ms=33.10"
                + " median_ms=16.00 fx_cpu_max_ms=9.97 idle_max_ms=16.60 warmup_max_ms=118.00 window_s=20.0"
                + " warmup_s=5.0 in_app_chars_per_s=13600.0 headless_before_chars_per_s=12000.0"
                + " headless_after_chars_per_s=14000.0");
        assertEquals(13_000, r.headlessCharsPerSecond(), 1e-9);
        assertEquals(13_600.0 / 13_000, r.ratio(), 1e-12);
        assertEquals("RESULT fx_pulse_gap_training_ms max=60.4 p99=33.1 median=16.0 fx_cpu_max=9.97 idle_max=16.6"
                + " warmup_max=118 window_s=20.0 in_app_chars_per_s=13600 headless_chars_per_s=13000"
                + " headless_before=12000 headless_after=14000 in_app_ratio=1.05 goal_gap=50.0 goal_ratio=0.950",
                r.resultLine());
    }

    @Test
    void theFxPulseResultLineCarriesTheChildsFigures() {
        FxPulseBenchmark.Result r = FxPulseBenchmark.Result.parse("CHILD files=20000 pulses=412 max_ms=33.25"
                + " p99_ms=21.50 median_ms=16.67 fx_cpu_max_ms=12.40 idle_max_ms=18.10 preview_ms=912.0 import_s=6.120"
                + " cancel_ms=41.2");
        assertEquals("RESULT fx_pulse_gap_ms import_files=20000 max=33.3 p99=21.5 median=16.7 fx_cpu_max=12.4"
                + " idle_max=18.1 preview_ms=912"
                + " import_s=6.12 cancel_ms=41.2 goal=50.0", r.resultLine());
    }
}
