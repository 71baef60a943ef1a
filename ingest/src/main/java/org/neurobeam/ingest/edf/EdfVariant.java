package org.neurobeam.ingest.edf;

/**
 * The file flavours: EDF (16-bit two's complement little-endian samples, EDF spec "Data records"),
 * BDF (24-bit, BioSemi "BDF format": version byte 0xFF then "BIOSEMI", reserved "24BIT") and their
 * "plus" forms, told apart by the first five characters of the reserved field (EDF+ spec §2.1.1:
 * "EDF+C" continuous, "EDF+D" discontinuous; BDF+ the same with "BDF+").
 */
public enum EdfVariant {
    EDF(2, false, false),
    EDF_PLUS_C(2, true, false),
    EDF_PLUS_D(2, true, true),
    BDF(3, false, false),
    BDF_PLUS_C(3, true, false),
    BDF_PLUS_D(3, true, true);

    private final int sampleBytes;
    private final boolean plus;
    private final boolean discontinuous;

    EdfVariant(int sampleBytes, boolean plus, boolean discontinuous) {
        this.sampleBytes = sampleBytes;
        this.plus = plus;
        this.discontinuous = discontinuous;
    }

    /** 2 for EDF, 3 for BDF. */
    public int sampleBytes() {
        return sampleBytes;
    }

    /** Whether records carry time-keeping TALs (EDF+ spec §2.2.4). */
    public boolean isPlus() {
        return plus;
    }

    /** Whether records may be separated by gaps (EDF+D / BDF+D). */
    public boolean isDiscontinuous() {
        return discontinuous;
    }

    /** Smallest digital value the sample width holds. */
    public int digitalFloor() {
        return -(1 << (8 * sampleBytes - 1));
    }

    /** Largest digital value the sample width holds. */
    public int digitalCeiling() {
        return (1 << (8 * sampleBytes - 1)) - 1;
    }

    /** The label of this variant's annotation signals ("EDF Annotations" / "BDF Annotations"). */
    public String annotationLabel() {
        return sampleBytes == 2 ? "EDF Annotations" : "BDF Annotations";
    }

    /** EDF, EDF+C, ... as written in the reserved field. */
    public String label() {
        String base = sampleBytes == 2 ? "EDF" : "BDF";
        return plus ? base + (discontinuous ? "+D" : "+C") : base;
    }
}
