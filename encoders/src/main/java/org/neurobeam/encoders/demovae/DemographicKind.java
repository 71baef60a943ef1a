package org.neurobeam.encoders.demovae;

/** How DemoVAE feeds a demographic to its decoder: z-scored number, or one-hot over the levels seen in training. */
public enum DemographicKind {
    CONTINUOUS, CATEGORICAL
}
