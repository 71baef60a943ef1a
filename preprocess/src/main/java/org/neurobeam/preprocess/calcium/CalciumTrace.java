package org.neurobeam.preprocess.calcium;

/**
 * One ROI's preprocessed trace, the intermediate arrays of suite2p's {@code dcnv.preprocess}.
 *
 * @param neuropilCorrected {@code Fc = F - neucoeff · Fneu}
 * @param baseline          {@code Flow}, one value per frame
 * @param baselineCorrected {@code Fc - Flow}, what suite2p hands to deconvolution
 */
public record CalciumTrace(double[] neuropilCorrected, double[] baseline, double[] baselineCorrected) {

    /** dF/F of the neuropil-corrected trace against this baseline (see {@link DeltaFOverF}). */
    public double[] deltaFOverF() {
        return DeltaFOverF.apply(neuropilCorrected, baseline);
    }
}
