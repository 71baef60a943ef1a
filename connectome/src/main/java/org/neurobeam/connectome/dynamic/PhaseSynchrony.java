package org.neurobeam.connectome.dynamic;

import org.neurobeam.connectome.statics.RegionSignals;
import org.neurobeam.ingest.Checks;

/**
 * Phase-synchrony measures of notes §D.4 (Glerean et al. 2012; Cabral et al. 2017). Signals should be
 * narrow-band (e.g. 0.01–0.08 Hz) beforehand; band-pass filtering is not done here. Instantaneous phases are
 * θ_i(t) = arg of the analytic signal of region i after removing its mean (our choice: a DC offset would bias
 * the phase of an unfiltered signal).
 */
public final class PhaseSynchrony {

    private PhaseSynchrony() {
    }

    /** Phases θ[time][region] in (−π, π] of validated {@code signals} [time][region]. */
    public static double[][] phases(double[][] signals) {
        int regions = RegionSignals.validate(signals);
        int time = signals.length;
        double[][] theta = new double[time][regions];
        double[] x = new double[time];
        for (int r = 0; r < regions; r++) {
            double mean = 0;
            for (int t = 0; t < time; t++) {
                mean += signals[t][r] / time;
            }
            for (int t = 0; t < time; t++) {
                x[t] = signals[t][r] - mean;
            }
            double[][] z = Hilbert.analytic(x);
            for (int t = 0; t < time; t++) {
                theta[t][r] = Math.atan2(z[1][t], z[0][t]);
            }
        }
        return theta;
    }

    /** Instantaneous phase coherence PC_ij = cos(θ_i − θ_j) at one time point. */
    public static double[][] coherence(double[] theta) {
        int n = theta.length;
        double[][] pc = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                pc[i][j] = Math.cos(theta[i] - theta[j]);
            }
        }
        return pc;
    }

    /** Phase-locking value PLV_ij = |mean_t e^{i(θ_i − θ_j)}| over time points [start, start + length). */
    public static double[][] phaseLocking(double[][] theta, int start, int length) {
        Checks.argument(length >= 1 && start >= 0 && start + length <= theta.length, "window",
                "[%d, %d) is not inside 0..%d", start, start + length, theta.length);
        int n = theta[0].length;
        double[][] plv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double c = 0;
                double s = 0;
                for (int t = start; t < start + length; t++) {
                    c += Math.cos(theta[t][i] - theta[t][j]);
                    s += Math.sin(theta[t][i] - theta[t][j]);
                }
                plv[i][j] = Math.hypot(c, s) / length;
                plv[j][i] = plv[i][j];
            }
        }
        return plv;
    }

    /** Kuramoto order parameter R(t) = |mean_j e^{iθ_j(t)}| at each time point. */
    public static double[] kuramoto(double[][] theta) {
        double[] r = new double[theta.length];
        for (int t = 0; t < theta.length; t++) {
            double c = 0;
            double s = 0;
            for (double th : theta[t]) {
                c += Math.cos(th);
                s += Math.sin(th);
            }
            r[t] = Math.hypot(c, s) / theta[t].length;
        }
        return r;
    }

    /** Synchrony: mean over time of R(t). */
    public static double synchrony(double[][] theta) {
        double m = 0;
        for (double r : kuramoto(theta)) {
            m += r;
        }
        return m / theta.length;
    }

    /** Metastability: population standard deviation (ddof 0) over time of R(t) (Deco et al. 2017). */
    public static double metastability(double[][] theta) {
        double[] r = kuramoto(theta);
        double mean = synchrony(theta);
        double v = 0;
        for (double x : r) {
            v += (x - mean) * (x - mean);
        }
        return Math.sqrt(v / r.length);
    }
}
