package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Parcellation without an atlas, after nilearn's {@code Parcellations(method="kmeans")}: the z-scored
 * time series of the voxels inside the mask ({@link MaskedSeries}) clustered by {@link KMeans};
 * parcels numbered 1..k by their first voxel, so results are reproducible for a given seed.
 *
 * <p>Unlike nilearn, the series are clustered as they are, without its randomised-SVD reduction of
 * the time axis, and with Lloyd's k-means instead of {@code MiniBatchKMeans}.
 *
 * <p>Memory: masked voxels x volumes doubles (the series), plus k x volumes centroids.
 */
public final class KMeansParcellation {

    private final KMeansConfig config;

    public KMeansParcellation(KMeansConfig config) {
        this.config = config;
    }

    /** Parcellates {@code bold} within {@code mask} (null: every voxel). */
    public Parcellation fit(Path bold, BrainMask mask) throws IOException {
        MaskedSeries series = MaskedSeries.load(bold, mask, config.clusters());
        KMeans.Result result = KMeans.fit(series.rows(), config);
        return series.parcellation(result.assignment(), config.clusters(), result.inertia());
    }
}
