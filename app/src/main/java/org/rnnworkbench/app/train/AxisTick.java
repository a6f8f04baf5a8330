package org.rnnworkbench.app.train;

/**
 * One tick mark of a chart axis.
 *
 * @param position where the tick sits, in the units the chart plots ({@code log10} of the value on a log axis)
 * @param label the value as written on the axis, e.g. {@code 1e-3}, {@code 0.02}, {@code 2500}
 */
record AxisTick(double position, String label) {
}
