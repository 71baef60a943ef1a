package org.neurobeam.connectome.dynamic;

/**
 * A k-means clustering of window feature vectors.
 *
 * @param assignment state (0..k−1) of each row
 * @param centroids [state][feature]
 * @param cost summed distance of each row to its centroid
 */
public record StateClustering(int[] assignment, double[][] centroids, double cost) {

    public int clusters() {
        return centroids.length;
    }
}
