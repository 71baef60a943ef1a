package org.neurobeam.connectome.glm;

import org.neurobeam.ingest.Checks;

/**
 * nilearn's difference-of-gammas HRF ({@code _gamma_difference_hrf}) on the oversampled grid used for
 * convolution: dt = tr / oversampling, {@code rint(timeLength / dt)} time stamps evenly spaced over
 * [0, timeLength] minus the onset, {@code gamma(delay/dispersion, loc=dt, scale=dispersion) - ratio
 * gamma(undershoot/uDispersion, loc=dt, scale=uDispersion)}, divided by its sum.
 *
 * <p>{@link #SPM}: delay 6, undershoot 16, dispersions 1, ratio 0.167 (≈ SPM's 1/6, but sampled
 * differently from {@link SpmHrf}). {@link #GLOVER}: delay 6, undershoot 12, dispersions 0.9, ratio 0.48
 * (current nilearn; nilearn before 0.10 used 0.35).
 */
public record GammaDifferenceHrf(double delay, double undershoot, double dispersion, double uDispersion,
        double ratio, double timeLength) {

    /** nilearn's {@code spm_hrf}. */
    public static final GammaDifferenceHrf SPM = new GammaDifferenceHrf(6, 16, 1, 1, 0.167, 32);
    /** nilearn's {@code glover_hrf}. */
    public static final GammaDifferenceHrf GLOVER = new GammaDifferenceHrf(6, 12, 0.9, 0.9, 0.48, 32);

    /** nilearn's time-derivative step (s) and dispersion-derivative step. */
    static final double TIME_STEP = 0.1;
    static final double DISPERSION_STEP = 0.01;

    public GammaDifferenceHrf {
        Checks.positive(delay, "delay");
        Checks.positive(undershoot, "undershoot");
        Checks.positive(dispersion, "dispersion");
        Checks.positive(uDispersion, "u_dispersion");
        Checks.argument(Double.isFinite(ratio), "ratio", "expected a finite ratio, got %s", ratio);
        Checks.positive(timeLength, "time_length");
    }

    /** The kernel on the grid of step {@code tr / oversampling}, shifted by {@code onset} seconds. */
    public double[] sample(double tr, int oversampling, double onset) {
        Checks.positive(tr, "t_r");
        Checks.argument(oversampling > 0, "oversampling", "expected a positive integer, got %d", oversampling);
        double dt = tr / oversampling;
        int n = (int) Math.rint(timeLength / dt);
        Checks.argument(n >= 2, "t_r", "kernel of %s s has fewer than 2 samples at dt = %s s", timeLength, dt);
        double step = timeLength / (n - 1);
        double[] hrf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double t = i * step - onset - dt;
            hrf[i] = GammaDensity.of(t / dispersion, delay / dispersion, 1) / dispersion
                    - ratio * GammaDensity.of(t / uDispersion, undershoot / uDispersion, 1) / uDispersion;
            sum += hrf[i];
        }
        for (int i = 0; i < n; i++) {
            hrf[i] /= sum;
        }
        return hrf;
    }

    /** nilearn's {@code *_time_derivative}: {@code (h(onset 0) - h(onset 0.1)) / 0.1}. */
    public double[] timeDerivative(double tr, int oversampling) {
        return SpmHrf.difference(sample(tr, oversampling, 0), sample(tr, oversampling, TIME_STEP), TIME_STEP);
    }

    /**
     * nilearn's {@code *_dispersion_derivative}: {@code (h - h(dispersion + 0.01)) / 0.01}, where both
     * terms are built, as nilearn's {@code _generic_dispersion_derivative} does, with delay 6 and an
     * undershoot dispersion of 1 whatever this HRF's (for Glover this differs from {@link #GLOVER}).
     */
    public double[] dispersionDerivative(double tr, int oversampling) {
        GammaDifferenceHrf base = new GammaDifferenceHrf(6, undershoot, dispersion, 1, ratio, timeLength);
        GammaDifferenceHrf wider = new GammaDifferenceHrf(6, undershoot, dispersion + DISPERSION_STEP, 1, ratio,
                timeLength);
        return SpmHrf.difference(base.sample(tr, oversampling, 0), wider.sample(tr, oversampling, 0),
                DISPERSION_STEP);
    }
}
