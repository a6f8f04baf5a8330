package org.rnnworkbench.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** ND4J sgemm speed at the model's shapes, and on a large square product for the machine's peak. */
final class GemmBenchmark {
    private final double minSeconds;

    /** @param minSeconds how long each timed repetition runs at least */
    GemmBenchmark(double minSeconds) {
        this.minSeconds = minSeconds;
    }

    /** GFLOP/s of each use (median of 5 repetitions), shapes measured once when several uses share them. */
    double[] gflops(List<GemmUse> uses) {
        Map<String, Double> byShape = new HashMap<>();
        double[] result = new double[uses.size()];
        for (int i = 0; i < uses.size(); i++) {
            GemmUse u = uses.get(i);
            result[i] = byShape.computeIfAbsent(u.shapeKey(), key -> measure(u));
        }
        return result;
    }

    /** GFLOP/s of a square {@code size} sgemm. */
    double peak(int size) {
        return measure(new GemmUse("square", size, size, size, false, false, 1, false));
    }

    private double measure(GemmUse u) {
        // Column-major operands go to BLAS as they are, without the copies a c-order view might need.
        INDArray a = u.transposeA() ? Nd4j.rand(DataType.FLOAT, u.k(), u.m()).dup('f')
                : Nd4j.rand(DataType.FLOAT, u.m(), u.k()).dup('f');
        INDArray b = u.transposeB() ? Nd4j.rand(DataType.FLOAT, u.n(), u.k()).dup('f')
                : Nd4j.rand(DataType.FLOAT, u.k(), u.n()).dup('f');
        INDArray c = Nd4j.create(DataType.FLOAT, new long[] {u.m(), u.n()}, 'f');
        Runnable product = () -> Nd4j.gemm(a, b, c, u.transposeA(), u.transposeB(), 1.0, 0.0);
        // Calls per repetition, so that one repetition lasts minSeconds.
        long t0 = System.nanoTime();
        int probe = 0;
        while (System.nanoTime() - t0 < 50_000_000L || probe < 3) {
            product.run();
            probe++;
        }
        double perCall = (System.nanoTime() - t0) / 1e9 / probe;
        int calls = (int) Math.max(1, Math.ceil(minSeconds / perCall));
        double[] rates = new double[5];
        for (int r = 0; r < rates.length; r++) {
            long s = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                product.run();
            }
            rates[r] = u.flops() * calls / ((System.nanoTime() - s) / 1e9) / 1e9;
        }
        a.close();
        b.close();
        c.close();
        return Stats.of(rates).median();
    }
}
