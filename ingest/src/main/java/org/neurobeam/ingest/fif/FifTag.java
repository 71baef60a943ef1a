package org.neurobeam.ingest.fif;

/**
 * A tag's 16-byte header (FIFF: kind, type, size, next, big-endian int32s) and where its data start.
 *
 * @param kind     what the tag holds ({@link Fiff} tag kinds)
 * @param type     data type ({@link Fiff} FIFFT values)
 * @param size     data bytes
 * @param position file offset of the data (the header is the 16 bytes before)
 */
record FifTag(int kind, int type, int size, long position) {
}
