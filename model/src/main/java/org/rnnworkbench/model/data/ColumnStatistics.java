package org.rnnworkbench.model.data;

/**
 * Statistics of one feature column over every present step of the data set.
 *
 * @param column zero-indexed feature column
 * @param count present steps
 * @param min smallest value
 * @param max largest value
 * @param mean mean
 * @param std population standard deviation
 */
public record ColumnStatistics(int column, long count, double min, double max, double mean, double std) {
}
