package org.neurobeam.ingest.edf;

/**
 * The EDF header record as the EDF specification (edfplus.info/specs/edf.html, "Header record")
 * declares it: a 256-byte fixed part, then per-signal fields each stored for all {@code ns} signals
 * before the next field. Every field is space-padded ASCII; {@link #label} is the spec's name, used in
 * error messages. BDF (BioSemi) keeps the layout and only changes the version field and sample width.
 */
enum EdfField {
    VERSION("version", 8, false),
    PATIENT("local patient identification", 80, false),
    RECORDING("local recording identification", 80, false),
    START_DATE("startdate", 8, false),
    START_TIME("starttime", 8, false),
    HEADER_BYTES("number of bytes in header record", 8, false),
    RESERVED("reserved", 44, false),
    RECORDS("number of data records", 8, false),
    RECORD_DURATION("duration of a data record", 8, false),
    SIGNALS("number of signals", 4, false),
    LABEL("label", 16, true),
    TRANSDUCER("transducer type", 80, true),
    PHYSICAL_DIMENSION("physical dimension", 8, true),
    PHYSICAL_MIN("physical minimum", 8, true),
    PHYSICAL_MAX("physical maximum", 8, true),
    DIGITAL_MIN("digital minimum", 8, true),
    DIGITAL_MAX("digital maximum", 8, true),
    PREFILTER("prefiltering", 80, true),
    SAMPLES_PER_RECORD("nr of samples in each data record", 8, true),
    SIGNAL_RESERVED("signal reserved", 32, true);

    /** Bytes of the fixed part, and of each signal's share of the variable part. */
    static final int FIXED_BYTES = 256;
    static final int BYTES_PER_SIGNAL = 256;

    final String label;
    final int width;
    final boolean perSignal;

    EdfField(String label, int width, boolean perSignal) {
        this.label = label;
        this.width = width;
        this.perSignal = perSignal;
    }

    /** Byte offset of this field (of {@code signal} for per-signal fields) in a header of {@code ns} signals. */
    int offset(int ns, int signal) {
        int at = 0;
        for (EdfField f : values()) {
            if (f == this) {
                return perSignal ? at + signal * width : at;
            }
            at += f.perSignal ? ns * f.width : f.width;
        }
        throw new AssertionError(this);
    }
}
