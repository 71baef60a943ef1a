package org.neurobeam.connectome.dynamic;

/**
 * Windowed connectivity of one recording.
 *
 * @param starts first sample of each window's support
 * @param centres centre sample of each window (start + (support − 1)/2)
 * @param edges [window][pair]: the strict upper triangle of each window's matrix, {@link UpperTriangle} order
 * @param regions number of regions
 */
public record WindowedConnectivity(int[] starts, double[] centres, double[][] edges, int regions) {

    public int windows() {
        return edges.length;
    }

    /** The full symmetric matrix of window {@code w}; the diagonal is 1 for correlations, 0 after Fisher z. */
    public double[][] matrix(int w, double diagonal) {
        return UpperTriangle.matrix(edges[w], diagonal);
    }
}
