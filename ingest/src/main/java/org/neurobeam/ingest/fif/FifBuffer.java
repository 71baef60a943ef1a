package org.neurobeam.ingest.fif;

/**
 * One run of samples of the raw data: a {@code FIFF_DATA_BUFFER} (samples x channels,
 * channel fastest) or a skip ({@code FIFF_DATA_SKIP}, {@code tag == null}), read as zeros like MNE.
 *
 * @param first   index of its first sample, counted from the file's first sample
 * @param samples number of samples
 * @param tag     the buffer tag, or null for a skip
 * @param width   bytes per stored value (0 for a skip)
 * @param part    index of the split part holding it (0: the file opened)
 */
record FifBuffer(long first, int samples, FifTag tag, int width, int part) {

    boolean isSkip() {
        return tag == null;
    }
}
