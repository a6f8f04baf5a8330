package org.rnnworkbench.model.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CPU flags in, environment recommendations out: never a kernel the CPU lacks, never over a user's setting. */
class NativeSettingsTest {
    /** Abridged from a Xeon (Ice Lake server) with AVX-512; two logical CPUs as the kernel lists them. */
    static final String AVX512_XEON = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            model name\t: Intel(R) Xeon(R) Processor
            flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c \
            avx2 bmi1 bmi2 avx512f avx512dq avx512ifma avx512cd avx512bw avx512vl avx512vbmi avx512_vnni
            bogomips\t: 4190.15

            processor\t: 1
            vendor_id\t: GenuineIntel
            flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c \
            avx2 bmi1 bmi2 avx512f avx512dq avx512ifma avx512cd avx512bw avx512vl avx512vbmi avx512_vnni
            """;
    /** A Zen 2 desktop: AVX2 and FMA, no AVX-512. */
    static final String AVX2_ONLY = """
            processor\t: 0
            vendor_id\t: AuthenticAMD
            flags\t\t: fpu vme de pse tsc msr sse sse2 ssse3 fma cx16 sse4_1 sse4_2 avx f16c avx2 bmi1 bmi2 sha_ni
            """;
    /** Sandy Bridge: AVX but neither AVX2 nor FMA. */
    static final String AVX_ONLY = """
            processor\t: 0
            flags\t\t: fpu vme de pse tsc msr sse sse2 ssse3 cx16 sse4_1 sse4_2 avx
            """;
    /** AVX-512 foundation without the VL extension (Knights Landing): SkylakeX kernels would fault. */
    static final String AVX512_WITHOUT_VL = """
            processor\t: 0
            flags\t\t: fpu sse sse2 fma avx avx2 avx512f avx512cd avx512er avx512pf
            """;
    /** An ARM machine lists "Features", not "flags". */
    static final String ARM = """
            processor\t: 0
            BogoMIPS\t: 50.00
            Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics
            """;

    @Test
    void parsesTheFlagsLine() {
        CpuFeatures cpu = CpuFeatures.parse(AVX2_ONLY);
        assertTrue(cpu.hasAll("avx2", "fma", "sse2"));
        assertFalse(cpu.hasAll("avx2", "avx512f"));
        assertTrue(CpuFeatures.parse(ARM).flags().isEmpty());
    }

    @Test
    void avx512MachinesGetSkylakeXKernels() {
        assertEquals(Optional.of(OpenBlasCore.SKYLAKEX), OpenBlasCore.bestFor(CpuFeatures.parse(AVX512_XEON)));
    }

    @Test
    void avx2MachinesGetHaswellKernels() {
        assertEquals(Optional.of(OpenBlasCore.HASWELL), OpenBlasCore.bestFor(CpuFeatures.parse(AVX2_ONLY)));
        assertEquals(Optional.of(OpenBlasCore.HASWELL),
                OpenBlasCore.bestFor(CpuFeatures.parse(AVX512_WITHOUT_VL)));
    }

    @Test
    void otherMachinesAreLeftToOpenBlas() {
        assertEquals(Optional.empty(), OpenBlasCore.bestFor(CpuFeatures.parse(AVX_ONLY)));
        assertEquals(Optional.empty(), OpenBlasCore.bestFor(CpuFeatures.parse(ARM)));
        assertEquals(Optional.empty(), OpenBlasCore.bestFor(CpuFeatures.none()));
        assertEquals(Map.of(NativeSettings.OMP_THREADS, "1"),
                NativeSettings.missing(CpuFeatures.parse(AVX_ONLY), Map.of()));
    }

    @Test
    void recommendsBothSettingsWhenNeitherIsSet() {
        assertEquals(Map.of(NativeSettings.CORETYPE, "SkylakeX", NativeSettings.OMP_THREADS, "1"),
                NativeSettings.missing(CpuFeatures.parse(AVX512_XEON), Map.of()));
    }

    @Test
    void neverOverridesTheUsersSettings() {
        Map<String, String> user = Map.of(NativeSettings.CORETYPE, "Haswell", NativeSettings.OMP_THREADS, "2");
        assertTrue(NativeSettings.missing(CpuFeatures.parse(AVX512_XEON), user).isEmpty());
        assertEquals(Map.of(NativeSettings.CORETYPE, "Haswell"),
                NativeSettings.missing(CpuFeatures.parse(AVX2_ONLY), Map.of(NativeSettings.OMP_THREADS, "2")));
    }

    @Test
    void aBlankValueCountsAsUnset() {
        assertEquals(Map.of(NativeSettings.CORETYPE, "Haswell", NativeSettings.OMP_THREADS, "1"),
                NativeSettings.missing(CpuFeatures.parse(AVX2_ONLY), Map.of(NativeSettings.CORETYPE, " ")));
    }
}
