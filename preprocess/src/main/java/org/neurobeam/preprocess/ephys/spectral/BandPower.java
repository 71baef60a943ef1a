package org.neurobeam.preprocess.ephys.spectral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurobeam.ingest.Checks;

/**
 * Band power from a PSD by the rectangle rule: absolute power of {@code [low, high)} is
 * {@code sum(psd[f] for low <= f < high) x df}; relative power divides it by the same sum over
 * {@code [min low, max high)} of the bands given (for {@link FrequencyBand#CLASSICAL}: 1-45 Hz).
 * Not an MNE function (MNE's tutorials average or sum bins with the same half-open masks).
 *
 * @param absolute band name to per-channel power (signal units squared)
 * @param relative band name to per-channel fraction of the total over the bands' span
 */
public record BandPower(Map<String, double[]> absolute, Map<String, double[]> relative) {

    /** Absolute and relative power of each band for each channel of {@code spectrum}. */
    public static BandPower of(PowerSpectrum spectrum, List<FrequencyBand> bands) {
        Checks.argument(!bands.isEmpty(), "bands", "give at least one band");
        double df = spectrum.resolutionHz();
        Checks.argument(!Double.isNaN(df), "psd", "band power needs at least two frequency bins");
        double low = bands.stream().mapToDouble(FrequencyBand::lowHz).min().orElseThrow();
        double high = bands.stream().mapToDouble(FrequencyBand::highHz).max().orElseThrow();
        double[] total = integrate(spectrum, low, high, df);
        Map<String, double[]> absolute = new LinkedHashMap<>();
        Map<String, double[]> relative = new LinkedHashMap<>();
        for (FrequencyBand band : bands) {
            double[] power = integrate(spectrum, band.lowHz(), band.highHz(), df);
            double[] fraction = new double[power.length];
            for (int c = 0; c < power.length; c++) {
                fraction[c] = power[c] / total[c];
            }
            absolute.put(band.name(), power);
            relative.put(band.name(), fraction);
        }
        return new BandPower(absolute, relative);
    }

    private static double[] integrate(PowerSpectrum spectrum, double low, double high, double df) {
        double[] f = spectrum.frequenciesHz();
        double[][] psd = spectrum.psd();
        double[] out = new double[psd.length];
        for (int c = 0; c < psd.length; c++) {
            double sum = 0;
            for (int k = 0; k < f.length; k++) {
                if (f[k] >= low && f[k] < high) {
                    sum += psd[c][k];
                }
            }
            out[c] = sum * df;
        }
        return out;
    }
}
