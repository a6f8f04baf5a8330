package org.rnnworkbench.model.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatActivations} with {@code exp}, {@code tanh} and {@code sigmoid} on the Vector API, as many lanes at
 * a time as the CPU's widest vectors hold (16 floats with AVX-512). Only loaded when the JVM has the module (see
 * {@link FloatActivations#best()}).
 *
 * <p>The algorithm is {@link ScalarActivations#exp}'s, lane by lane and operation by operation: {@code x = n ln2 +
 * r} with {@code n} the integer nearest {@code x log2 e}, {@code e^r} by the same degree-6 polynomial in the same order, {@code
 * 2^n} written into the exponent bits, the same cut-offs ({@code +inf} above 88, 0 below -87) and NaN passed
 * through. Java never fuses a multiply and an add on its own, so every lane gives the scalar code's result to the
 * bit (a test holds them together), and a network's outputs do not depend on whether the JVM was started with the
 * module. For the same reason we do not use the Vector API's own {@code EXP}/{@code TANH}, which call another
 * library (Intel's SVML).
 */
final class VectorActivations extends FloatActivations {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final float EXP_MAX = 88f;
    private static final float EXP_MIN = -87f;

    @Override
    String describe() {
        return "vector (" + SPECIES.length() + " lanes)";
    }

    /** {@code e^x} in every lane, as {@link ScalarActivations#exp(float)}. */
    static FloatVector exp(FloatVector x) {
        // Clamped so that 2^n stays a normal float; the lanes out of range are replaced at the end.
        FloatVector xc = x.min(EXP_MAX).max(EXP_MIN);
        // t = n + 1.5 * 2^23: n rounded to nearest (ties to even), and n + 127 in t's low bits, from where the
        // shift moves it into the exponent field of 2^n. (A float-to-int conversion of n would do the same, but
        // JDK 17 does not compile that one to vector instructions at 512 bits.)
        FloatVector t = xc.mul(ScalarActivations.LOG2_E).add(ScalarActivations.ROUNDER);
        FloatVector n = t.sub(ScalarActivations.ROUNDER);
        FloatVector r = xc.sub(n.mul(ScalarActivations.LN2_HI)).sub(n.mul(ScalarActivations.LN2_LO));
        FloatVector p = r.mul(1f / 720).add(1f / 120).mul(r).add(1f / 24).mul(r).add(1f / 6).mul(r).add(0.5f).mul(r)
                .add(1f).mul(r).add(1f);
        IntVector bits = t.reinterpretAsInts().add(127).lanewise(VectorOperators.LSHL, 23);
        FloatVector e = p.mul(bits.reinterpretAsFloats());
        // min/max pass NaN through, so a NaN lane is NaN already; these two compare false for it.
        VectorMask<Float> over = x.compare(VectorOperators.GT, EXP_MAX);
        VectorMask<Float> under = x.compare(VectorOperators.LT, EXP_MIN);
        return e.blend(Float.POSITIVE_INFINITY, over).blend(0f, under);
    }

    @Override
    void exp(float[] v, int off, int len) {
        int end = off + len;
        int i = off;
        for (int bound = off + SPECIES.loopBound(len); i < bound; i += SPECIES.length()) {
            exp(FloatVector.fromArray(SPECIES, v, i)).intoArray(v, i);
        }
        for (; i < end; i++) {
            v[i] = ScalarActivations.exp(v[i]);
        }
    }

    @Override
    void tanh(float[] v, int off, int len) {
        int end = off + len;
        int i = off;
        for (int bound = off + SPECIES.loopBound(len); i < bound; i += SPECIES.length()) {
            FloatVector e = exp(FloatVector.fromArray(SPECIES, v, i).mul(2f));
            // 1 - 2 / (e + 1), in that order, as the scalar code computes it.
            FloatVector.broadcast(SPECIES, 1f).sub(FloatVector.broadcast(SPECIES, 2f).div(e.add(1f))).intoArray(v, i);
        }
        for (; i < end; i++) {
            v[i] = 1f - 2f / (ScalarActivations.exp(2f * v[i]) + 1f);
        }
    }

    @Override
    void sigmoid(float[] v, int off, int len) {
        int end = off + len;
        int i = off;
        for (int bound = off + SPECIES.loopBound(len); i < bound; i += SPECIES.length()) {
            FloatVector e = exp(FloatVector.fromArray(SPECIES, v, i).neg());
            FloatVector.broadcast(SPECIES, 1f).div(e.add(1f)).intoArray(v, i);
        }
        for (; i < end; i++) {
            v[i] = 1f / (1f + ScalarActivations.exp(-v[i]));
        }
    }
}
