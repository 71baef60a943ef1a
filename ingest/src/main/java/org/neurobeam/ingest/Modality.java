package org.neurobeam.ingest;

import java.util.Locale;

/** What kind of signal a recording holds; {@link #label()} is the value of the tables' {@code modality} column. */
public enum Modality {
    BOLD,
    EEG,
    MEG,
    IEEG,
    CALCIUM,
    SPIKES;

    /** Lower-case label as written in tables and manifests ({@code bold}, {@code eeg}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label case-insensitively; fails listing the known labels. */
    public static Modality fromLabel(String label) {
        for (Modality m : values()) {
            if (m.label().equalsIgnoreCase(label == null ? "" : label.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("modality: expected one of bold, eeg, meg, ieeg, calcium, spikes, got '"
                + label + "'");
    }
}
