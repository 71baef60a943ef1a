package org.neurobeam.connectome.glm.voxel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.connectome.glm.Ar1;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmResult;
import org.neurobeam.connectome.glm.NoiseModel;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.nifti.NiftiHeader;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * nilearn's first-level {@code run_glm} on every voxel of a 4D BOLD image, reading the image once, volume
 * by volume, in order (so a {@code .nii.gz} is decompressed once): each voxel's
 * {@link SufficientStatistics} (against an orthonormal basis of the design, {@link DesignBasis}) are
 * accumulated during the pass, and the OLS fit, the Yule-Walker AR(1)
 * coefficient of its residuals ({@link ResidualAutocorrelation}), nilearn's truncation to a multiple of
 * 1/bins ({@link Ar1#bin}) and the refit with the design whitened by that coefficient
 * ({@link WhitenedDesign}; prewhitening after Worsley and Friston, NeuroImage 2:173, 1995, and Worsley
 * et al., NeuroImage 15:1, 2002, as nilearn's {@code ARModel}) all follow from those sums
 * without the time series. The result equals {@link org.neurobeam.connectome.glm.GlmFit#fit} on the
 * {@code [time][voxel]} matrix to rounding (nilearn's mean scaling, {@code signal_scaling=0}, included:
 * see {@link SignalScaling}).
 *
 * <p>Memory, p design columns: the pass holds {@code 8 (p + 3)} bytes per voxel of the mask under OLS and
 * {@code 8 (3p + 5)} under AR(1) (e.g. p = 20: 184 and 520 bytes), plus one volume of doubles; the
 * result adds {@code 8 (p + 2) + 8} bytes per voxel and each contrast {@code 5 × 8}. Nothing scales
 * with the number of volumes. Voxels are those of the mask (all voxels without one); voxels with a
 * non-finite sample or a constant series are left out, counted, and NaN in the maps. Unlike nilearn's
 * {@code FirstLevelModel}, no mask is computed from the data.
 */
public final class VoxelGlm {

    private VoxelGlm() {
    }

    /**
     * Fits {@code design} (one row per volume) to every voxel of {@code bold} inside {@code mask}
     * (one flag per voxel of a volume, i fastest; null for all voxels).
     */
    public static VoxelGlmResult fit(Path bold, DesignMatrix design, boolean[] mask, VoxelGlmConfig config)
            throws IOException {
        Checks.argument(config != null, "config", "missing");
        DesignBasis basis = new DesignBasis(design);
        WhitenedDesign ols = new WhitenedDesign(basis, 0);
        boolean ar1 = config.fit().noiseModel() == NoiseModel.AR1;
        SufficientStatistics stats;
        VoxelGrid grid;
        int[] inside;
        try (NiftiReader reader = NiftiReader.open(bold)) {
            NiftiHeader header = reader.header();
            Checks.input(header.volumeCount() == design.scans(), bold, "dim", "%d volumes for a design of %d scans",
                    header.volumeCount(), design.scans());
            Checks.input(header.voxelsPerVolume() <= Integer.MAX_VALUE - 8, bold, "dim",
                    "%d voxels per volume are more than one array holds", header.voxelsPerVolume());
            grid = VoxelGrid.of(header);
            inside = voxels(mask, grid.voxels());
            stats = new SufficientStatistics(basis.basis.values(), inside, ar1);
            double[] volume = new double[grid.voxels()];
            for (int t = 0; t < design.scans(); t++) {
                reader.readVolume(t, volume);
                stats.add(volume);
            }
        }
        return solve(stats, basis, ols, config, grid, inside);
    }

    private static int[] voxels(boolean[] mask, int total) {
        if (mask == null) {
            int[] all = new int[total];
            for (int v = 0; v < total; v++) {
                all[v] = v;
            }
            return all;
        }
        Checks.argument(mask.length == total, "mask", "%d flags for a volume of %d voxels", mask.length, total);
        int count = 0;
        for (boolean in : mask) {
            count += in ? 1 : 0;
        }
        int[] inside = new int[count];
        int k = 0;
        for (int v = 0; v < total; v++) {
            if (mask[v]) {
                inside[k++] = v;
            }
        }
        return inside;
    }

    private static VoxelGlmResult solve(SufficientStatistics stats, DesignBasis basis, WhitenedDesign ols,
            VoxelGlmConfig config, VoxelGrid grid, int[] inside) {
        int[] kept = new int[stats.voxels()];
        int units = 0;
        int nonFinite = 0;
        int constant = 0;
        for (int v = 0; v < stats.voxels(); v++) {
            if (!stats.finite(v)) {
                nonFinite++;
            } else if (stats.constant(v)) {
                constant++;
            } else {
                kept[units++] = v;
            }
        }
        Checks.argument(units > 0, "bold", "no voxel to fit: %d masked voxels, %d with non-finite values,"
                + " %d constant", stats.voxels(), nonFinite, constant);
        DesignMatrix design = basis.design;
        int p = design.columns();
        int bins = config.fit().bins();
        double[][] betas = new double[p][units];
        double[] variance = new double[units];
        double[] ar1 = new double[units];
        int[] model = new int[units];
        int[] fitted = new int[units];
        double[] beta = new double[p];
        double[] shifted = new double[p];
        ResidualAutocorrelation acf = stats.hasLags() ? new ResidualAutocorrelation(basis.basis, ols) : null;
        int[] bin = acf == null ? null : new int[units];
        for (int u = 0; u < units; u++) {
            int v = kept[u];
            fitted[u] = inside[v];
            SignalScaling scaling = SignalScaling.of(stats, v, config.meanScaling());
            double[] rss = ols.fit(stats, v, scaling, beta, shifted);
            if (acf == null) {
                store(beta, rss[0] / (stats.scans() - p), u, betas, variance);
                ar1[u] = Double.NaN;
            } else {
                bin[u] = Ar1.bin(acf.rho(stats, v, scaling, shifted, rss[0], rss[1]), bins);
            }
        }
        List<double[][]> covariances = new ArrayList<>();
        if (acf == null) {
            covariances.add(ols.covariance);
        } else {
            Map<Integer, Integer> index = new HashMap<>();
            List<WhitenedDesign> models = new ArrayList<>();
            int[] sorted = bin.clone();
            Arrays.sort(sorted);
            for (int k = 0; k < units; k++) {
                int b = sorted[k];
                if (k > 0 && b == sorted[k - 1]) {
                    continue;
                }
                index.put(b, models.size());
                WhitenedDesign whitened = new WhitenedDesign(basis, b * 1.0 / bins);
                models.add(whitened);
                covariances.add(whitened.covariance);
            }
            for (int u = 0; u < units; u++) {
                model[u] = index.get(bin[u]);
                WhitenedDesign whitened = models.get(model[u]);
                SignalScaling scaling = SignalScaling.of(stats, kept[u], config.meanScaling());
                double[] rss = whitened.fit(stats, kept[u], scaling, beta, shifted);
                store(beta, rss[0] / (stats.scans() - p), u, betas, variance);
                ar1[u] = whitened.rho;
            }
        }
        GlmResult result = new GlmResult(design.names(), betas, variance, ar1, stats.scans() - p, model,
                covariances);
        return new VoxelGlmResult(grid, fitted, result, nonFinite, constant);
    }

    private static void store(double[] beta, double variance, int u, double[][] betas, double[] variances) {
        for (int j = 0; j < beta.length; j++) {
            betas[j][u] = beta[j];
        }
        variances[u] = variance;
    }
}
