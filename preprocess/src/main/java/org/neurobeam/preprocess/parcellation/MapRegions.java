package org.neurobeam.preprocess.parcellation;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Maps on the BOLD grid, reduced by least squares: for each volume y, the region signals x minimise
 * |M x - y| over the good voxels in the mask, M (voxels x regions) the maps, as nilearn
 * {@code NiftiMapsMasker} ({@code img_to_signals_maps}: {@code linalg.lstsq(maps, data)}). Streaming
 * keeps b(t) = M^T y(t) per volume; at the end the normal matrix G = M^T M over the good voxels is
 * formed once and x(t) = G^+ b(t) (pseudo-inverse by SVD, so a rank-deficient G gives lstsq's
 * minimum-norm solution). Memory: the maps on the support voxels (support x regions doubles).
 */
final class MapRegions extends RegionModel {

    private final int regions;
    /** weights[p * regions + r]: map r at support voxel p. */
    private final double[] weights;
    private double[][] products;

    private MapRegions(int[] labels, String[] names, int[] voxels, double[] weights) {
        super(labels, names, voxels);
        this.regions = labels.length;
        this.weights = weights;
    }

    /** Maps of {@code atlas} over the voxels of {@code grid} inside {@code mask} where some map is non-zero. */
    static MapRegions on(ProbabilisticAtlas atlas, VoxelGrid grid, boolean[] mask) {
        double[][] maps = atlas.mapsOn(grid);
        int k = maps.length;
        int[] labels = new int[k];
        String[] names = new String[k];
        for (int r = 0; r < k; r++) {
            labels[r] = r;
            names[r] = atlas.name(r);
        }
        int n = 0;
        int[] voxels = new int[mask.length];
        for (int v = 0; v < mask.length; v++) {
            if (mask[v] && weighs(maps, v)) {
                voxels[n++] = v;
            }
        }
        double[] weights = new double[n * k];
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < k; r++) {
                weights[p * k + r] = maps[r][voxels[p]];
            }
        }
        return new MapRegions(labels, names, Arrays.copyOf(voxels, n), weights);
    }

    private static boolean weighs(double[][] maps, int v) {
        for (double[] map : maps) {
            if (map[v] != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    void start(int volumes) {
        products = new double[volumes][regions];
    }

    @Override
    void add(int t, int p, double y) {
        double[] b = products[t];
        for (int r = 0, at = p * regions; r < regions; r++, at++) {
            b[r] += weights[at] * y;
        }
    }

    @Override
    void remove(int t, int p, double y) {
        add(t, p, -y);
    }

    @Override
    int[] voxelCounts(boolean[] excluded) {
        int[] counts = new int[regions];
        for (int p = 0, at = 0; p < voxels().length; p++) {
            for (int r = 0; r < regions; r++, at++) {
                if (weights[at] != 0 && (excluded == null || !excluded[p])) {
                    counts[r]++;
                }
            }
        }
        return counts;
    }

    @Override
    double[][] solve(boolean[] excluded, boolean[] keep) {
        int[] kept = Regions.indices(keep);
        int m = kept.length;
        DMatrixRMaj normal = new DMatrixRMaj(m, m);
        int support = voxels().length;
        for (int p = 0; p < support; p++) {
            if (excluded[p]) {
                continue;
            }
            for (int a = 0; a < m; a++) {
                double wa = weights[p * regions + kept[a]];
                if (wa == 0) {
                    continue;
                }
                for (int b = 0; b < m; b++) {
                    normal.add(a, b, wa * weights[p * regions + kept[b]]);
                }
            }
        }
        int volumes = products.length;
        DMatrixRMaj rhs = new DMatrixRMaj(m, volumes);
        for (int t = 0; t < volumes; t++) {
            for (int a = 0; a < m; a++) {
                rhs.set(a, t, products[t][kept[a]]);
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
        if (!solver.setA(normal)) {
            throw new IllegalStateException("SVD of the " + m + "x" + m + " normal matrix of the maps failed");
        }
        DMatrixRMaj x = new DMatrixRMaj(m, volumes);
        solver.solve(rhs, x);
        double[][] out = new double[volumes][m];
        for (int t = 0; t < volumes; t++) {
            for (int a = 0; a < m; a++) {
                out[t][a] = x.get(a, t);
            }
        }
        return out;
    }
}
