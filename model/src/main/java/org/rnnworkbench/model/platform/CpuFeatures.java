package org.rnnworkbench.model.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The instruction-set flags of this machine's CPU, as Linux lists them in {@code /proc/cpuinfo}
 * ({@code avx2}, {@code fma}, {@code avx512f}, ...). Elsewhere, or when the file cannot be read, the set is empty,
 * which makes every recommendation built on it fall back to "let the library decide".
 */
public final class CpuFeatures {
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private final Set<String> flags;

    private CpuFeatures(Set<String> flags) {
        this.flags = Collections.unmodifiableSet(flags);
    }

    /** The flags of the running machine; empty when {@code /proc/cpuinfo} is absent or unreadable. */
    public static CpuFeatures detect() {
        try {
            return parse(Files.readString(CPUINFO));
        } catch (IOException | SecurityException e) {
            return none();
        }
    }

    /** A CPU about which nothing is known. */
    public static CpuFeatures none() {
        return new CpuFeatures(new TreeSet<>());
    }

    /**
     * Reads the text of a {@code /proc/cpuinfo}. Only the first {@code flags} line counts: the kernel lists one
     * per logical CPU and they agree on the machines we run on; taking more than one could only add flags that
     * some core lacks.
     */
    public static CpuFeatures parse(String cpuinfo) {
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).trim().equals("flags")) {
                continue;
            }
            String[] names = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT).split("\\s+");
            return new CpuFeatures(new TreeSet<>(Arrays.asList(names)));
        }
        return none();
    }

    /** Whether the CPU has every one of the given flags. */
    public boolean hasAll(String... names) {
        for (String name : names) {
            if (!flags.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** All flags, sorted. */
    public Set<String> flags() {
        return flags;
    }
}
