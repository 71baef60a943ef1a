package org.neurobeam.ingest.ephys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Modality;

/**
 * What a {@link RawReader} knows before reading any sample, as MNE's {@code raw.info} plus
 * {@code raw.annotations}.
 *
 * @param channels    channels in file order (EDF+ annotation signals excluded)
 * @param start       time of the first stored sample with sub-second precision, or {@code null} when
 *                    the file does not say
 * @param annotations annotations in file order
 * @param segments    contiguous runs of data in time order; one for continuous recordings
 * @param warnings    tolerated deviations from the format's specification, for the caller to log
 */
public record RawInfo(List<Channel> channels, Instant start, List<Annotation> annotations,
        List<Segment> segments, List<String> warnings) {

    /** Tolerance when deciding whether two segments touch: 100 ns, the resolution of EDF+ TALs. */
    private static final double TOUCH = 1e-7;

    public RawInfo {
        channels = List.copyOf(channels);
        annotations = List.copyOf(annotations);
        segments = List.copyOf(segments);
        warnings = List.copyOf(warnings);
    }

    /** The pauses between consecutive segments longer than 100 ns. */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < segments.size(); i++) {
            double end = segments.get(i - 1).end();
            double pause = segments.get(i).onset() - end;
            if (pause > TOUCH) {
                gaps.add(new Gap(end, pause));
            }
        }
        return gaps;
    }

    /**
     * The recording's modality for the tables' {@code modality} column: MEG when any channel is a MEG
     * sensor, IEEG when any is sEEG, ECoG or DBS, else EEG.
     */
    public Modality modality() {
        boolean ieeg = false;
        for (Channel c : channels) {
            if (c.type() == ChannelType.MEG_MAG || c.type() == ChannelType.MEG_GRAD) {
                return Modality.MEG;
            }
            ieeg |= c.type() == ChannelType.SEEG || c.type() == ChannelType.ECOG || c.type() == ChannelType.DBS;
        }
        return ieeg ? Modality.IEEG : Modality.EEG;
    }

    /** Index of the channel called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Seconds after {@link #start()} at which stored sample {@code sample} of {@code channel} was acquired. */
    public double timeOf(int channel, long sample) {
        double stored = sample / channels.get(channel).sampleRate();
        Segment last = segments.get(0);
        for (Segment s : segments) {
            if (s.storedStart() > stored) {
                break;
            }
            last = s;
        }
        return last.onset() + (stored - last.storedStart());
    }
}
