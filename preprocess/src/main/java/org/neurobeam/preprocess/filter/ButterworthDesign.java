package org.neurobeam.preprocess.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neurobeam.ingest.Checks;

/**
 * Digital Butterworth design as scipy.signal.butter: analog prototype poles, frequency pre-warping
 * {@code 4 tan(pi Wn / 2)}, low/high/band-pass transformation, bilinear transform (fs = 2), then either
 * second-order sections ({@code zpk2sos}, pairing 'nearest') or polynomials ({@code zpk2tf}).
 * {@link #forCutoffs} adds nilearn's {@code signal.butterworth} rules for cut-offs in Hz.
 */
public final class ButterworthDesign {

    /** nilearn's order; a band-pass of this order is an order-10 digital filter. */
    public static final int NILEARN_ORDER = 5;

    private static final double FLOAT32_EPS = Math.ulp(1.0f);

    private ButterworthDesign() {
    }

    /**
     * {@code scipy.signal.butter(order, wn, btype, output='sos')}.
     *
     * @param wn one cut-off (low/high-pass) or two (band-pass), as fractions of Nyquist in (0, 1)
     */
    public static double[][] sos(int order, BandType type, double... wn) {
        return SectionPairing.toSections(zpk(order, type, wn));
    }

    /** {@code scipy.signal.butter(order, wn, btype, output='ba')}; ill-conditioned at high orders, prefer {@link #sos}. */
    public static TransferFunction ba(int order, BandType type, double... wn) {
        ZerosPolesGain zpk = zpk(order, type, wn);
        double[] b = ZerosPolesGain.polynomial(zpk.zeros());
        for (int i = 0; i < b.length; i++) {
            b[i] *= zpk.gain();
        }
        return new TransferFunction(b, ZerosPolesGain.polynomial(zpk.poles()));
    }

    /**
     * nilearn {@code signal.butterworth}'s design from cut-offs in Hz: high-pass only, low-pass only or
     * band-pass when both are given; a cut-off at or above Nyquist is lowered to
     * {@code nyquist (1 - 10 eps_float32)} with a warning; {@code highPass >= lowPass} is an error;
     * no cut-off at all gives the identity.
     *
     * @param highPassHz cut-off below which frequencies are removed, or null
     * @param lowPassHz cut-off above which frequencies are removed, or null
     */
    public static ButterworthFilter forCutoffs(int order, Double highPassHz, Double lowPassHz, double samplingRateHz) {
        Checks.argument(order > 0, "order", "expected a positive filter order, got %d", order);
        Checks.positive(samplingRateHz, "sampling_rate");
        Checks.argument(highPassHz == null || highPassHz > 0, "high_pass", "expected a positive frequency, got %s", highPassHz);
        Checks.argument(lowPassHz == null || lowPassHz > 0, "low_pass", "expected a positive frequency, got %s", lowPassHz);
        List<String> warnings = new ArrayList<>();
        if (highPassHz == null && lowPassHz == null) {
            return new ButterworthFilter(new double[0][], warnings);
        }
        double nyquist = samplingRateHz * 0.5;
        Double high = highPassHz == null ? null : belowNyquist("high", highPassHz, nyquist, warnings);
        Double low = lowPassHz == null ? null : belowNyquist("low", lowPassHz, nyquist, warnings);
        if (high != null && low != null) {
            Checks.argument(high <= low, "high_pass",
                    "high_pass (%s Hz) must be lower than low_pass (%s Hz)", highPassHz, lowPassHz);
            if (high.equals(low)) {
                warnings.add("Signals are returned unfiltered because band-pass critical frequencies are equal"
                        + " after clamping to Nyquist");
                return new ButterworthFilter(new double[0][], warnings);
            }
            return new ButterworthFilter(sos(order, BandType.BANDPASS, high / nyquist, low / nyquist), warnings);
        }
        if (high != null) {
            return new ButterworthFilter(sos(order, BandType.HIGHPASS, high / nyquist), warnings);
        }
        return new ButterworthFilter(sos(order, BandType.LOWPASS, low / nyquist), warnings);
    }

    private static double belowNyquist(String side, double frequency, double nyquist, List<String> warnings) {
        if (frequency < nyquist) {
            return frequency;
        }
        double lowered = nyquist - nyquist * 10 * FLOAT32_EPS;
        warnings.add(String.format(Locale.ROOT, "The frequency specified for the %s pass filter (%s Hz) is at or above"
                + " the Nyquist frequency (%s Hz); it has been lowered to %s Hz", side, frequency, nyquist, lowered));
        return lowered;
    }

    private static ZerosPolesGain zpk(int order, BandType type, double... wn) {
        Checks.argument(order > 0, "order", "expected a positive filter order, got %d", order);
        int expected = type == BandType.BANDPASS ? 2 : 1;
        Checks.argument(wn.length == expected, "Wn", "%s needs %d critical frequencies, got %d", type, expected, wn.length);
        double[] warped = new double[wn.length];
        for (int i = 0; i < wn.length; i++) {
            Checks.argument(wn[i] > 0 && wn[i] < 1, "Wn",
                    "digital filter critical frequencies must be 0 < Wn < 1, got %s", wn[i]);
            warped[i] = 4 * Math.tan(Math.PI * wn[i] / 2);
        }
        ZerosPolesGain prototype = ZerosPolesGain.butterworthPrototype(order);
        ZerosPolesGain analog = switch (type) {
            case LOWPASS -> prototype.lowpass(warped[0]);
            case HIGHPASS -> prototype.highpass(warped[0]);
            case BANDPASS -> {
                Checks.argument(wn[0] < wn[1], "Wn", "band edges must increase, got %s >= %s", wn[0], wn[1]);
                yield prototype.bandpass(Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
            }
        };
        return analog.bilinear(2.0);
    }
}
