package org.neurobeam.preprocess.filter;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neurobeam.ingest.Checks;

/**
 * Forward-backward (zero-phase) filtering along time of each column of a {@code [time][column]}
 * array, as scipy.signal's {@code sosfiltfilt} and {@code filtfilt} with their defaults: odd
 * extension ({@code padtype='odd'}) of 3 x ntaps samples at each end and steady-state initial
 * conditions ({@code sosfilt_zi} / {@code lfilter_zi}, Gustafsson-free "pad" method) scaled by the
 * first sample of each pass.
 */
public final class ZeroPhaseFilter {

    private ZeroPhaseFilter() {
    }

    /**
     * scipy's default {@code sosfiltfilt} pad length:
     * {@code 3 (2 n_sections + 1 - min(#(b2 == 0), #(a2 == 0)))}.
     */
    public static int sosPadLength(double[][] sos) {
        int b2Zero = 0;
        int a2Zero = 0;
        for (double[] s : sos) {
            b2Zero += s[2] == 0 ? 1 : 0;
            a2Zero += s[5] == 0 ? 1 : 0;
        }
        return 3 * (2 * sos.length + 1 - Math.min(b2Zero, a2Zero));
    }

    /** scipy's default {@code filtfilt} pad length: {@code 3 max(len(a), len(b))}. */
    public static int padLength(TransferFunction filter) {
        return 3 * Math.max(filter.a().length, filter.b().length);
    }

    /** {@code scipy.signal.sosfiltfilt(sos, x, axis=0)}. */
    public static double[][] sosfiltfilt(double[][] sos, double[][] signals) {
        int edge = sosPadLength(sos);
        double[][] zi = sosfiltZi(sos);
        return perColumn(signals, edge, x -> forwardBackward(sos, zi, x));
    }

    /**
     * {@code scipy.signal.sosfiltfilt(sos, x, padtype='odd', padlen=padLength)} on one series, for callers that
     * choose their own pad length (MNE pads IIR filters by their ringing estimate).
     */
    public static double[] sosfiltfilt(double[][] sos, double[] x, int padLength) {
        Checks.argument(x.length > padLength, "signals",
                "the length of the input (%d samples) must be greater than padlen, which is %d", x.length, padLength);
        double[][] zi = sosfiltZi(sos);
        double[] y = forwardBackward(sos, zi, oddExtension(x, padLength));
        return Arrays.copyOfRange(y, padLength, padLength + x.length);
    }

    private static double[] forwardBackward(double[][] sos, double[][] zi, double[] x) {
        double[] y = SectionCascade.startingAt(sos, zi, x[0]).filter(x);
        reverse(y);
        y = SectionCascade.startingAt(sos, zi, y[0]).filter(y);
        reverse(y);
        return y;
    }

    /** {@code scipy.signal.filtfilt(b, a, x, axis=0)} (method 'pad'). */
    public static double[][] filtfilt(TransferFunction filter, double[][] signals) {
        double[] b = filter.b();
        double[] a = filter.a();
        Checks.argument(a[0] != 0, "a", "a[0] must be non-zero");
        int n = Math.max(a.length, b.length);
        double[] bn = new double[n];
        double[] an = new double[n];
        for (int i = 0; i < b.length; i++) {
            bn[i] = b[i] / a[0];
        }
        for (int i = 0; i < a.length; i++) {
            an[i] = a[i] / a[0];
        }
        double[] zi = lfilterZi(bn, an);
        return perColumn(signals, padLength(filter), x -> {
            double[] y = lfilter(bn, an, x, zi, x[0]);
            reverse(y);
            y = lfilter(bn, an, y, zi, y[0]);
            reverse(y);
            return y;
        });
    }

    /** Steady state of each section for a unit step, scaled by the DC gain of the sections before it (scipy sosfilt_zi). */
    static double[][] sosfiltZi(double[][] sos) {
        double[][] zi = new double[sos.length][];
        double scale = 1.0;
        for (int s = 0; s < sos.length; s++) {
            double[] b = {sos[s][0] / sos[s][3], sos[s][1] / sos[s][3], sos[s][2] / sos[s][3]};
            double[] a = {1.0, sos[s][4] / sos[s][3], sos[s][5] / sos[s][3]};
            double[] z = lfilterZi(b, a);
            zi[s] = new double[] {scale * z[0], scale * z[1]};
            scale *= (sos[s][0] + sos[s][1] + sos[s][2]) / (sos[s][3] + sos[s][4] + sos[s][5]);
        }
        return zi;
    }

    /**
     * Steady-state delays of the transposed direct form II for a unit step (scipy lfilter_zi):
     * solves {@code (I - companion(a)^T) zi = b[1:] - a[1:] b[0]}; {@code a[0]} must be 1.
     */
    static double[] lfilterZi(double[] b, double[] a) {
        int m = a.length - 1;
        DMatrixRMaj lhs = CommonOps_DDRM.identity(m);
        DMatrixRMaj rhs = new DMatrixRMaj(m, 1);
        for (int i = 0; i < m; i++) {
            lhs.add(i, 0, a[i + 1]);
            if (i + 1 < m) {
                lhs.add(i, i + 1, -1.0);
            }
            rhs.set(i, 0, b[i + 1] - a[i + 1] * b[0]);
        }
        DMatrixRMaj zi = new DMatrixRMaj(m, 1);
        if (!CommonOps_DDRM.solve(lhs, rhs, zi)) {
            throw new IllegalArgumentException("a: the filter has no steady state (singular lfilter_zi system)");
        }
        return zi.data;
    }

    private static double[] lfilter(double[] b, double[] a, double[] x, double[] zi, double x0) {
        int m = zi.length;
        double[] z = new double[m];
        for (int i = 0; i < m; i++) {
            z[i] = zi[i] * x0;
        }
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            double xn = x[n];
            double yn = z[0] + b[0] * xn;
            for (int k = 0; k < m - 1; k++) {
                z[k] = z[k + 1] + xn * b[k + 1] - yn * a[k + 1];
            }
            z[m - 1] = xn * b[m] - yn * a[m];
            y[n] = yn;
        }
        return y;
    }

    private interface Pass {
        double[] run(double[] extended);
    }

    private static double[][] perColumn(double[][] signals, int edge, Pass pass) {
        int n = signals.length;
        Checks.argument(n > edge, "signals",
                "the length of the input (%d time points) must be greater than padlen, which is %d", n, edge);
        int columns = signals[0].length;
        double[][] out = new double[n][columns];
        double[] column = new double[n];
        for (int c = 0; c < columns; c++) {
            for (int t = 0; t < n; t++) {
                column[t] = signals[t][c];
            }
            double[] y = pass.run(oddExtension(column, edge));
            for (int t = 0; t < n; t++) {
                out[t][c] = y[edge + t];
            }
        }
        return out;
    }

    /** scipy's {@code odd_ext}: {@code 2 x[0] - x[edge..1]}, the series, {@code 2 x[n-1] - x[n-2..n-1-edge]}. */
    private static double[] oddExtension(double[] x, int edge) {
        int n = x.length;
        double[] ext = new double[n + 2 * edge];
        for (int i = 0; i < edge; i++) {
            ext[i] = 2 * x[0] - x[edge - i];
            ext[edge + n + i] = 2 * x[n - 1] - x[n - 2 - i];
        }
        System.arraycopy(x, 0, ext, edge, n);
        return ext;
    }

    private static void reverse(double[] y) {
        for (int i = 0, j = y.length - 1; i < j; i++, j--) {
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
    }
}
