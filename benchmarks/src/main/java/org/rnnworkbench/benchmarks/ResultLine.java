package org.rnnworkbench.benchmarks;

import java.util.OptionalDouble;

/**
 * One {@code RESULT} line: a figure for each side and ratios oriented so that a ratio above 1 always means our
 * engine is better (faster, or smaller for memory), whatever the unit.
 */
final class ResultLine {
    /** Whether a larger figure is better (characters per second) or a smaller one (microseconds, megabytes). */
    enum Better {
        HIGHER,
        LOWER
    }

    private ResultLine() {
    }

    /** Ours against a competitor: ours/theirs for rates, theirs/ours for times and sizes. */
    static double ratio(Better better, double ours, double theirs) {
        return better == Better.HIGHER ? ours / theirs : theirs / ours;
    }

    /**
     * {@code RESULT name ours=… dl4j=… torch=… ratio_dl4j=… ratio_torch=…}; a side that was not measured shows
     * {@code torchNote} (e.g. {@code skipped}) instead of a number, and so does its ratio.
     */
    static String format(String name, Better better, double ours, double dl4j, OptionalDouble torch,
            String torchNote) {
        StringBuilder sb = new StringBuilder("RESULT ").append(name)
                .append(" ours=").append(Format.number(ours))
                .append(" dl4j=").append(Format.number(dl4j))
                .append(" torch=").append(torch.isPresent() ? Format.number(torch.getAsDouble()) : torchNote)
                .append(" ratio_dl4j=").append(Format.number(ratio(better, ours, dl4j)))
                .append(" ratio_torch=");
        sb.append(torch.isPresent() ? Format.number(ratio(better, ours, torch.getAsDouble())) : torchNote);
        return sb.toString();
    }
}
