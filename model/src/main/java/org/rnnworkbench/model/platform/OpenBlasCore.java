package org.rnnworkbench.model.platform;

import java.util.Optional;

/**
 * The OpenBLAS kernel families worth forcing through {@code OPENBLAS_CORETYPE}, each with the CPU flags its
 * kernels execute. The OpenBLAS 0.3.19 bundled with ND4J does not recognise recent Xeon models and falls back to
 * its slowest kernels ("Prescott"), so naming the family makes sgemm several times faster; naming one whose
 * instructions the CPU lacks would crash on the first illegal instruction, hence the flag check.
 */
public enum OpenBlasCore {
    /** AVX-512 kernels (Skylake-SP and later Xeons, Ice Lake, ...). */
    SKYLAKEX("SkylakeX", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"),
    /** AVX2 + FMA kernels (Haswell and later, Zen). */
    HASWELL("Haswell", "avx2", "fma");

    private final String openBlasName;
    private final String[] requiredFlags;

    OpenBlasCore(String openBlasName, String... requiredFlags) {
        this.openBlasName = openBlasName;
        this.requiredFlags = requiredFlags;
    }

    /** The value OpenBLAS expects in {@code OPENBLAS_CORETYPE}. */
    public String openBlasName() {
        return openBlasName;
    }

    /** Whether the CPU can execute these kernels. */
    public boolean supportedBy(CpuFeatures cpu) {
        return cpu.hasAll(requiredFlags);
    }

    /**
     * The fastest family the CPU supports, or empty when it supports none of them; OpenBLAS's own detection is
     * then the safe choice.
     */
    public static Optional<OpenBlasCore> bestFor(CpuFeatures cpu) {
        for (OpenBlasCore core : values()) {
            if (core.supportedBy(cpu)) {
                return Optional.of(core);
            }
        }
        return Optional.empty();
    }
}
