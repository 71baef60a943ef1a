package org.neurobeam.ingest.fif;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.neurobeam.ingest.Checks;
import org.neurobeam.ingest.InvalidInputException;

/**
 * The layout of the raw data block ({@code FIFFB_RAW_DATA}, else {@code FIFFB_CONTINUOUS_DATA}) as
 * MNE's {@code _read_raw_file} lays it out: an optional {@code FIFF_FIRST_SAMPLE}; an initial
 * {@code FIFF_DATA_SKIP} of n buffers moves the first sample; a later skip of n buffers becomes n times
 * the next buffer's length of zeros. Buffers may be short, int, float or double.
 *
 * @param firstSample first_samp: sample number of the first stored sample
 * @param buffers     data buffers and skips, in order, contiguous
 */
record FifRawData(long firstSample, List<FifBuffer> buffers) {

    /** The raw data layout of split part {@code part}, {@code fif}. */
    static FifRawData read(FifFile fif, int nchan, int part) throws IOException {
        List<FifBlock> blocks = fif.root().find(Fiff.B_RAW_DATA);
        if (blocks.isEmpty()) {
            blocks = fif.root().find(Fiff.B_CONTINUOUS_DATA);
        }
        Checks.input(!blocks.isEmpty(), fif.path(), "FIFFB_RAW_DATA", "no raw data block (an evoked or epochs file?)");
        long first = 0;
        long next = 0;
        int skip = 0;
        boolean seenBuffer = false;
        List<FifBuffer> buffers = new ArrayList<>();
        for (FifTag tag : blocks.get(0).tags()) {
            if (tag.kind() == Fiff.FIRST_SAMPLE) {
                first = fif.ints(tag)[0];
            } else if (tag.kind() == Fiff.DATA_SKIP) {
                skip = fif.ints(tag)[0];
            } else if (tag.kind() == Fiff.DATA_BUFFER) {
                int width = width(fif, tag);
                Checks.input(tag.size() % (nchan * width) == 0, fif.path(), "FIFF_DATA_BUFFER at byte "
                        + (tag.position() - 16), "%d bytes are not whole samples of %d channels x %d bytes", tag.size(),
                        nchan, width);
                int samples = tag.size() / (nchan * width);
                if (skip > 0 && !seenBuffer) {
                    first += (long) skip * samples;
                } else if (skip > 0) {
                    buffers.add(new FifBuffer(next, skip * samples, null, 0, part));
                    next += (long) skip * samples;
                }
                skip = 0;
                seenBuffer = true;
                buffers.add(new FifBuffer(next, samples, tag, width, part));
                next += samples;
            }
        }
        return new FifRawData(first, buffers);
    }

    private static int width(FifFile fif, FifTag tag) throws IOException {
        return switch (tag.type()) {
            case Fiff.T_SHORT, Fiff.T_DAU_PACK16 -> 2;
            case Fiff.T_INT, Fiff.T_FLOAT -> 4;
            case Fiff.T_DOUBLE -> 8;
            default -> throw new InvalidInputException(fif.path(),
                    "FIFF_DATA_BUFFER at byte " + (tag.position() - 16),
                    "data type " + tag.type() + " is not short, int, float or double");
        };
    }

    /** This layout followed by the next split part's, its buffers numbered on from this one's samples. */
    FifRawData append(FifRawData next) {
        List<FifBuffer> all = new ArrayList<>(buffers);
        long offset = samples();
        for (FifBuffer b : next.buffers) {
            all.add(new FifBuffer(offset + b.first(), b.samples(), b.tag(), b.width(), b.part()));
        }
        return new FifRawData(firstSample, all);
    }

    /** Stored samples per channel, skips included. */
    long samples() {
        FifBuffer last = buffers.isEmpty() ? null : buffers.get(buffers.size() - 1);
        return last == null ? 0 : last.first() + last.samples();
    }
}
