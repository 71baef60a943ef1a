package org.neurobeam.ingest.fif;

/**
 * The FIF constants this package reads, with the values of the Neuromag FIFF specification as listed
 * in MNE's {@code mne/io/constants.py} (tag kinds {@code FIFF_*}, block kinds {@code FIFFB_*}, data
 * types {@code FIFFT_*}, channel kinds {@code FIFFV_*_CH}, units {@code FIFF_UNIT_*}).
 */
final class Fiff {

    private Fiff() {
    }

    // Tag kinds.
    static final int FILE_ID = 100;
    static final int BLOCK_START = 104;
    static final int BLOCK_END = 105;
    static final int NCHAN = 200;
    static final int SFREQ = 201;
    static final int CH_INFO = 203;
    static final int MEAS_DATE = 204;
    static final int COMMENT = 206;
    static final int FIRST_SAMPLE = 208;
    static final int EXPERIMENTER = 212;
    static final int DIG_POINT = 213;
    static final int LOWPASS = 219;
    static final int COORD_TRANS = 222;
    static final int HIGHPASS = 223;
    static final int LINE_FREQ = 235;
    static final int DATA_BUFFER = 300;
    static final int DATA_SKIP = 301;
    static final int MNE_BASELINE_MIN = 3568;
    static final int MNE_BASELINE_MAX = 3569;

    // Block kinds.
    static final int B_MEAS_INFO = 101;
    static final int B_RAW_DATA = 102;
    static final int B_ISOTRAK = 107;
    static final int B_CONTINUOUS_DATA = 112;
    static final int B_MNE_ANNOTATIONS = 3810;

    // Data types.
    static final int T_SHORT = 2;
    static final int T_INT = 3;
    static final int T_FLOAT = 4;
    static final int T_DOUBLE = 5;
    static final int T_STRING = 10;
    static final int T_DAU_PACK16 = 16;
    static final int T_CH_INFO_STRUCT = 30;

    /** The "next" field: the next tag follows this one; -1: no tag follows. */
    static final int NEXT_SEQ = 0;
    static final int NEXT_NONE = -1;

    // Channel kinds.
    static final int MEG_CH = 1;
    static final int EEG_CH = 2;
    static final int STIM_CH = 3;
    static final int BIO_CH = 102;
    static final int MCG_CH = 201;
    static final int EOG_CH = 202;
    static final int REF_MEG_CH = 301;
    static final int EMG_CH = 302;
    static final int ECG_CH = 402;
    static final int MISC_CH = 502;
    static final int RESP_CH = 602;
    static final int SEEG_CH = 802;
    static final int DBS_CH = 803;
    static final int SYST_CH = 900;
    static final int ECOG_CH = 902;
    static final int IAS_CH = 910;
    static final int EXCI_CH = 920;
    static final int FNIRS_CH = 1100;
    static final int TEMPERATURE_CH = 1200;
    static final int GALVANIC_CH = 1300;

    // Units.
    static final int UNIT_NONE = -1;
    static final int UNIT_UNITLESS = 0;
    static final int UNIT_M = 1;
    static final int UNIT_SEC = 3;
    static final int UNIT_HZ = 101;
    static final int UNIT_V = 107;
    static final int UNIT_S = 110;
    static final int UNIT_T = 112;
    static final int UNIT_CEL = 114;
    static final int UNIT_T_M = 201;
    static final int UNIT_AM = 202;
}
