package org.neurobeam.ingest.suite2p;

/**
 * The per-ROI traces of a suite2p plane folder (suite2p docs, "Outputs"): each an ROIs × frames
 * float32 {@code .npy}.
 */
public enum Suite2pTrace {
    /** Fluorescence of each ROI's pixels ({@code F.npy}). */
    F("F.npy"),
    /** Neuropil fluorescence around each ROI ({@code Fneu.npy}). */
    FNEU("Fneu.npy"),
    /** Deconvolved spike amplitudes ({@code spks.npy}). */
    SPKS("spks.npy");

    private final String fileName;

    Suite2pTrace(String fileName) {
        this.fileName = fileName;
    }

    /** The file name inside the plane folder. */
    public String fileName() {
        return fileName;
    }
}
