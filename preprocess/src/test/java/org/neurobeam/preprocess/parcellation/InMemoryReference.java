package org.neurobeam.preprocess.parcellation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neurobeam.ingest.nifti.NiftiReader;

/**
 * The direct computation the streaming extractor must reproduce: the whole image in memory
 * ({@link NiftiReader#readAll()}), voxels non-finite in any volume dropped, then region means or a
 * Householder-QR least-squares fit of all volumes at once.
 */
final class InMemoryReference {

    private final double[] all;
    private final int voxels;
    private final int volumes;
    private final boolean[] usable;

    InMemoryReference(Path bold, boolean[] mask) throws IOException {
        try (NiftiReader reader = NiftiReader.open(bold)) {
            all = reader.readAll();
            voxels = (int) reader.header().voxelsPerVolume();
            volumes = (int) reader.header().volumeCount();
        }
        usable = new boolean[voxels];
        for (int v = 0; v < voxels; v++) {
            usable[v] = mask == null || mask[v];
            for (int t = 0; t < volumes && usable[v]; t++) {
                usable[v] = Double.isFinite(all[t * voxels + v]);
            }
        }
    }

    /** Mean over usable voxels of each label in {@code labels} that has any ([time][label]). */
    double[][] means(int[] onGrid, int[] labels) {
        List<double[]> columns = new ArrayList<>();
        for (int label : labels) {
            double[] column = new double[volumes];
            int count = 0;
            for (int v = 0; v < voxels; v++) {
                if (usable[v] && onGrid[v] == label) {
                    count++;
                    for (int t = 0; t < volumes; t++) {
                        column[t] += all[t * voxels + v];
                    }
                }
            }
            if (count > 0) {
                for (int t = 0; t < volumes; t++) {
                    column[t] /= count;
                }
                columns.add(column);
            }
        }
        return transpose(columns, volumes);
    }

    /** lstsq(maps, data) over usable voxels, for the maps non-zero on some usable voxel ([time][map]). */
    double[][] leastSquares(double[][] maps) {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < maps.length; r++) {
            for (int v = 0; v < voxels; v++) {
                if (usable[v] && maps[r][v] != 0) {
                    kept.add(r);
                    break;
                }
            }
        }
        int rows = 0;
        for (boolean u : usable) {
            rows += u ? 1 : 0;
        }
        DMatrixRMaj design = new DMatrixRMaj(rows, kept.size());
        DMatrixRMaj data = new DMatrixRMaj(rows, volumes);
        int row = 0;
        for (int v = 0; v < voxels; v++) {
            if (!usable[v]) {
                continue;
            }
            for (int c = 0; c < kept.size(); c++) {
                design.set(row, c, maps[kept.get(c)][v]);
            }
            for (int t = 0; t < volumes; t++) {
                data.set(row, t, all[t * voxels + v]);
            }
            row++;
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(rows, kept.size());
        if (!solver.setA(design)) {
            throw new AssertionError("QR failed");
        }
        DMatrixRMaj x = new DMatrixRMaj(kept.size(), volumes);
        solver.solve(data, x);
        double[][] out = new double[volumes][kept.size()];
        for (int t = 0; t < volumes; t++) {
            for (int c = 0; c < kept.size(); c++) {
                out[t][c] = x.get(c, t);
            }
        }
        return out;
    }

    private static double[][] transpose(List<double[]> columns, int rows) {
        double[][] out = new double[rows][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            for (int t = 0; t < rows; t++) {
                out[t][c] = columns.get(c)[t];
            }
        }
        return out;
    }
}
