package org.neurobeam.ingest.ephys;

import java.io.IOException;
import java.util.List;
import org.neurobeam.ingest.Checks;

/**
 * A raw electrophysiology recording opened for reading, the contract of MNE's {@code BaseRaw}: the
 * header is parsed on opening; samples are read on demand, touching only the records or buffers that
 * hold them, so no reader ever holds the whole file. Reads are positional with per-call buffers, so
 * one open reader may serve concurrent reads.
 */
public interface RawReader extends AutoCloseable {

    /** Channels, start time, annotations, segments and warnings. */
    RawInfo info();

    /**
     * Samples {@code start .. start+count-1} of {@code channel} at its native rate, in the unit
     * {@link Channel#unit()} names (V, T, T/m for voltages and fields stored in any prefix; other units
     * as stored).
     */
    double[] read(int channel, long start, int count) throws IOException;

    /**
     * The same sample window of several channels, which must share one sampling rate; row {@code i}
     * holds {@code channels[i]}. Readers override this to visit each record once.
     */
    default double[][] read(int[] channels, long start, int count) throws IOException {
        checkSameRate(channels);
        double[][] out = new double[channels.length][];
        for (int i = 0; i < channels.length; i++) {
            out[i] = read(channels[i], start, count);
        }
        return out;
    }

    /** Triggers decoded from the recording's stim channel, empty when it has none. */
    List<TriggerEvent> events() throws IOException;

    @Override
    void close() throws IOException;

    /** Fails unless the window lies inside {@code channel}'s samples. */
    default void checkWindow(int channel, long start, int count) {
        List<Channel> all = info().channels();
        Checks.argument(channel >= 0 && channel < all.size(), "channel", "expected 0..%d, got %d",
                all.size() - 1, channel);
        long n = all.get(channel).sampleCount();
        Checks.argument(start >= 0 && count >= 0 && start + count <= n, "window",
                "samples %d..%d are outside channel '%s' (%d samples)", start, start + count - 1,
                all.get(channel).name(), n);
    }

    /** Fails unless all {@code channels} share one sampling rate and the window lies inside each of them. */
    default void checkWindows(int[] channels, long start, int count) {
        checkSameRate(channels);
        for (int c : channels) {
            checkWindow(c, start, count);
        }
    }

    /** Fails unless all {@code channels} share one sampling rate. */
    default void checkSameRate(int[] channels) {
        List<Channel> all = info().channels();
        for (int c : channels) {
            checkWindow(c, 0, 0);
            Checks.argument(all.get(c).sampleRate() == all.get(channels[0]).sampleRate(), "channels",
                    "a window read needs one sampling rate; '%s' has %s Hz, '%s' %s Hz", all.get(c).name(),
                    all.get(c).sampleRate(), all.get(channels[0]).name(), all.get(channels[0]).sampleRate());
        }
    }
}
