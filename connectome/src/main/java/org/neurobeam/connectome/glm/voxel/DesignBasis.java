package org.neurobeam.connectome.glm.voxel;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.neurobeam.connectome.glm.DesignMatrix;
import org.neurobeam.connectome.glm.GlmConfig;
import org.neurobeam.connectome.glm.GlmFit;
import org.neurobeam.ingest.Checks;

/**
 * A design and an orthonormal basis Q of its columns (thin Householder QR, {@code X = QR}). The voxel
 * sums are taken against Q rather than X: the fitted values, residuals and whitened fits do not depend on
 * the basis, and Q's Gram matrix is the identity, so the residual sum of squares {@code y'ᵀy' - |Qᵀy'|²}
 * loses no precision to the conditioning of X (sums against X would lose a factor cond(X)²). Betas
 * return to X's columns by {@code β = R⁻¹ β_Q}.
 */
final class DesignBasis {

    final DesignMatrix design;
    final DesignMatrix basis;
    private final double[][] rInverse;

    /** Checks the design (full column rank, more scans than columns, as {@link GlmFit}) and factors it. */
    DesignBasis(DesignMatrix design) {
        GlmFit.fit(design, new double[design.scans()][1], GlmConfig.OLS);
        this.design = design;
        int n = design.scans();
        int p = design.columns();
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, p);
        Checks.argument(qr.decompose(new DMatrixRMaj(design.values())), "design_matrix", "QR decomposition failed");
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj inverse = new DMatrixRMaj(p, p);
        Checks.argument(CommonOps_DDRM.invert(qr.getR(null, true), inverse), "design_matrix", "R is singular");
        double[][] values = new double[n][p];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < p; j++) {
                values[t][j] = q.get(t, j);
            }
        }
        basis = new DesignMatrix(design.frameTimes(), design.names(), values, List.of());
        rInverse = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                rInverse[i][j] = inverse.get(i, j);
            }
        }
    }

    /** Betas over X's columns from betas over Q's, into {@code out}. */
    void toDesign(double[] basisBeta, double[] out) {
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = i; j < basisBeta.length; j++) {
                s += rInverse[i][j] * basisBeta[j];
            }
            out[i] = s;
        }
    }
}
