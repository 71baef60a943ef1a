package org.neurobeam.encoders.linear;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neurobeam.ingest.Checks;

/**
 * L2-penalised logistic regression as scikit-learn's {@code LogisticRegression(C)}: minimises
 * ½||W||² + C·Σ cross-entropy, intercepts unpenalised; two classes give one coefficient row (the logit of class
 * 1), more give one row per class (multinomial softmax). Fitted by Newton's method with step halving. With
 * more features than samples the fit runs on the n sample coordinates T = UΛ^½ of the Gram matrix XXᵀ = UΛUᵀ and
 * maps back with W = Xᵀ U Λ^-½ B: exact, since the optimal W lies in the row span of X (representer theorem) and
 * the penalty is unchanged (‖W‖ = ‖B‖). The Newton unknowns, rows · (min(n, features) + 1), are capped at
 * {@link #MAX_UNKNOWNS}.
 */
public record LogisticRegression(double[][] coefficients, double[] intercepts) {

    /** Most Newton unknowns (rows × (features + 1)) accepted. */
    public static final int MAX_UNKNOWNS = 6000;
    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_HALVINGS = 30;
    private static final double INTERCEPT_JITTER = 1e-10;

    /** Fits labels {@code labels[i]} in {@code [0, classes)} of rows {@code x[i]}. */
    public static LogisticRegression fit(double[][] x, int[] labels, int classes, double c) {
        int n = x.length;
        Checks.argument(n >= 2 && labels.length == n, "samples", "expected >= 2 rows and a label each");
        Checks.argument(classes >= 2, "classes", "expected >= 2, got %d", classes);
        Checks.positive(c, "C");
        if (x[0].length > n) {
            return SampleSpace.of(x).fitAndMapBack(labels, classes, c);
        }
        return fitNewton(x, labels, classes, c);
    }

    private static LogisticRegression fitNewton(double[][] x, int[] labels, int classes, double c) {
        int p = x[0].length + 1;
        int rows = classes == 2 ? 1 : classes;
        Checks.argument(rows * p <= MAX_UNKNOWNS, "features", "%d classes × %d features are too many for Newton's "
                + "method (at most %d unknowns)", classes, p - 1, MAX_UNKNOWNS);
        double[] theta = new double[rows * p];
        double current = objective(x, labels, classes, c, theta);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] step = newtonStep(x, labels, classes, c, theta);
            double scale = 1;
            double[] candidate = new double[theta.length];
            double value = Double.POSITIVE_INFINITY;
            for (int h = 0; h < MAX_HALVINGS && !(value <= current); h++, scale /= 2) {
                for (int k = 0; k < theta.length; k++) {
                    candidate[k] = theta[k] - scale * step[k];
                }
                value = objective(x, labels, classes, c, candidate);
            }
            if (!(value <= current)) {
                break;
            }
            double change = 0;
            for (int k = 0; k < theta.length; k++) {
                change = Math.max(change, Math.abs(candidate[k] - theta[k]));
            }
            theta = candidate;
            current = value;
            if (change < 1e-9) {
                break;
            }
        }
        double[][] coefficients = new double[rows][p - 1];
        double[] intercepts = new double[rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(theta, r * p, coefficients[r], 0, p - 1);
            intercepts[r] = theta[r * p + p - 1];
        }
        return new LogisticRegression(coefficients, intercepts);
    }

    /** Class probabilities of {@code row}. */
    public double[] probabilities(double[] row) {
        int classes = coefficients.length == 1 ? 2 : coefficients.length;
        double[] logits = new double[classes];
        for (int r = 0; r < coefficients.length; r++) {
            double eta = intercepts[r];
            for (int j = 0; j < row.length; j++) {
                eta += coefficients[r][j] * row[j];
            }
            logits[coefficients.length == 1 ? 1 : r] = eta;
        }
        return softmax(logits);
    }

    /** Softmax over the classes; in the binary case class 0 has the fixed logit 0. */
    private static double[] probabilities(double[] row, int classes, double[] theta) {
        int p = row.length + 1;
        double[] logits = new double[classes];
        for (int r = 0; r < theta.length / p; r++) {
            double eta = theta[r * p + p - 1];
            for (int j = 0; j < row.length; j++) {
                eta += theta[r * p + j] * row[j];
            }
            logits[classes == 2 ? 1 : r] = eta;
        }
        return softmax(logits);
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        double[] out = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            out[k] = Math.exp(logits[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < logits.length; k++) {
            out[k] /= sum;
        }
        return out;
    }

    private static double objective(double[][] x, int[] labels, int classes, double c, double[] theta) {
        int p = x[0].length + 1;
        double penalty = 0;
        for (int k = 0; k < theta.length; k++) {
            if (k % p != p - 1) {
                penalty += theta[k] * theta[k];
            }
        }
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
            loss -= Math.log(Math.max(probabilities(x[i], classes, theta)[labels[i]], Double.MIN_NORMAL));
        }
        return 0.5 * penalty + c * loss;
    }

    /** H⁻¹g of the objective at {@code theta}. */
    private static double[] newtonStep(double[][] x, int[] labels, int classes, double c, double[] theta) {
        int p = x[0].length + 1;
        int rows = theta.length / p;
        int offset = classes == 2 ? 1 : 0;
        int m = theta.length;
        DMatrixRMaj hessian = new DMatrixRMaj(m, m);
        DMatrixRMaj gradient = new DMatrixRMaj(m, 1);
        double[] augmented = new double[p];
        augmented[p - 1] = 1;
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, augmented, 0, p - 1);
            double[] prob = probabilities(x[i], classes, theta);
            for (int r = 0; r < rows; r++) {
                double pr = prob[r + offset];
                double residual = pr - (labels[i] == r + offset ? 1 : 0);
                for (int a = 0; a < p; a++) {
                    gradient.data[r * p + a] += c * residual * augmented[a];
                }
                for (int s = r; s < rows; s++) {
                    double weight = c * ((r == s ? pr : 0) - pr * prob[s + offset]);
                    for (int a = 0; a < p; a++) {
                        double wa = weight * augmented[a];
                        int rowIndex = (r * p + a) * m + s * p;
                        for (int b = 0; b < p; b++) {
                            hessian.data[rowIndex + b] += wa * augmented[b];
                        }
                    }
                }
            }
        }
        for (int k = 0; k < m; k++) {
            boolean intercept = k % p == p - 1;
            gradient.data[k] += intercept ? 0 : theta[k];
            hessian.add(k, k, intercept ? INTERCEPT_JITTER : 1);
        }
        for (int r = 0; r < m; r++) {
            for (int s = 0; s < r; s++) {
                hessian.data[r * m + s] = hessian.data[s * m + r];
            }
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(m);
        Checks.argument(solver.setA(hessian), "C", "the logistic Hessian is not positive definite");
        DMatrixRMaj step = new DMatrixRMaj(m, 1);
        solver.solve(gradient, step);
        return step.data;
    }
}
