package org.neurobeam.ingest.fif;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.neurobeam.ingest.ephys.ChannelType;

/**
 * One {@code FIFF_CH_INFO} tag ({@code fiffChInfoRec}, 96 bytes: scanNo, logNo, kind, range, cal,
 * coil_type, loc[12], unit, unit_mul, ch_name[16]; MNE {@code _read_ch_info_struct}).
 *
 * @param name     channel name (up to 15 Latin-1 characters, NUL-terminated)
 * @param scanNo   scanning order number
 * @param logNo    logical channel number
 * @param kind     FIFFV_*_CH
 * @param range    voltmeter range (float32 widened)
 * @param cal      calibration (float32 widened)
 * @param coilType FIFFV_COIL_*
 * @param loc      r0, ex, ey, ez (float32 widened)
 * @param unit     FIFF_UNIT_*
 * @param unitMul  power-of-ten multiplier of the unit
 */
public record FifChannel(String name, int scanNo, int logNo, int kind, double range, double cal, int coilType,
        double[] loc, int unit, int unitMul) {

    static final int BYTES = 96;
    private static final int NAME_BYTES = 16;

    private static final Map<Integer, ChannelType> TYPES = Map.ofEntries(
            Map.entry(Fiff.EEG_CH, ChannelType.EEG),
            Map.entry(Fiff.STIM_CH, ChannelType.STIM),
            Map.entry(Fiff.BIO_CH, ChannelType.BIO),
            Map.entry(Fiff.MCG_CH, ChannelType.MEG_MAG),
            Map.entry(Fiff.EOG_CH, ChannelType.EOG),
            Map.entry(Fiff.REF_MEG_CH, ChannelType.REF_MEG),
            Map.entry(Fiff.EMG_CH, ChannelType.EMG),
            Map.entry(Fiff.ECG_CH, ChannelType.ECG),
            Map.entry(Fiff.MISC_CH, ChannelType.MISC),
            Map.entry(Fiff.RESP_CH, ChannelType.RESP),
            Map.entry(Fiff.SEEG_CH, ChannelType.SEEG),
            Map.entry(Fiff.DBS_CH, ChannelType.DBS),
            Map.entry(Fiff.SYST_CH, ChannelType.SYST),
            Map.entry(Fiff.ECOG_CH, ChannelType.ECOG),
            Map.entry(Fiff.IAS_CH, ChannelType.IAS),
            Map.entry(Fiff.EXCI_CH, ChannelType.EXCI),
            Map.entry(Fiff.FNIRS_CH, ChannelType.FNIRS),
            Map.entry(Fiff.TEMPERATURE_CH, ChannelType.TEMP),
            Map.entry(Fiff.GALVANIC_CH, ChannelType.GSR));

    private static final Map<Integer, String> UNITS = Map.ofEntries(
            Map.entry(Fiff.UNIT_NONE, ""),
            Map.entry(Fiff.UNIT_UNITLESS, ""),
            Map.entry(Fiff.UNIT_M, "m"),
            Map.entry(Fiff.UNIT_SEC, "s"),
            Map.entry(Fiff.UNIT_HZ, "Hz"),
            Map.entry(Fiff.UNIT_V, "V"),
            Map.entry(Fiff.UNIT_S, "S"),
            Map.entry(Fiff.UNIT_T, "T"),
            Map.entry(Fiff.UNIT_CEL, "\u00b0C"),
            Map.entry(Fiff.UNIT_T_M, "T/m"),
            Map.entry(Fiff.UNIT_AM, "Am"));

    /** Decodes a 96-byte channel info struct. */
    static FifChannel parse(ByteBuffer data) {
        int scanNo = data.getInt();
        int logNo = data.getInt();
        int kind = data.getInt();
        double range = data.getFloat();
        double cal = data.getFloat();
        int coil = data.getInt();
        double[] loc = new double[12];
        for (int i = 0; i < loc.length; i++) {
            loc[i] = data.getFloat();
        }
        int unit = data.getInt();
        int unitMul = data.getInt();
        byte[] name = new byte[NAME_BYTES];
        data.get(name);
        int end = 0;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        return new FifChannel(new String(name, 0, end, StandardCharsets.ISO_8859_1), scanNo, logNo, kind, range, cal,
                coil, loc, unit, unitMul);
    }

    /** Channel type; MEG channels are magnetometers when in T, gradiometers when in T/m (as MNE). */
    public ChannelType type() {
        if (kind == Fiff.MEG_CH) {
            return unit == Fiff.UNIT_T_M ? ChannelType.MEG_GRAD : ChannelType.MEG_MAG;
        }
        return TYPES.getOrDefault(kind, ChannelType.MISC);
    }

    /** Unit symbol of calibrated values, or "unit N" for codes this package does not name. */
    public String unitSymbol() {
        return UNITS.getOrDefault(unit, "unit " + unit);
    }

    /** The factor MNE applies to stored values: cal x range (unit_mul is not applied, as in MNE). */
    public double calibration() {
        return cal * range;
    }
}
