package org.neurobeam.preprocess.ephys.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * FIR design as MNE 1.3's {@code create_filter(method='fir', phase='zero', fir_window='hamming',
 * fir_design='firwin')} with {@code _triage_filter_params}' automatic transition bands and length:
 * break points from 0 to Nyquist with 0/1 gains, then {@link Firwin}. Coefficients match MNE to round-off.
 */
public final class FirDesign {

    private static final String WINDOW = "hamming";

    private FirDesign() {
    }

    /** Designs the filter {@code config} describes for {@code samplingRateHz}. */
    public static FirFilter design(double samplingRateHz, FirConfig config) {
        Checks.positive(samplingRateHz, "sfreq");
        double nyquist = samplingRateHz / 2;
        Double l = config.lFreq();
        Double h = config.hFreq();
        if (l != null && h != null && l >= h) {
            return bandStop(samplingRateHz, new double[] {h}, new double[] {l},
                    new double[] {config.hTransBandwidth() == null ? lowAuto(h) : config.hTransBandwidth()},
                    new double[] {config.lTransBandwidth() == null ? highAuto(l, nyquist) : config.lTransBandwidth()},
                    config.filterLength());
        }
        Checks.argument(h == null || h < nyquist, "h_freq", "lowpass frequency %s must be less than Nyquist (%s)",
                h, nyquist);
        List<double[]> points = new ArrayList<>();
        List<Double> lowTransitions = new ArrayList<>();
        List<Double> highTransitions = new ArrayList<>();
        FilterKind kind;
        if (l != null) {
            double tb = config.lTransBandwidth() == null ? lowAuto(l) : config.lTransBandwidth();
            double stop = l - tb;
            Checks.argument(stop >= 0, "l_trans_bandwidth", "Filter specification invalid: Lower stop frequency"
                    + " negative (%.2f Hz). Increase pass frequency or reduce the transition bandwidth", stop);
            lowTransitions.add(tb);
            if (stop != 0) {
                points.add(new double[] {0, 0});
            }
            points.add(new double[] {stop, 0});
            points.add(new double[] {l, 1});
            kind = h == null ? FilterKind.HIGHPASS : FilterKind.BANDPASS;
        } else {
            points.add(new double[] {0, 1});
            kind = FilterKind.LOWPASS;
        }
        if (h != null) {
            double tb = config.hTransBandwidth() == null ? highAuto(h, nyquist) : config.hTransBandwidth();
            double stop = h + tb;
            Checks.argument(stop <= nyquist, "h_trans_bandwidth", "Effective band-stop frequency (%s) is too high"
                    + " (maximum based on Nyquist is %s)", stop, nyquist);
            highTransitions.add(tb);
            points.add(new double[] {h, 1});
            points.add(new double[] {stop, 0});
            if (stop != nyquist) {
                points.add(new double[] {nyquist, 0});
            }
        } else {
            points.add(new double[] {nyquist, 1});
        }
        List<Double> all = new ArrayList<>(lowTransitions);
        all.addAll(highTransitions);
        return build(samplingRateHz, kind, points, lowTransitions, highTransitions, all, config.filterLength());
    }

    /**
     * Band-stop with one or more stop bands, as {@code create_filter(l_freq=highs, h_freq=lows)} with
     * explicit transition bandwidths: for each band the gain is 1 at {@code lows[i]}, 0 at
     * {@code lows[i] + lowTransitions[i]} and {@code highs[i] - highTransitions[i]}, 1 at {@code highs[i]}.
     *
     * @param filterLength taps or null for 'auto'
     */
    static FirFilter bandStop(double samplingRateHz, double[] lows, double[] highs, double[] lowTransitions,
            double[] highTransitions, Integer filterLength) {
        double nyquist = samplingRateHz / 2;
        Checks.argument(lows.length == highs.length, "l_freq", "l_freq and h_freq must be the same length");
        List<double[]> points = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < lows.length; i++) {
            Checks.argument(lows[i] > 0, "h_freq", "highpass frequency %s must be greater than zero", lows[i]);
            Checks.argument(highs[i] < nyquist, "l_freq", "lowpass frequency %s must be less than Nyquist (%s)",
                    highs[i], nyquist);
            Checks.argument(lowTransitions[i] > 0 && highTransitions[i] > 0, "trans_bandwidth",
                    "transition bandwidths must be positive");
            points.add(new double[] {lows[i], 1});
            points.add(new double[] {lows[i] + lowTransitions[i], 0});
            points.add(new double[] {highs[i] - highTransitions[i], 0});
            points.add(new double[] {highs[i], 1});
            all.add(lowTransitions[i]);
            all.add(highTransitions[i]);
        }
        points.sort(Comparator.comparingDouble(p -> p[0]));
        if (points.get(0)[0] != 0) {
            points.add(0, new double[] {0, 1});
        }
        if (points.get(points.size() - 1)[0] != nyquist) {
            points.add(new double[] {nyquist, 1});
        }
        for (int i = 2; i < points.size(); i++) {
            double second = points.get(i)[1] - 2 * points.get(i - 1)[1] + points.get(i - 2)[1];
            Checks.argument(Math.abs(second) <= 1, "l_freq", "Stop bands are not sufficiently separated.");
        }
        return build(samplingRateHz, FilterKind.BANDSTOP, points, box(lowTransitions), box(highTransitions), all,
                filterLength);
    }

    /** MNE's automatic transition at a high-pass edge (or lower band-stop edge): {@code min(max(0.25 f, 2), f)}. */
    static double lowAuto(double f) {
        return Math.min(Math.max(0.25 * f, 2.0), f);
    }

    /** MNE's automatic transition at a low-pass edge: {@code min(max(0.25 f, 2), nyquist - f)}. */
    static double highAuto(double f, double nyquist) {
        return Math.min(Math.max(0.25 * f, 2.0), nyquist - f);
    }

    /**
     * MNE's {@code filter_length='auto'}: {@code ceil(3.3 / min(transitions) x sfreq)} made odd; a given
     * length is made odd by adding one.
     */
    static int length(Integer requested, List<Double> transitions, double samplingRateHz) {
        int n;
        if (requested == null) {
            double seconds = Firwin.HAMMING_LENGTH_FACTOR / transitions.stream().mapToDouble(Double::doubleValue)
                    .min().orElseThrow();
            n = (int) Math.max(Math.ceil(seconds * samplingRateHz), 1);
        } else {
            n = requested;
        }
        return n + (n - 1) % 2;
    }

    private static FirFilter build(double samplingRateHz, FilterKind kind, List<double[]> points,
            List<Double> lowTransitions, List<Double> highTransitions, List<Double> allTransitions,
            Integer filterLength) {
        int n = length(filterLength, allTransitions, samplingRateHz);
        double nyquist = samplingRateHz / 2;
        double[] freq = new double[points.size()];
        double[] gain = new double[points.size()];
        List<Double> hz = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        for (int i = 0; i < freq.length; i++) {
            freq[i] = points.get(i)[0] / nyquist;
            gain[i] = points.get(i)[1];
            hz.add(points.get(i)[0]);
            gains.add(gain[i]);
        }
        double[] h = Firwin.design(n, freq, gain, samplingRateHz);
        FilterDescription description = new FilterDescription("fir", kind, samplingRateHz, hz, gains, lowTransitions,
                highTransitions, n, "firwin", WINDOW, "zero", "reflect_limited", n - 1, 0);
        return new FirFilter(h, description);
    }

    private static List<Double> box(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
