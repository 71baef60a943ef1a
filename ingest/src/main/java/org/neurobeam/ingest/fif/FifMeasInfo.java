package org.neurobeam.ingest.fif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * The measurement info block ({@code FIFFB_MEAS_INFO}) of a raw FIF file, as MNE's {@code read_meas_info}
 * reads the parts listed here.
 *
 * @param sfreq        sampling frequency, Hz (float32 widened)
 * @param channels     channel infos in order
 * @param measDate     {@code FIFF_MEAS_DATE} (seconds, microseconds), or null
 * @param lineFreq     power line frequency, or null
 * @param highpass     high-pass corner, Hz, or null
 * @param lowpass      low-pass corner, Hz, or null
 * @param description  {@code FIFF_DESCRIPTION}, or null
 * @param experimenter {@code FIFF_EXPERIMENTER}, or null
 * @param digPoints    number of digitisation points ({@code FIFFB_ISOTRAK})
 * @param devHeadT     device-to-head transform, 4x4 row-major, or null
 */
public record FifMeasInfo(double sfreq, List<FifChannel> channels, Instant measDate, Double lineFreq,
        Double highpass, Double lowpass, String description, String experimenter, int digPoints, double[] devHeadT) {

    /** Coordinate frames of the device-to-head transform (FIFFV_COORD_DEVICE, FIFFV_COORD_HEAD). */
    private static final int DEVICE = 1;
    private static final int HEAD = 4;
    private static final int MICROS = 1000;

    static FifMeasInfo read(FifFile fif) throws IOException {
        List<FifBlock> infos = fif.root().find(Fiff.B_MEAS_INFO);
        Checks.input(!infos.isEmpty(), fif.path(), "FIFFB_MEAS_INFO", "no measurement info block");
        FifBlock info = infos.get(0);
        FifTag nchan = info.tag(Fiff.NCHAN);
        FifTag sfreq = info.tag(Fiff.SFREQ);
        Checks.input(nchan != null, fif.path(), "FIFF_NCHAN", "missing from the measurement info");
        Checks.input(sfreq != null, fif.path(), "FIFF_SFREQ", "missing from the measurement info");
        int n = fif.ints(nchan)[0];
        Checks.input(n > 0, fif.path(), "FIFF_NCHAN", "expected a positive channel count, got %d", n);
        double rate = fif.floats(sfreq)[0];
        Checks.input(rate > 0 && Double.isFinite(rate), fif.path(), "FIFF_SFREQ", "expected a positive rate, got %s",
                rate);
        List<FifChannel> channels = new ArrayList<>();
        for (FifTag tag : info.tags()) {
            if (tag.kind() == Fiff.CH_INFO) {
                fif.expect(tag, Fiff.T_CH_INFO_STRUCT);
                Checks.input(tag.size() == FifChannel.BYTES, fif.path(), "FIFF_CH_INFO",
                        "expected %d bytes, found %d", FifChannel.BYTES, tag.size());
                channels.add(FifChannel.parse(fif.data(tag)));
            }
        }
        Checks.input(channels.size() == n, fif.path(), "FIFF_NCHAN", "says %d channels, found %d FIFF_CH_INFO tags",
                n, channels.size());
        Instant date = null;
        FifTag meas = info.tag(Fiff.MEAS_DATE);
        if (meas != null) {
            int[] secs = fif.ints(meas);
            date = Instant.ofEpochSecond(secs[0], secs.length > 1 ? secs[1] * (long) MICROS : 0);
        }
        int dig = 0;
        for (FifBlock isotrak : info.find(Fiff.B_ISOTRAK)) {
            dig += (int) isotrak.tags().stream().filter(t -> t.kind() == Fiff.DIG_POINT).count();
        }
        return new FifMeasInfo(rate, channels, date, optional(fif, info, Fiff.LINE_FREQ),
                optional(fif, info, Fiff.HIGHPASS), optional(fif, info, Fiff.LOWPASS), text(fif, info, Fiff.COMMENT),
                text(fif, info, Fiff.EXPERIMENTER), dig, devHead(fif, info));
    }

    private static Double optional(FifFile fif, FifBlock block, int kind) throws IOException {
        FifTag tag = block.tag(kind);
        return tag == null ? null : fif.floats(tag)[0];
    }

    private static String text(FifFile fif, FifBlock block, int kind) throws IOException {
        FifTag tag = block.tag(kind);
        return tag == null ? null : fif.string(tag);
    }

    /** {@code fiffCoordTransRec}: from, to, rot[3][3], move[3], then the inverse; kept as a 4x4 matrix. */
    private static double[] devHead(FifFile fif, FifBlock info) throws IOException {
        for (FifTag tag : info.tags()) {
            if (tag.kind() == Fiff.COORD_TRANS) {
                ByteBuffer data = fif.data(tag);
                if (data.getInt() == DEVICE && data.getInt() == HEAD) {
                    double[] t = new double[16];
                    for (int i = 0; i < 9; i++) {
                        t[(i / 3) * 4 + i % 3] = data.getFloat();
                    }
                    for (int i = 0; i < 3; i++) {
                        t[i * 4 + 3] = data.getFloat();
                    }
                    t[15] = 1;
                    return t;
                }
            }
        }
        return null;
    }
}
