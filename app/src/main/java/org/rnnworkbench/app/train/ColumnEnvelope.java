package org.rnnworkbench.app.train;

/**
 * A line drawn as pixel columns: for each column it crosses, the lowest and highest point of the line there.
 * A noisy loss of hundreds of points zigzags up and down within every column; stroked as a path, every zigzag is
 * rasterised edge by edge, which is what made a chart redraw cost the software renderer tens of milliseconds.
 * Filling one rectangle per column covers the same pixels at a small fraction of the cost. A smooth line is
 * better stroked (see {@link #isJagged}), since columns show steps on a gentle slope.
 */
final class ColumnEnvelope {
    /** How many times its width a line must travel up and down before it is drawn as columns. */
    static final double JAGGED_TRAVEL = 4;

    private final int firstColumn;
    private final double[] top;
    private final double[] bottom;

    private ColumnEnvelope(int firstColumn, int columns) {
        this.firstColumn = firstColumn;
        this.top = new double[columns];
        this.bottom = new double[columns];
        java.util.Arrays.fill(top, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(bottom, Double.NEGATIVE_INFINITY);
    }

    /**
     * Whether the line through the first {@code n} points goes up and down so much that columns draw it more
     * cheaply and no worse: its vertical travel exceeds {@link #JAGGED_TRAVEL} times its width.
     *
     * @param xs pixel x of each point, ascending
     * @param ys pixel y of each point
     */
    static boolean isJagged(double[] xs, double[] ys, int n) {
        if (n < 3) {
            return false;
        }
        double travel = 0;
        for (int i = 1; i < n; i++) {
            travel += Math.abs(ys[i] - ys[i - 1]);
        }
        return travel > JAGGED_TRAVEL * Math.max(1, xs[n - 1] - xs[0]);
    }

    /**
     * The columns of the line through points {@code from} (inclusive) to {@code to} (exclusive), joined in order.
     * Column {@code c} spans pixel x from {@code c} to {@code c + 1}.
     *
     * @param xs pixel x of each point, ascending
     * @param ys pixel y of each point
     */
    static ColumnEnvelope trace(double[] xs, double[] ys, int from, int to) {
        if (to <= from) {
            throw new IllegalArgumentException("no points from " + from + " to " + to);
        }
        int first = (int) Math.floor(xs[from]);
        int last = (int) Math.floor(xs[to - 1]);
        ColumnEnvelope e = new ColumnEnvelope(first, last - first + 1);
        e.include(first, ys[from]);
        for (int i = from + 1; i < to; i++) {
            e.segment(xs[i - 1], ys[i - 1], xs[i], ys[i]);
        }
        return e;
    }

    private void segment(double x0, double y0, double x1, double y1) {
        int c0 = (int) Math.floor(x0);
        int c1 = (int) Math.floor(x1);
        double slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0;
        for (int c = c0; c <= c1; c++) {
            double xa = Math.max(x0, c);
            double xb = Math.min(x1, c + 1);
            include(c, x1 > x0 ? y0 + slope * (xa - x0) : y0);
            include(c, x1 > x0 ? y0 + slope * (xb - x0) : y1);
        }
    }

    private void include(int column, double y) {
        int i = column - firstColumn;
        top[i] = Math.min(top[i], y);
        bottom[i] = Math.max(bottom[i], y);
    }

    /** The first column's pixel x. */
    int firstColumn() {
        return firstColumn;
    }

    int columns() {
        return top.length;
    }

    /** The smallest pixel y of the line in column {@code firstColumn() + i}. */
    double top(int i) {
        return top[i];
    }

    /** The largest pixel y of the line in column {@code firstColumn() + i}. */
    double bottom(int i) {
        return bottom[i];
    }
}
